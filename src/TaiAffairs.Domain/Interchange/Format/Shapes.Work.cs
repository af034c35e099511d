using TaiAffairs.Domain.Exchanges;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.Mechanisms;
using TaiAffairs.Domain.Subsidies;

namespace TaiAffairs.Domain.Interchange.Format;

/// <content>Issues, awards, mechanisms, events, trainings and publicity.</content>
internal static partial class Shapes
{
    internal static class Subject
    {
        public static readonly Field Enterprise = Field.Id("enterprise", required: false);
        public static readonly Field Compatriot = Field.Id("compatriot", required: false);
        public static readonly Shape Shape = new Shape("subject", "Whom the issue is about: exactly one of an enterprise and a compatriot.", Enterprise, Compatriot)
            .WithExactlyOneOf(Enterprise, Compatriot);
    }

    internal static class Deadline
    {
        public static readonly Field WorkingDays = Field.Integer("workingDays");
        public static readonly Field CountedFrom = Field.Date("countedFrom");
        public static readonly Shape Shape = new("deadline", "A deadline in working days, counted from a date.", WorkingDays, CountedFrom);
    }

    internal static class Step
    {
        /// <summary>The values of <see cref="To"/>.</summary>
        /// <summary>The step that ends a hold (format version 2): the issue returns to the status it had.</summary>
        public const string Resumed = "Resumed";

        /// <summary>The values of <see cref="To"/>.</summary>
        public static readonly IReadOnlyList<string> Targets =
            [IssueStatus.Accepted.Name, IssueStatus.Assigned.Name, IssueStatus.Resolved.Name, IssueStatus.ClosedUnresolved.Name, IssueStatus.Reopened.Name, IssueStatus.OnHold.Name, Resumed];

        /// <summary>The values of <see cref="HoldReason"/>.</summary>
        public static readonly IReadOnlyList<string> HoldReasons = Enum.GetNames<Issues.HoldReason>();

        public static readonly Field To = Field.Choice(
            "to", Targets, required: false,
            description: "The status the step leads to (Assigned while assigned: a re-routing, with a reason; OnHold: a hold; Resumed: the hold ends); a report-in has reportIn instead.");
        public static readonly Field HoldReason = Field.Choice("holdReason", HoldReasons, required: false, description: "OnHold: what the issue waits on.");
        public static readonly Field Date = Field.Date("date");
        public static readonly Field Lead = Field.Id("lead", required: false, description: "Assigned: the lead department.");
        public static readonly Field Co = Field.Ids("co", description: "Assigned: the co-departments.");
        public static readonly Field By = Field.Id("by", required: false, description: "Resolved: the department that resolved it.");
        public static readonly Field Outcome = Field.String("outcome", required: false, description: "Resolved: what was done.");
        public static readonly Field ApplicantTrips = Field.Integer("applicantTrips", required: false, description: "Resolved: the applicant's trips, when known.");
        public static readonly Field Reason = Field.String("reason", required: false, description: "ClosedUnresolved, Reopened, a re-routing: why; OnHold: what it waits for (optional).");
        public static readonly Field ReportIn = Field.Id("reportIn", required: false, description: "A department named in the assignment in force reports in.");
        public static readonly Shape Shape = new Shape("step", "One step of an issue's handling, in date order.", To, Date, Lead, Co, By, Outcome, ApplicantTrips, Reason, HoldReason, ReportIn)
            .WithExactlyOneOf(To, ReportIn);
    }

    internal static class Issue
    {
        public static readonly Field Id = Field.Id("id");
        public static readonly Field District = Field.District("district");
        public static readonly Field Subject = Field.Object("subject", Shapes.Subject.Shape);
        public static readonly Field Category = Field.SmartEnum<IssueCategory>("category");
        public static readonly Field Channel = Field.SmartEnum<IssueChannel>("channel");
        public static readonly Field RaisedOn = Field.Date("raisedOn");
        public static readonly Field Summary = Field.String("summary");
        public static readonly Field Deadline = Field.Object("deadline", Shapes.Deadline.Shape, required: false);
        public static readonly Field Steps = Field.Objects("steps", Step.Shape);
        public static readonly Shape Shape = new("issue", "An issue raised by an enterprise or a compatriot, and its handling.", Id, District, Subject, Category, Channel, RaisedOn, Summary, Deadline, Steps, Note.Illustrative, Note.EditorNote);
    }

