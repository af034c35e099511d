using System.Diagnostics;
using Ardalis.GuardClauses;
using NodaTime;
using TaiAffairs.Domain.Common;
using TaiAffairs.Domain.Exchanges.Rules;
using TaiAffairs.Domain.LeadingGroups;

namespace TaiAffairs.Domain.Exchanges;

/// <summary>
/// A Taiwan-affairs training or lecture (涉台培训) with its speaker, topic, date and attendance as reported
/// (近百人参加).
/// </summary>
/// <remarks>A record: equality is by <see cref="Id"/>. Immutable and thread-safe.</remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class Training : IEquatable<Training>
{
    private Training(Id<Training> id, District district, string topic, Official speaker, LocalDate date, ReportedQuantity? attendance, string? audience)
    {
        Id = id;
        District = district;
        Topic = topic;
        Speaker = speaker;
        Date = date;
        Attendance = attendance;
        Audience = audience;
    }

    /// <summary>Gets the training's id.</summary>
    public Id<Training> Id { get; }

    /// <summary>Gets the district that organized it.</summary>
    public District District { get; }

    /// <summary>Gets its topic (《中美战略博弈中的两岸关系》).</summary>
    public string Topic { get; }

    /// <summary>Gets the speaker, by post (市社会主义学院副教授) and, where stated, name.</summary>
    public Official Speaker { get; }

    /// <summary>Gets its date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the attendance as reported, if stated.</summary>
    public ReportedQuantity? Attendance { get; }

    /// <summary>Gets who attended (全区各单位分管统战工作负责人 ...).</summary>
    public string? Audience { get; }

    /// <summary>Records a training.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="district">The organizing district.</param>
    /// <param name="topic">Its topic.</param>
    /// <param name="speaker">The speaker.</param>
    /// <param name="date">Its date.</param>
    /// <param name="attendance">The attendance, in persons, if stated.</param>
    /// <param name="audience">Who attended.</param>
    /// <returns>The training.</returns>
    /// <exception cref="ArgumentException">A required argument is missing, default or blank.</exception>
    /// <exception cref="BusinessRuleViolationException"><see cref="CountedInPersons"/> is broken.</exception>
    public static Training Record(Id<Training> id, District district, string topic, Official speaker, LocalDate date, ReportedQuantity? attendance = null, string? audience = null)
    {
        Guard.Against.Expression(i => i.IsDefault, id, "A training needs an id.");
        Guard.Against.Null(district, message: "A training is organized by a district.");
        Guard.Against.NullOrWhiteSpace(topic, message: "A training needs a topic.");
        Guard.Against.Null(speaker, message: "A training needs a speaker.");
        if (attendance is { } count)
        {
            BusinessRule.Check(new CountedInPersons(count));
        }

        return new Training(id, district, topic.Trim(), speaker, date, attendance, string.IsNullOrWhiteSpace(audience) ? null : audience.Trim());
    }

    /// <inheritdoc />
    public bool Equals(Training? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Training);

    /// <inheritdoc />
    public override int GetHashCode() => Id.GetHashCode();

    /// <summary>Returns the date, attendance and id.</summary>
    /// <returns>E.g. <c>培训 2021-07-15 近百人 (jinnan-tr-02)</c>.</returns>
    public override string ToString() => $"培训 {Date:uuuu-MM-dd} {Attendance} ({Id})".Replace("  ", " ", StringComparison.Ordinal);
}
