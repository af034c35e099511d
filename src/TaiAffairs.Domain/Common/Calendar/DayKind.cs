namespace TaiAffairs.Domain.Common;

/// <summary>What a date is in the China mainland working-day calendar.</summary>
public enum DayKind
{
    /// <summary>An ordinary working day, Monday to Friday.</summary>
    WorkingDay = 0,

    /// <summary>An ordinary rest day, Saturday or Sunday.</summary>
    RestDay = 1,

    /// <summary>A public holiday (法定节假日) or a day off moved by the State Council's notice, even on a weekday.</summary>
    PublicHoliday = 2,

    /// <summary>A make-up working day (调休上班): a Saturday or Sunday that is worked.</summary>
    MakeUpWorkingDay = 3,
}