    internal static class Split
    {
        public static readonly Field City = Field.Money("city");
        public static readonly Field District = Field.Money("district");
        public static readonly Shape Shape = new("split", "The city and district parts of a combined award; they sum to the award.", City, District);
    }

    internal static class Application
    {
        public static readonly Field Amount = Field.Money("amount", description: "The amount applied for.");
        public static readonly Field AppliedOn = Field.Date("appliedOn");
        public static readonly Shape Shape = new("application", "The application an award answers (format version 2).", Amount, AppliedOn);
    }

    internal static class Payment
    {
        public static readonly Field Date = Field.Date("date");
        public static readonly Field Amount = Field.Money("amount");
        public static readonly Shape Shape = new("disbursement", "One payment of an award, in date order; together never above the amount approved (format version 2).", Date, Amount);
    }

    internal static class Award
    {
        public static readonly Field Id = Field.Id("id");
        public static readonly Field Recipient = Field.Id("recipient", description: "The enterprise awarded.");
        public static readonly Field District = Field.District("district", description: "The awarding district.");
        public static readonly Field Programmes = Field.SmartEnums<SubsidyProgramme>("programmes", required: true);
        public static readonly Field Level = Field.SmartEnum<FundingLevel>("level");
        public static readonly Field Amount = Field.Money("amount");
        public static readonly Field AwardedOn = Field.Date("awardedOn");
        public static readonly Field ProjectTitle = Field.String("projectTitle", required: false);
        public static readonly Field Split = Field.Object("split", Shapes.Split.Shape, required: false);
        public static readonly Field Application = Field.Object("application", Shapes.Application.Shape, required: false, description: "The application (version 2).");
        public static readonly Field Disbursements = Field.Objects("disbursements", Payment.Shape, description: "The payments made (version 2).");
        public static readonly Shape Shape = new(
            "award", "A subsidy award: its approval (amount, date, split), and optionally its application and payments.", Id, Recipient, District, Programmes, Level, Amount, AwardedOn, ProjectTitle, Split,
            Application, Disbursements, Note.Illustrative, Note.EditorNote);
    }

    internal static class GreenChannel
    {
        public static readonly Field OneWindow = Field.Boolean("oneWindow");
        public static readonly Field JointApproval = Field.Boolean("jointApproval");
        public static readonly Field WorkingDayLimit = Field.Integer("workingDayLimit");
        public static readonly Field OneTrip = Field.Boolean("oneTrip");
        public static readonly Field Partners = Field.Ids("partners");
        public static readonly Shape Shape = new("greenChannelTerms", "Green channel: one window, joint approval, a working-day limit, one trip.", OneWindow, JointApproval, WorkingDayLimit, OneTrip, Partners);
    }

    internal static class WhistleAndReport
    {
        public static readonly Field ReportInWorkingDays = Field.Integer("reportInWorkingDays");
        public static readonly Shape Shape = new("whistleAndReportTerms", "Whistle and report: named departments report in within a limit.", ReportInWorkingDays);
    }

    internal static class SanZhuanUnit
    {
        public static readonly Field Unit = Field.Id("unit");
        public static readonly Field Roles = Field.Map("roles", Enum.GetNames<ResponsibilityRole>, Field.Object(string.Empty, Official.Shape));
        public static readonly Field Contacts = Field.Map("contacts", Enum.GetNames<ContactChannel>, Field.String(string.Empty));
        public static readonly Shape Shape = new("sanZhuanUnit", "A unit's responsibility chain and contact channels.", Unit, Roles, Contacts);
    }

    internal static class SanZhuan
    {
        public static readonly Field Topics = Field.Strings("topics");
        public static readonly Field Units = Field.Objects("units", SanZhuanUnit.Shape, required: true);
        public static readonly Shape Shape = new("sanZhuanTerms", "San zhuan (三专): topics and the units' responsibility chains.", Topics, Units);
    }

    internal static class ThreeTierNetwork
    {
        public static readonly Field DistrictOffice = Field.Id("districtOffice", required: false);
        public static readonly Field StreetCommittee = Field.Id("streetCommittee", required: false);
        public static readonly Field CommunityCommittee = Field.Id("communityCommittee", required: false);
        public static readonly Field Tasks = Field.Strings("tasks");
        public static readonly Field DeclaredTaskCount = Field.Integer("declaredTaskCount");
        public static readonly Shape Shape = new(
            "threeTierNetworkTerms", "A three-tier network and its declared tasks.", DistrictOffice, StreetCommittee, CommunityCommittee, Tasks, DeclaredTaskCount);
    }

