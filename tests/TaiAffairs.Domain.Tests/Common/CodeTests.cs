using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace TaiAffairs.Domain.Tests.Common;

[Properties(Arbitrary = new[] { typeof(KernelGenerators) })]
public class UnifiedSocialCreditCodeTests
{
    [Fact]
    public void StandardExample_IsValid()
    {
        var code = UnifiedSocialCreditCode.Parse("91350100M000100Y43");

        Assert.Equal("91350100M000100Y43", code.Value);
        Assert.Equal('9', code.RegistrationAuthority);
        Assert.Equal("350100", code.AdministrativeDivision);
        Assert.Equal('3', UnifiedSocialCreditCode.ComputeCheckCharacter("91350100M000100Y4"));
    }

    [Fact]
    public void LowerCaseAndSpaces_AreNormalised()
    {
        Assert.Equal(UnifiedSocialCreditCode.Parse("91350100M000100Y43"), UnifiedSocialCreditCode.Parse(" 91350100m000100y43 "));
    }

    [Theory]
    [InlineData("91350100M000100Y4Z", "credit-code.character")]
    [InlineData("91350100M000100Y44", "credit-code.check-character")]
    [InlineData("91350100M000100Y4", "credit-code.length")]
    [InlineData("91350100M000100Y433", "credit-code.length")]
    [InlineData("91350100I000100Y43", "credit-code.character")]
    [InlineData("91350100O000100Y43", "credit-code.character")]
    [InlineData("", "credit-code.empty")]
    [InlineData(null, "credit-code.empty")]
    public void Invalid_NamesTheBrokenRule(string? text, string code)
    {
        var result = UnifiedSocialCreditCode.Pattern.Parse(text);

        Assert.False(result.Success);
        Assert.Equal(code, result.Error!.Code);
    }

    [Property]
    public bool Generated_RoundTrips(UnifiedSocialCreditCode code) =>
        UnifiedSocialCreditCode.Parse(code.ToString()) == code;

    [Property]
    public Property AnySingleSubstitution_IsDetected(UnifiedSocialCreditCode code) =>
        Prop.ForAll(
            Arb.From(from position in Gen.Choose(0, 17) from shift in Gen.Choose(1, 30) select (position, shift)),
            t =>
            {
                var chars = code.Value.ToCharArray();
                var value = UnifiedSocialCreditCode.Alphabet.IndexOf(chars[t.position], StringComparison.Ordinal);
                chars[t.position] = UnifiedSocialCreditCode.Alphabet[(value + t.shift) % 31];
                return UnifiedSocialCreditCode.Pattern.Parse(new string(chars)).Error?.Code == "credit-code.check-character";
            });

    [Fact]
    public void Default_IsMarkedInvalid()
    {
        Assert.True(default(UnifiedSocialCreditCode).IsDefault);
        Assert.Equal(string.Empty, default(UnifiedSocialCreditCode).ToString());
    }

    [Fact]
    public void Ordering_IsOrdinal()
    {
        var a = UnifiedSocialCreditCode.Parse("91350100M000100Y43");
        var bBody = "91350100M000100Y5";
        var b = UnifiedSocialCreditCode.Parse(bBody + UnifiedSocialCreditCode.ComputeCheckCharacter(bBody));

        Assert.True(a < b);
        Assert.True(b > a);
        Assert.True(a <= UnifiedSocialCreditCode.Parse("91350100M000100Y43"));
        Assert.True(b >= a);
    }
}

[Properties(Arbitrary = new[] { typeof(KernelGenerators) })]
public class ResidencePermitNumberTests
{
    private const string Valid = "830000199001010012";

