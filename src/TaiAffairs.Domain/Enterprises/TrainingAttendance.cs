using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Exchanges;

namespace TaiAffairs.Domain.Enterprises;

/// <summary>
/// An enterprise's attendance, through its responsible person, at a training (组织联恒工业负责人参加“走进北大”企业家培训).
/// </summary>
/// <remarks>
/// The training is named by its id. A training run by a district office is a <see cref="Exchanges.Training"/> record
/// with that id; one run by others (a university's course) need not be on record, and its id alone names it.
/// Equality is structural. Immutable. Created only by <see cref="Enterprise.RecordTraining"/>, which checks its rules.
/// </remarks>
public sealed record TrainingAttendance
{
    internal TrainingAttendance(Id<Training> training, LocalDate date) => (Training, Date) = (training, date);

    /// <summary>Gets the id of the training attended.</summary>
    public Id<Training> Training { get; }

    /// <summary>Gets the date of attendance.</summary>
    public LocalDate Date { get; }
}
