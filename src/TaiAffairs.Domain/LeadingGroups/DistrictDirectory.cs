using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Issues;
using TaiAffairs.Domain.LeadingGroups.Rules;

namespace TaiAffairs.Domain.LeadingGroups;

/// <summary>
/// Who and where a district office works with: the departments it may assign work to (its leading group's member units
/// and its office) and its areas (街道, 镇 ... from the embedded division data, with communities and villages a host
/// adds). Rules that span aggregates are checked against it at the API: an issue's departments
/// (<see cref="Assign"/>, <see cref="Reroute"/>, <see cref="Check(ServiceIssue)"/>), an area a record points to
/// (<see cref="RequireArea"/>).
/// </summary>
/// <remarks>Immutable once created (a new directory for a new membership); thread-safe.</remarks>
public sealed class DistrictDirectory
{
    private readonly Dictionary<Id<Department>, Department> departments;
    private readonly Dictionary<long, Area> areas;

    private DistrictDirectory(District district, Dictionary<Id<Department>, Department> departments, Dictionary<long, Area> areas)
    {
        District = district;
        this.departments = departments;
        this.areas = areas;
    }

    /// <summary>Gets the district.</summary>
    public District District { get; }

    /// <summary>Gets the departments, by id.</summary>
    public IReadOnlyCollection<Department> Departments => departments.Values;

    /// <summary>Gets the areas: the district's township-level areas, and the communities and villages added.</summary>
    public IReadOnlyCollection<Area> Areas => areas.Values;

    /// <summary>
    /// Creates a directory from a district's departments and the communities and villages a host supplies; the
    /// township-level areas come from the embedded division data.
    /// </summary>
    /// <param name="district">The district.</param>
    /// <param name="departments">Its departments: each of this district or city-level (a city bureau may be a member), each id once.</param>
    /// <param name="communitiesAndVillages">Communities and villages under the district's township-level areas (may be empty).</param>
    /// <returns>The directory.</returns>
    /// <exception cref="ArgumentNullException">An argument or an item is <see langword="null"/>.</exception>
    /// <exception cref="BusinessRuleViolationException">
    /// <see cref="DepartmentOfTheDistrict"/> (a department of another district, or an id twice) or <see cref="AreaOfTheDistrict"/> is broken.</exception>
    public static DistrictDirectory Create(District district, IEnumerable<Department> departments, IEnumerable<Area>? communitiesAndVillages = null)
    {
        ArgumentNullException.ThrowIfNull(district);
        ArgumentNullException.ThrowIfNull(departments);
        var byId = new Dictionary<Id<Department>, Department>();
        foreach (var department in departments)
        {
            ArgumentNullException.ThrowIfNull(department, nameof(departments));
            BusinessRule.Check(new DepartmentOfTheDistrict(district, department, byId.ContainsKey(department.Id)));
            byId.Add(department.Id, department);
        }

        var byCode = district.Areas.ToDictionary(a => a.Code);
        foreach (var area in communitiesAndVillages ?? [])
        {
            ArgumentNullException.ThrowIfNull(area, nameof(communitiesAndVillages));
            BusinessRule.Check(new AreaOfTheDistrict(district, area, byCode.ContainsKey(area.Code)));
            byCode.Add(area.Code, area);
        }

        return new DistrictDirectory(district, byId, byCode);
    }

    /// <summary>Creates the directory of a leading group: its office and every unit it has known (members now and before).</summary>
    /// <param name="group">The leading group.</param>
    /// <param name="communitiesAndVillages">Communities and villages under the district's township-level areas (may be empty).</param>
    /// <returns>The directory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="group"/> is <see langword="null"/>.</exception>
    /// <exception cref="BusinessRuleViolationException">A rule of <see cref="Create"/> is broken.</exception>
    public static DistrictDirectory Of(LeadingGroup group, IEnumerable<Area>? communitiesAndVillages = null)
    {
        ArgumentNullException.ThrowIfNull(group);
        return Create(group.District, group.KnownUnits.Prepend(group.Office).DistinctBy(d => d.Id), communitiesAndVillages);
    }

