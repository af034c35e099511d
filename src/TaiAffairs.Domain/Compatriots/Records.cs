using Ardalis.GuardClauses;
using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Compatriots;

/// <summary>A startup an entrepreneur registered (翁仲铭's company, registered in 津南, 海棠众创大街).</summary>
/// <remarks>Equality is structural. Immutable.</remarks>
public sealed record Startup
{
    private Startup(string name, District registeredIn, LocalDate registeredOn)
    {
        Name = name;
        RegisteredIn = registeredIn;
        RegisteredOn = registeredOn;
    }

    /// <summary>Gets the company's name.</summary>
    public string Name { get; }

    /// <summary>Gets the district it is registered in.</summary>
    public District RegisteredIn { get; }

    /// <summary>Gets the date it was registered.</summary>
    public LocalDate RegisteredOn { get; }

    /// <summary>Creates a startup.</summary>
    /// <param name="name">The company's name, 1-100 characters.</param>
    /// <param name="registeredIn">The district it is registered in.</param>
    /// <param name="registeredOn">The date it was registered.</param>
    /// <returns>The startup.</returns>
    /// <exception cref="ArgumentException">The name is blank or too long, or the district missing.</exception>
    public static Startup Create(string name, District registeredIn, LocalDate registeredOn)
    {
        Guard.Against.NullOrWhiteSpace(name, message: "A startup needs a name.");
        Guard.Against.OutOfRange(name.Trim().Length, nameof(name), 1, 100, "A startup's name has at most 100 characters.");
        Guard.Against.Null(registeredIn, message: "A startup is registered in a district.");
        return new Startup(name.Trim(), registeredIn, registeredOn);
    }
}

/// <summary>What a person does from a date on.</summary>
/// <remarks>Equality is structural. Immutable. Created by <see cref="Compatriot.RecordOccupation"/>.</remarks>
public sealed record OccupationRecord
{
    internal OccupationRecord(Occupation occupation, Startup? startup)
    {
        Occupation = occupation;
        Startup = startup;
    }

    /// <summary>Gets the occupation.</summary>
    public Occupation Occupation { get; }

    /// <summary>Gets the startup, for an entrepreneur (and only then).</summary>
    public Startup? Startup { get; }
}

/// <summary>
/// Vaccination consent on the principle of 知情、同意、自愿 (informed, agreed, voluntary). Health data:
/// sensitive personal information. Only consent meeting all three conditions can be recorded.
/// </summary>
/// <remarks>Equality is structural. Immutable. Created by <see cref="Compatriot.RecordVaccinationConsent"/>.</remarks>
public sealed record VaccinationConsent
{
    internal VaccinationConsent(LocalDate date) => Date = date;

    /// <summary>Gets the date consent was recorded.</summary>
    public LocalDate Date { get; }
}

/// <summary>A vaccination dose. Health data: sensitive personal information.</summary>
/// <remarks>A record: equality is structural. Immutable. Created only by <see cref="Compatriot"/>, which checks its rules.</remarks>
public sealed record VaccinationDose
{
    internal VaccinationDose(Id<VaccinationDose> id, Id<Compatriot> compatriot, District district, LocalDate date, int doseNumber)
    {
        Id = id;
        Compatriot = compatriot;
        District = district;
        Date = date;
        DoseNumber = doseNumber;
    }

    /// <summary>Gets the dose's id.</summary>
    public Id<VaccinationDose> Id { get; }

    /// <summary>Gets the person.</summary>
    public Id<Compatriot> Compatriot { get; }

    /// <summary>Gets the person's district of residence on the date.</summary>
    public District District { get; }

    /// <summary>Gets the date of the dose.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets which dose (1, 2, a booster 3 ...).</summary>
    public int DoseNumber { get; }

    /// <summary>Returns the date and id; no health detail beyond the fact of a dose.</summary>
    /// <returns>E.g. <c>接种 2021-04-10 (beichen-vd-01)</c>.</returns>
    public override string ToString() => $"接种 {Date:uuuu-MM-dd} ({Id})";
}

/// <summary>A care visit (慰问) to a compatriot by a unit.</summary>
/// <remarks>A record: equality is structural. Immutable. Created only by <see cref="Compatriot"/>, which checks its rules.</remarks>
public sealed record CareVisit
{
    internal CareVisit(Id<CareVisit> id, Id<Compatriot> compatriot, District district, LocalDate date, Id<Department> unit, string purpose)
    {
        Id = id;
        Compatriot = compatriot;
        District = district;
        Date = date;
        Unit = unit;
        Purpose = purpose;
    }

    /// <summary>Gets the visit's id.</summary>
    public Id<CareVisit> Id { get; }

    /// <summary>Gets the person visited.</summary>
    public Id<Compatriot> Compatriot { get; }

    /// <summary>Gets the person's district of residence on the date.</summary>
    public District District { get; }

    /// <summary>Gets the date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the visiting unit.</summary>
    public Id<Department> Unit { get; }

    /// <summary>Gets why (寒潮慰问, 春节慰问).</summary>
    public string Purpose { get; }

    /// <summary>Returns the date and id.</summary>
    /// <returns>E.g. <c>慰问 2021-01-07 (ninghe-cv-01)</c>.</returns>
    public override string ToString() => $"慰问 {Date:uuuu-MM-dd} ({Id})";
}

/// <summary>A service done for a compatriot on a date (代办, 代缴, 空调安装 ...).</summary>
/// <remarks>A record: equality is structural. Immutable. Created only by <see cref="Compatriot"/>, which checks its rules.</remarks>
public sealed record ServiceRendered
{
    internal ServiceRendered(Id<ServiceRendered> id, Id<Compatriot> compatriot, District district, ServiceKind kind, LocalDate date, string description)
    {
        Id = id;
        Compatriot = compatriot;
        District = district;
        Kind = kind;
        Date = date;
        Description = description;
    }

    /// <summary>Gets the service's id.</summary>
    public Id<ServiceRendered> Id { get; }

    /// <summary>Gets the person served.</summary>
    public Id<Compatriot> Compatriot { get; }

    /// <summary>Gets the person's district of residence on the date.</summary>
    public District District { get; }

    /// <summary>Gets the kind of service.</summary>
    public ServiceKind Kind { get; }

    /// <summary>Gets the date it was done.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets what was done.</summary>
    public string Description { get; }

    /// <summary>Returns the kind, date and id.</summary>
    /// <returns>E.g. <c>代缴水费 2021-03-25 (ninghe-sv-02)</c>.</returns>
    public override string ToString() => $"{Kind.ChineseName} {Date:uuuu-MM-dd} ({Id})";
}
