using System.Globalization;
using System.Text;

namespace TaiAffairs.Domain.Common;

/// <summary>Reads and writes the small Chinese numerals the reviews use (十, 二十三, 百, 五百, 两千).</summary>
internal static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>Maximum value handled: 9999万 (just under one hundred million).</summary>
    public const long MaxValue = 99_999_999;

    public static bool IsNumeralChar(char c) =>
        Digits.Contains(c, StringComparison.Ordinal) || c is '〇' or '两' or '十' or '百' or '千' or '万';

    /// <summary>Parses a numeral of Chinese characters; a bare unit (百, 千) means one of it.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        long total = 0;
        long section = 0;
        long digit = -1;
        var lastMultiplier = long.MaxValue;
        foreach (var c in text)
        {
            if (c is '零' or '〇')
            {
                if (digit >= 0)
                {
                    return false;
                }

                continue; // a place holder: 一百零五.
            }

            var d = DigitOf(c);
            if (d >= 0)
            {
                if (digit >= 0)
                {
                    return false; // two digits in a row (一二) is not a numeral.
                }

                digit = d;
                continue;
            }

            long multiplier = c switch
            {
                '十' => 10,
                '百' => 100,
                '千' => 1000,
                '万' => 10_000,
                _ => -1,
            };
            if (multiplier < 0)
            {
                return false;
            }

            if (multiplier == 10_000)
            {
                section += digit < 0 ? (section == 0 ? 1 : 0) : digit;
                if (section == 0 || total != 0)
                {
                    return false;
                }

                total = section * 10_000;
                section = 0;
                digit = -1;
                lastMultiplier = long.MaxValue;
                continue;
            }

            if (multiplier >= lastMultiplier)
            {
                return false; // 十百 or 百百: multipliers must fall.
            }

            section += (digit < 0 ? 1 : digit) * multiplier;
            digit = -1;
            lastMultiplier = multiplier;
        }

        if (digit >= 0)
        {
            section += digit;
        }

        value = total + section;
        return value <= MaxValue;
    }

    /// <summary>Writes a value as a Chinese numeral; <paramref name="dropLeadingOne"/> writes 100 as 百.</summary>
    public static string Format(long value, bool dropLeadingOne)
    {
        if (value is < 0 or > MaxValue)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        if (value == 0)
        {
            return "零";
        }

        var builder = new StringBuilder();
        var high = value / 10_000;
        var low = value % 10_000;
        if (high > 0)
        {
            if (high == 2)
            {
                builder.Append('两');
            }
            else
            {
                AppendSection(builder, high, dropLeadingOne && low == 0, leadingSection: true);
            }

            builder.Append('万');
            if (low is > 0 and < 1000)
            {
                builder.Append('零');
            }
        }

        if (low > 0)
        {
            AppendSection(builder, low, dropLeadingOne && high == 0, leadingSection: high == 0);
        }

        return builder.ToString();
    }

    private static void AppendSection(StringBuilder builder, long value, bool dropLeadingOne, bool leadingSection)
    {
        ReadOnlySpan<long> places = [1000, 100, 10, 1];
        ReadOnlySpan<char> names = ['千', '百', '十', '\0'];
        var pendingZero = false;
        var started = false;
        for (var i = 0; i < places.Length; i++)
        {
            var d = value / places[i] % 10;
            if (d == 0)
            {
                pendingZero = started;
                continue;
            }

            if (pendingZero)
            {
                builder.Append('零');
                pendingZero = false;
            }

            var isLeadingOne = !started && d == 1 && places[i] > 1 && (dropLeadingOne || (places[i] == 10 && leadingSection));
            if (!isLeadingOne)
            {
                // 两千, 两万: a leading 2 before 千 or 万 is read 两.
                builder.Append(!started && d == 2 && places[i] == 1000 ? '两' : Digits[(int)d]);
            }

            if (names[i] != '\0')
            {
                builder.Append(names[i]);
            }

            started = true;
        }
    }

    private static int DigitOf(char c) => c switch
    {
        '两' => 2,
        _ => Digits.IndexOf(c, StringComparison.Ordinal),
    };
}
