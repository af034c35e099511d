using TaiAffairs.Domain.Enterprises;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Interchange.Format;

/// <content>Leading groups and enterprises.</content>
internal static partial class Shapes
{
    internal static class Leader
    {
        public static readonly Field From = Field.Date("from");
        public static readonly Field Post = Field.String("post");
        public static readonly Field Name = Field.String("name", required: false);
        public static readonly Shape Shape = new("leader", "A leader of the group from a date; the first serves from the establishment date.", From, Post, Name);
    }

    internal static class Deputy
    {
        public static readonly Field Post = Field.String("post");
        public static readonly Field Name = Field.String("name", required: false);
        public static readonly Field From = Field.Date("from");
        public static readonly Field To = Field.Date("to", required: false, description: "The last day served; absent while serving.");
        public static readonly Shape Shape = new("deputy", "A deputy's term.", Post, Name, From, To);
    }

    internal static class Adjustment
    {
        public static readonly Field Date = Field.Date("date");
        public static readonly Field Add = Field.Ids("add", description: "Department ids added.");
        public static readonly Field Remove = Field.Ids("remove", description: "Department ids removed.");
        public static readonly Shape Shape = new("adjustment", "A change of member units; the founding members are the first.", Date, Add, Remove);
    }

    internal static class Meeting
    {
        public static readonly Field Id = Field.Id("id");
        public static readonly Field Kind = Field.SmartEnum<MeetingKind>("kind");
        public static readonly Field Date = Field.Date("date");
        public static readonly Field Host = Field.Object("host", Official.Shape);
        public static readonly Field Attending = Field.Ids("attending");
        public static readonly Field Topics = Field.Strings("topics");
        public static readonly Shape Shape = new("meeting", "A meeting held by the group's district.", Id, Kind, Date, Host, Attending, Topics);
    }

    internal static class Instruction
    {
        public static readonly Field Id = Field.Id("id");
        public static readonly Field Date = Field.Date("date");
        public static readonly Field Summary = Field.String("summary");
        public static readonly Shape Shape = new("instruction", "An instruction of the group's leader.", Id, Date, Summary);
    }

    internal static class LeadingGroup
    {
        public static readonly Field Id = Field.Id("id");
        public static readonly Field District = Field.District("district");
        public static readonly Field Office = Field.Id("office", description: "The group's office: a department of kind Office of the same district.");
        public static readonly Field EstablishedOn = Field.Date("establishedOn");
        public static readonly Field Leaders = Field.Objects("leaders", Leader.Shape, required: true, minItems: 1);
        public static readonly Field Deputies = Field.Objects("deputies", Deputy.Shape);
        public static readonly Field Adjustments = Field.Objects("adjustments", Adjustment.Shape);
        public static readonly Field Meetings = Field.Objects("meetings", Meeting.Shape);
        public static readonly Field Instructions = Field.Objects("instructions", Instruction.Shape);
        public static readonly Shape Shape = new(
            "leadingGroup", "A district's leading group for Taiwan affairs.", Id, District, Office, EstablishedOn, Leaders, Deputies, Adjustments, Meetings, Instructions, Note.Illustrative, Note.EditorNote);
    }

    internal static class PartyBranch
    {
        public static readonly Field Name = Field.String("name");
        public static readonly Field EstablishedOn = Field.Date("establishedOn", required: false);
        public static readonly Shape Shape = new("partyBranch", "An enterprise's party branch.", Name, EstablishedOn);
    }

    internal static class StatusChange
    {
        public static readonly Field Operating = Field.Boolean("operating");
        public static readonly Field From = Field.Date("from");
        public static readonly Shape Shape = new("statusChange", "A change of operating status from a date.", Operating, From);
    }

    internal static class Designation
    {
        public static readonly Field Kind = Field.SmartEnum<DesignationKind>("kind");
        public static readonly Field AwardedOn = Field.Date("awardedOn");
        public static readonly Field RecommendedByDistrict = Field.Boolean("recommendedByDistrict", required: false);
        public static readonly Shape Shape = new("designation", "A designation or honour.", Kind, AwardedOn, RecommendedByDistrict);
    }

