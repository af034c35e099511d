using System.Globalization;

namespace TaiAffairs.Domain.Mechanisms.Checks;

/// <summary>一家亲 holds when all three tiers (区委台办—街道工委—社区党委) are filled and the declared tasks are all listed.</summary>
internal static class ThreeTierNetworkComplete
{
    public static IEnumerable<MechanismFinding> Check(ServiceMechanism mechanism)
    {
        var terms = (ThreeTierNetworkTerms)mechanism.Terms;
        yield return new MechanismFinding(MechanismRequirementCodes.NetworkDistrictOffice, "第一级：区委台办", terms.DistrictOffice is not null, terms.DistrictOffice?.Value, terms.DistrictOffice is null ? "缺" : "已明确");
        yield return new MechanismFinding(MechanismRequirementCodes.NetworkStreetCommittee, "第二级：街道工委", terms.StreetCommittee is not null, terms.StreetCommittee?.Value, terms.StreetCommittee is null ? "缺" : "已明确");
        yield return new MechanismFinding(MechanismRequirementCodes.NetworkCommunityCommittee, "第三级：社区党委", terms.CommunityCommittee is not null, terms.CommunityCommittee?.Value, terms.CommunityCommittee is null ? "缺" : "已明确");
        yield return new MechanismFinding(
            MechanismRequirementCodes.NetworkTasksListed,
            string.Create(CultureInfo.InvariantCulture, $"{terms.DeclaredTaskCount}项具体工作"),
            terms.Tasks.Count >= terms.DeclaredTaskCount,
            null,
            string.Create(CultureInfo.InvariantCulture, $"列明{terms.Tasks.Count}项"));
    }
}