    [Fact]
    public void Valid_ParsesWithItsBirthDate()
    {
        var body = Valid[..17];
        var number = ResidencePermitNumber.Parse(body + ResidencePermitNumber.ComputeCheckCharacter(body));

        Assert.Equal(1.January(1990), number.BirthDate);
        Assert.StartsWith("830000********", number.ToString(), StringComparison.Ordinal);
        Assert.Equal(18, number.Masked.Length);
        Assert.DoesNotContain("19900101", number.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("81000019900101001", "residence-permit.length")]
    [InlineData("8300001990010100A2", "residence-permit.character")]
    [InlineData("83000019900101001Y", "residence-permit.character")]
    [InlineData("810000199001010012", "residence-permit.prefix")]
    [InlineData("830000199002300012", "residence-permit.birth-date")]
    [InlineData("830000199013010012", "residence-permit.birth-date")]
    [InlineData("", "residence-permit.empty")]
    public void Invalid_NamesTheBrokenRule(string text, string code)
    {
        var result = ResidencePermitNumber.Pattern.Parse(text);

        Assert.False(result.Success);
        Assert.Equal(code, result.Error!.Code);
    }

    [Property]
    public bool Generated_RoundTripsThroughReveal_AndMasks(ResidencePermitNumber number) =>
        ResidencePermitNumber.Parse(number.Reveal()) == number
        && number.ToString() == number.Masked
        && number.Masked.StartsWith("830000********", StringComparison.Ordinal)
        && number.Masked[14..] == number.Reveal()[14..];

    [Property]
    public Property AnySingleDigitChange_IsRejected_WithoutRepeatingTheNumber(ResidencePermitNumber number) =>
        Prop.ForAll(
            Arb.From(from position in Gen.Choose(6, 16) from shift in Gen.Choose(1, 9) select (position, shift)),
            t =>
            {
                var chars = number.Reveal().ToCharArray();
                chars[t.position] = (char)('0' + ((chars[t.position] - '0' + t.shift) % 10));
                var mutated = new string(chars);
                var result = ResidencePermitNumber.Pattern.Parse(mutated);
                var ex = Record.Exception(() => ResidencePermitNumber.Parse(mutated));
                return !result.Success
                       && result.Error!.Code is "residence-permit.check-character" or "residence-permit.birth-date"
                       && ex is FormatException
                       && !ex.Message.Contains(mutated, StringComparison.Ordinal)
                       && !ex.Message.Contains(mutated[6..14], StringComparison.Ordinal);
            });
}

public class TravelPermitNumberTests
{
    [Fact]
    public void EightDigits_ParseAndMask()
    {
        var number = TravelPermitNumber.Parse("12345678");

        Assert.Equal("1234****", number.ToString());
        Assert.Equal("12345678", number.Reveal());
    }

    [Theory]
    [InlineData("1234567801(B)")]
    [InlineData("1234567801（B）")]
    [InlineData("1234567802 (T)")]
    [InlineData("1234567803B")]
    public void OlderBookletForm_NormalisesToTheLifetimeNumber(string text)
    {
        Assert.Equal(TravelPermitNumber.Parse("12345678"), TravelPermitNumber.Parse(text));
    }

    [Theory]
    [InlineData("1234567")]
    [InlineData("123456789")]
    [InlineData("1234567801")]
    [InlineData("1234567801(1)")]
    [InlineData("12345678A")]
    [InlineData("ABCDEFGH")]
    public void Malformed_IsRejected_WithoutRepeatingTheNumber(string text)
    {
        var result = TravelPermitNumber.Pattern.Parse(text);

        Assert.False(result.Success);
        Assert.Equal("travel-permit.format", result.Error!.Code);
        Assert.DoesNotContain(text, result.Error.Message, StringComparison.Ordinal);
    }
}

/// <summary>The code generators shrink to valid, simpler codes, so a failing property reports a small example.</summary>
public class CodeGeneratorShrinkTests
{
    [Fact]
    public void CreditCodes_ShrinkToValidCodesWithMoreZeros()
    {
        var code = UnifiedSocialCreditCode.Parse("91350100M000100Y43");
        var shrunk = KernelGenerators.CreditCode().Shrinker(code).ToArray();

        Assert.NotEmpty(shrunk);
        Assert.All(shrunk, s => Assert.True(UnifiedSocialCreditCode.TryParse(s.Value, out _)));
        Assert.All(shrunk, s => Assert.True(s.Value[..17].Count(c => c == '0') > code.Value[..17].Count(c => c == '0')));
    }

    [Fact]
    public void PermitNumbers_ShrinkToValidNumbersWithSmallerParts()
    {
        var body = "830000199005200123";
        var number = ResidencePermitNumber.Parse(body[..17] + ResidencePermitNumber.ComputeCheckCharacter(body[..17]));
        var shrunk = KernelGenerators.ResidencePermit().Shrinker(number).ToArray();

        Assert.NotEmpty(shrunk);
        Assert.All(shrunk, s => Assert.True(ResidencePermitNumber.TryParse(s.Reveal(), out _)));
        Assert.Contains(shrunk, s => s.BirthDate == number.BirthDate && s.Reveal()[14..17] == "000");
        Assert.Contains(shrunk, s => s.BirthDate < number.BirthDate);
    }
}