    /// <summary>Gets whether a department is in the directory.</summary>
    /// <param name="department">The department's id.</param>
    /// <returns>Whether the office may assign it work.</returns>
    public bool Has(Id<Department> department) => departments.ContainsKey(department);

    /// <summary>Gets an area of the district by its code.</summary>
    /// <param name="code">The nine- or twelve-digit code.</param>
    /// <returns>The area.</returns>
    /// <exception cref="BusinessRuleViolationException"><see cref="AreaOfTheDistrict"/>: the code is no area of this district.</exception>
    public Area RequireArea(long code)
    {
        if (areas.TryGetValue(code, out var area))
        {
            return area;
        }

        throw new BusinessRuleViolationException(new AreaOfTheDistrict(District, null, false));
    }

    /// <summary>Assigns an issue of this district to departments of this directory (see <see cref="ServiceIssue.Assign"/>).</summary>
    /// <param name="issue">The issue.</param>
    /// <param name="date">The date.</param>
    /// <param name="lead">The lead department.</param>
    /// <param name="coDepartments">The co-departments.</param>
    /// <returns>The assignment.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="BusinessRuleViolationException">
    /// <see cref="IssueDepartmentsInTheDirectory"/> or a rule of <see cref="ServiceIssue.Assign"/> is broken; the issue is unchanged.</exception>
    public Assignment Assign(ServiceIssue issue, LocalDate date, Id<Department> lead, IEnumerable<Id<Department>> coDepartments)
    {
        var co = Named(issue, lead, coDepartments);
        return issue.Assign(date, lead, co);
    }

    /// <summary>Re-routes an issue of this district to departments of this directory (see <see cref="ServiceIssue.Reroute"/>).</summary>
    /// <param name="issue">The issue.</param>
    /// <param name="date">The date.</param>
    /// <param name="lead">The new lead department.</param>
    /// <param name="coDepartments">The new co-departments.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The new assignment.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="BusinessRuleViolationException">
    /// <see cref="IssueDepartmentsInTheDirectory"/> or a rule of <see cref="ServiceIssue.Reroute"/> is broken; the issue is unchanged.</exception>
    public Assignment Reroute(ServiceIssue issue, LocalDate date, Id<Department> lead, IEnumerable<Id<Department>> coDepartments, string reason)
    {
        var co = Named(issue, lead, coDepartments);
        return issue.Reroute(date, lead, co, reason);
    }

    /// <summary>Checks that an issue belongs to this district and that every department any of its assignments names is in the directory.</summary>
    /// <param name="issue">The issue.</param>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is <see langword="null"/>.</exception>
    /// <exception cref="BusinessRuleViolationException"><see cref="IssueDepartmentsInTheDirectory"/> is broken.</exception>
    public void Check(ServiceIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        BusinessRule.Check(new IssueDepartmentsInTheDirectory(this, issue, issue.Assignments.SelectMany(a => a.Departments)));
    }

    /// <summary>
    /// Checks an exchange event against the directories of its organizers: this district organizes it, and every
    /// partner unit is in this directory or in one of <paramref name="others"/> (the other organizers' directories of
    /// a joint event).
    /// </summary>
    /// <param name="exchangeEvent">The event.</param>
    /// <param name="others">The directories of the other organizing districts, for a joint event.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="BusinessRuleViolationException"><see cref="EventOfTheDirectories"/> is broken.</exception>
    public void Check(Exchanges.ExchangeEvent exchangeEvent, params DistrictDirectory[] others)
    {
        ArgumentNullException.ThrowIfNull(exchangeEvent);
        ArgumentNullException.ThrowIfNull(others);
        BusinessRule.Check(new EventOfTheDirectories(exchangeEvent, [this, .. others]));
    }

    private Id<Department>[] Named(ServiceIssue issue, Id<Department> lead, IEnumerable<Id<Department>> coDepartments)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(coDepartments);
        var co = coDepartments.ToArray();
        BusinessRule.Check(new IssueDepartmentsInTheDirectory(this, issue, co.Prepend(lead)));
        return co;
    }
}
