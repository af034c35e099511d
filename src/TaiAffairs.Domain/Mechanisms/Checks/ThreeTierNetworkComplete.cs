namespace TaiAffairs.Domain.Mechanisms.Checks;

/// <summary>
/// A three-tier network: each tier named, and its tasks listed without exceeding what it declares. A source may name
/// some of the tasks it counts (涉台宣传教育、安全提示…等共十项): fewer listed than declared is kept; none listed, or
/// more listed than declared, is broken.
/// </summary>
internal static class ThreeTierNetworkComplete
{
    public static IEnumerable<MechanismFinding> Check(ServiceMechanism mechanism)
    {
        var terms = (ThreeTierNetworkTerms)mechanism.Terms;
        yield return new MechanismFinding(MechanismRequirementCodes.NetworkDistrictOffice, terms.DistrictOffice is not null, terms.DistrictOffice?.Value);
        yield return new MechanismFinding(MechanismRequirementCodes.NetworkStreetCommittee, terms.StreetCommittee is not null, terms.StreetCommittee?.Value);
        yield return new MechanismFinding(MechanismRequirementCodes.NetworkCommunityCommittee, terms.CommunityCommittee is not null, terms.CommunityCommittee?.Value);
        yield return new MechanismFinding(MechanismRequirementCodes.NetworkTasksListed, terms.Tasks.Count >= 1 && terms.Tasks.Count <= terms.DeclaredTaskCount, null)
        {
            Limit = terms.DeclaredTaskCount,
            Actual = terms.Tasks.Count,
        };
    }
}
