namespace TaiAffairs.Domain.Common;

/// <summary>
/// The stable codes of <see cref="ParseError"/>: one per way a text can be refused. Branch on these, never on
/// the message text. Each is <c>kind.reason</c>, for example <see cref="CreditCodeCheckCharacter"/>.
/// </summary>
/// <remarks>Stateless; thread-safe.</remarks>
public static class ParseErrorCodes
{
    /// <summary><c>credit-code.character</c>.</summary>
    public const string CreditCodeCharacter = "credit-code.character";

    /// <summary><c>credit-code.check-character</c>.</summary>
    public const string CreditCodeCheckCharacter = "credit-code.check-character";

    /// <summary><c>credit-code.empty</c>.</summary>
    public const string CreditCodeEmpty = "credit-code.empty";

    /// <summary><c>credit-code.length</c>.</summary>
    public const string CreditCodeLength = "credit-code.length";

    /// <summary><c>holiday.date-outside-year</c>.</summary>
    public const string HolidayDateOutsideYear = "holiday.date-outside-year";

    /// <summary><c>holiday.day</c>.</summary>
    public const string HolidayDay = "holiday.day";

    /// <summary><c>holiday.duplicate-date</c>.</summary>
    public const string HolidayDuplicateDate = "holiday.duplicate-date";

    /// <summary><c>holiday.json</c>.</summary>
    public const string HolidayJson = "holiday.json";

    /// <summary><c>holiday.year</c>.</summary>
    public const string HolidayYear = "holiday.year";

    /// <summary><c>id.character</c>.</summary>
    public const string IdCharacter = "id.character";

    /// <summary><c>id.empty</c>.</summary>
    public const string IdEmpty = "id.empty";

    /// <summary><c>id.length</c>.</summary>
    public const string IdLength = "id.length";

    /// <summary><c>money.empty</c>.</summary>
    public const string MoneyEmpty = "money.empty";

    /// <summary><c>money.number</c>.</summary>
    public const string MoneyNumber = "money.number";

    /// <summary><c>money.range</c>.</summary>
    public const string MoneyRange = "money.range";

    /// <summary><c>money.sub-fen</c>.</summary>
    public const string MoneySubFen = "money.sub-fen";

    /// <summary><c>money.unit</c>.</summary>
    public const string MoneyUnit = "money.unit";

    /// <summary><c>quantity.bounds</c>.</summary>
    public const string QuantityBounds = "quantity.bounds";

    /// <summary><c>quantity.empty</c>.</summary>
    public const string QuantityEmpty = "quantity.empty";

    /// <summary><c>quantity.interval</c>.</summary>
    public const string QuantityInterval = "quantity.interval";

    /// <summary><c>quantity.nearly-basis</c>.</summary>
    public const string QuantityNearlyBasis = "quantity.nearly-basis";

    /// <summary><c>quantity.number</c>.</summary>
    public const string QuantityNumber = "quantity.number";

    /// <summary><c>quantity.range</c>.</summary>
    public const string QuantityRange = "quantity.range";

    /// <summary><c>quantity.round-basis</c>.</summary>
    public const string QuantityRoundBasis = "quantity.round-basis";

    /// <summary><c>quantity.unit</c>.</summary>
    public const string QuantityUnit = "quantity.unit";

    /// <summary><c>residence-permit.birth-date</c>.</summary>
    public const string ResidencePermitBirthDate = "residence-permit.birth-date";

    /// <summary><c>residence-permit.character</c>.</summary>
    public const string ResidencePermitCharacter = "residence-permit.character";

    /// <summary><c>residence-permit.check-character</c>.</summary>
    public const string ResidencePermitCheckCharacter = "residence-permit.check-character";

    /// <summary><c>residence-permit.empty</c>.</summary>
    public const string ResidencePermitEmpty = "residence-permit.empty";

    /// <summary><c>residence-permit.length</c>.</summary>
    public const string ResidencePermitLength = "residence-permit.length";

    /// <summary><c>residence-permit.prefix</c>.</summary>
    public const string ResidencePermitPrefix = "residence-permit.prefix";

    /// <summary><c>travel-permit.empty</c>.</summary>
    public const string TravelPermitEmpty = "travel-permit.empty";

    /// <summary><c>travel-permit.format</c>.</summary>
    public const string TravelPermitFormat = "travel-permit.format";

    /// <summary><c>reported-date.empty</c>.</summary>
    public const string ReportedDateEmpty = "reported-date.empty";

    /// <summary><c>reported-date.unknown</c>: not a date phrase the sources use.</summary>
    public const string ReportedDateUnknown = "reported-date.unknown";

    /// <summary><c>reported-date.range</c>: a phrase that names no day (2月30日), a year without holiday data, or a day outside 1900-9999.</summary>
    public const string ReportedDateRange = "reported-date.range";
}
