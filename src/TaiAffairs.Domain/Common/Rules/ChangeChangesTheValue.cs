namespace TaiAffairs.Domain.Common.Rules;

/// <summary>
/// A verb that changes a fact changes it: recording the value the fact already has is refused, never a silent
/// success. (A move to the current district has its own rule, <see cref="MoveChangesTheDistrict"/>.)
/// </summary>
/// <remarks>The rule decides from the current value and the new one, compared with <see cref="object.Equals(object, object)"/>. Built with the facts by the verb that checks it and evaluated there; not meant to be shared across threads.</remarks>
public readonly struct ChangeChangesTheValue : IBusinessRule
{
    /// <summary>The code when an enterprise's operating status is "changed" to the status it has.</summary>
    public const string EnterpriseStatusCode = "enterprise.status-change-changes-the-status";

    /// <summary>The code when an enterprise is "located" in the park it is already in.</summary>
    public const string EnterpriseParkCode = "enterprise.park-change-changes-the-park";

    private readonly object? current;
    private readonly object? next;

    internal ChangeChangesTheValue(string code, object? current, object? next) => (Code, this.current, this.next) = (code, current, next);

    /// <inheritdoc />
    public string Code { get; }

    /// <inheritdoc />
    public string Message => "A change must change the fact: it already has this value.";

    /// <inheritdoc />
    public bool IsBroken() => Equals(current, next);
}