    internal static class StandingArrangement
    {
        public static readonly Field Partner = Field.String("partner");
        public static readonly Field Members = Field.Ids("members", description: "Member enterprises.");
        public static readonly Field EndsOn = Field.Date("endsOn", required: false);
        public static readonly Shape Shape = new("standingArrangementTerms", "A practice base or an alliance: its partner and members.", Partner, Members, EndsOn);
    }

    internal static class Mechanism
    {
        public static readonly Shape NoTerms = new("quarterlyRoundTableTerms", "A quarterly round table has no terms.");
        public static readonly Field Id = Field.Id("id");
        public static readonly Field District = Field.District("district");
        public static readonly Field Kind = Field.SmartEnum<MechanismKind>("kind");
        public static readonly Field Name = Field.String("name");
        public static readonly Field StartedOn = Field.Date("startedOn");
        public static readonly Field Terms = Field.Variant("terms", "kind", new Dictionary<string, Shape>
        {
            [MechanismKind.QuarterlyRoundTable.Name] = NoTerms,
            [MechanismKind.GreenChannel.Name] = GreenChannel.Shape,
            [MechanismKind.WhistleAndReport.Name] = WhistleAndReport.Shape,
            [MechanismKind.SanZhuan.Name] = SanZhuan.Shape,
            [MechanismKind.ThreeTierNetwork.Name] = ThreeTierNetwork.Shape,
            [MechanismKind.PracticeBase.Name] = StandingArrangement.Shape,
            [MechanismKind.Alliance.Name] = StandingArrangement.Shape,
        });

        public static readonly Field Cases = Field.Ids("cases", description: "Issues handled as cases of the mechanism.");
        public static readonly Field Areas = Field.Strings("areas", description: "The codes of the areas of its district it covers (version 2).");
        public static readonly Shape Shape = new("mechanism", "A service mechanism; its terms follow its kind.", Id, District, Kind, Name, StartedOn, Terms, Cases, Areas, Note.Illustrative, Note.EditorNote);
    }

    internal static class Event
    {
        public static readonly Field Id = Field.Id("id");
        public static readonly Field Kind = Field.SmartEnum<ExchangeEventKind>("kind");
        public static readonly Field Title = Field.String("title");
        public static readonly Field Date = Field.StatedDate("date");
        public static readonly Field Venue = Field.String("venue");
        public static readonly Field Organizers = Field.Districts("organizers", required: true);
        public static readonly Field Partners = Field.Ids("partners");
        public static readonly Field Participants = Field.Ids("participants", description: "Compatriots known by name.");
        public static readonly Field Count = Field.Quantity("count", required: false, description: "The participants as reported, in persons.");
        public static readonly Field Media = Field.Strings("media");
        public static readonly Shape Shape = new("event", "An exchange event.", Id, Kind, Title, Date, Venue, Organizers, Partners, Participants, Count, Media, Note.Illustrative, Note.EditorNote);
    }

    internal static class Training
    {
        public static readonly Field Id = Field.Id("id");
        public static readonly Field District = Field.District("district");
        public static readonly Field Topic = Field.String("topic");
        public static readonly Field Speaker = Field.Object("speaker", Official.Shape);
        public static readonly Field Date = Field.StatedDate("date");
        public static readonly Field Attendance = Field.Quantity("attendance", required: false);
        public static readonly Field Audience = Field.String("audience", required: false);
        public static readonly Shape Shape = new("training", "A training organized by a district.", Id, District, Topic, Speaker, Date, Attendance, Audience, Note.Illustrative, Note.EditorNote);
    }

    internal static class Publicity
    {
        public static readonly Field Id = Field.Id("id");
        public static readonly Field District = Field.District("district");
        public static readonly Field Date = Field.StatedDate("date");
        public static readonly Field Packages = Field.SmartEnums<PolicyPackage>("packages", required: true);
        public static readonly Field Sessions = Field.Quantity("sessions", required: false);
        public static readonly Field Materials = Field.Quantity("materials", required: false);
        public static readonly Field Recipients = Field.Strings("recipients");
        public static readonly Field Channels = Field.Strings("channels");
        public static readonly Shape Shape = new("publicity", "Policy publicity.", Id, District, Date, Packages, Sessions, Materials, Recipients, Channels, Note.Illustrative, Note.EditorNote);
    }
}