    internal static class Visit
    {
        public static readonly Field Id = Field.Id("id");
        public static readonly Field Date = Field.Date("date");
        public static readonly Field Visitors = Field.Ids("visitors");
        public static readonly Field Purpose = Field.String("purpose");
        public static readonly Shape Shape = new("visit", "A visit to the enterprise by named units.", Id, Date, Visitors, Purpose);
    }

    internal static class SafetyFinding
    {
        public static readonly Field Id = Field.Id("id");
        public static readonly Field FoundOn = Field.Date("foundOn");
        public static readonly Field Description = Field.String("description");
        public static readonly Field RectifiedOn = Field.Date("rectifiedOn", required: false);
        public static readonly Shape Shape = new("safetyFinding", "A safety finding and, once rectified, its date.", Id, FoundOn, Description, RectifiedOn);
    }

    internal static class Donation
    {
        public static readonly Field Id = Field.Id("id");
        public static readonly Field Date = Field.Date("date");
        public static readonly Field Amount = Field.Money("amount");
        public static readonly Field Cause = Field.String("cause");
        public static readonly Shape Shape = new("donation", "A donation by the enterprise.", Id, Date, Amount, Cause);
    }

    internal static class Investment
    {
        public static readonly Field Id = Field.Id("id");
        public static readonly Field Date = Field.Date("date");
        public static readonly Field Amount = Field.Money("amount");
        public static readonly Field Purpose = Field.String("purpose");
        public static readonly Shape Shape = new("investment", "An investment by the enterprise.", Id, Date, Amount, Purpose);
    }

    internal static class Alliance
    {
        public static readonly Field Name = Field.String("name");
        public static readonly Field JoinedOn = Field.Date("joinedOn");
        public static readonly Shape Shape = new("alliance", "Membership of an alliance.", Name, JoinedOn);
    }

    internal static class TrainingAttendance
    {
        public static readonly Field Training = Field.Id("training", description: "The training's id; a district's training is defined under trainings.");
        public static readonly Field Date = Field.Date("date");
        public static readonly Shape Shape = new("trainingAttendance", "The enterprise's attendance at a training.", Training, Date);
    }

    internal static class Enterprise
    {
        public static readonly Field Id = Field.Id("id");
        public static readonly Field CreditCode = Field.String("creditCode", description: "The unified social credit code, 18 characters with its check character.");
        public static readonly Field Name = Field.String("name");
        public static readonly Field Industry = Field.SmartEnum<Industry>("industry");
        public static readonly Field District = Field.District("district", description: "The district at registration; later ones are moves.");
        public static readonly Field RegisteredOn = Field.Date("registeredOn");
        public static readonly Field Operating = Field.Boolean("operating", required: false, description: "At registration; true when absent.");
        public static readonly Field Park = Field.String("park", required: false);
        public static readonly Field Area = Field.String("area", required: false, description: "The code of the area of its current district it is in (version 2).");
        public static readonly Field PartyBranch = Field.Object("partyBranch", Shapes.PartyBranch.Shape, required: false);
        public static readonly Field Moves = Field.Objects("moves", Move.Shape);
        public static readonly Field StatusChanges = Field.Objects("statusChanges", StatusChange.Shape);
        public static readonly Field Designations = Field.Objects("designations", Designation.Shape);
        public static readonly Field Visits = Field.Objects("visits", Visit.Shape);
        public static readonly Field SafetyFindings = Field.Objects("safetyFindings", SafetyFinding.Shape);
        public static readonly Field Donations = Field.Objects("donations", Donation.Shape);
        public static readonly Field Investments = Field.Objects("investments", Investment.Shape);
        public static readonly Field Alliances = Field.Objects("alliances", Alliance.Shape);
        public static readonly Field Trainings = Field.Objects("trainings", TrainingAttendance.Shape);
        public static readonly Shape Shape = new(
            "enterprise", "A Taiwan-funded enterprise and the records kept against it.",
            Id, CreditCode, Name, Industry, District, RegisteredOn, Operating, Park, PartyBranch, Moves, Area, StatusChanges, Designations, Visits, SafetyFindings, Donations,
            Investments, Alliances, Trainings, Note.Illustrative, Note.EditorNote);
    }
}
