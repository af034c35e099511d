namespace TaiAffairs.Domain.Tests.Common;

public class IdTests
{
    private sealed class Sample;

    [Theory]
    [InlineData("baodi-2021-issue-07")]
    [InlineData("a")]
    [InlineData("ENT:91350100M000100Y43")]
    [InlineData("x_1.2")]
    public void From_ValidKey_KeepsIt(string key)
    {
        var id = Id<Sample>.From(key);

        Assert.Equal(key, id.Value);
        Assert.Equal(key, id.ToString());
        Assert.Equal(id, Id<Sample>.From(key));
    }

    [Theory]
    [InlineData("", "id.empty")]
    [InlineData("-leading", "id.character")]
    [InlineData("has space", "id.character")]
    [InlineData("许恩恩", "id.character")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "id.length")]
    public void TryParse_BadKey_NamesTheRule(string key, string code)
    {
        Assert.Equal(code, Id<Sample>.Pattern.Parse(key).Error!.Code);
        Assert.Throws<ArgumentException>(() => Id<Sample>.From(key));
    }

    [Fact]
    public void Ordering_IsOrdinal_AndDefaultIsMarked()
    {
        Assert.True(Id<Sample>.From("a") < Id<Sample>.From("b"));
        Assert.True(Id<Sample>.From("B") < Id<Sample>.From("a"));
        Assert.True(default(Id<Sample>).IsDefault);
        Assert.NotEqual(default, Id<Sample>.From("a"));
    }
}

public class BusinessRuleTests
{
    private sealed class NoDoseBeforeConsent(bool consented) : IBusinessRule
    {
        public string Code => "compatriot.dose-after-consent";

        public string Message => "A vaccination dose can be recorded only after informed, voluntary consent.";

        public bool IsBroken() => !consented;
    }

    [Fact]
    public void Check_BrokenRule_ThrowsTheOneDomainExceptionWithItsCode()
    {
        var ex = Assert.Throws<BusinessRuleViolationException>(() => BusinessRule.Check(new NoDoseBeforeConsent(false)));

        Assert.Equal("compatriot.dose-after-consent", ex.RuleCode);
        Assert.IsType<NoDoseBeforeConsent>(ex.Rule);
        Assert.Equal(ex.Rule.Message, ex.Message);
    }

    [Fact]
    public void Check_KeptRule_DoesNothing()
    {
        Assert.Null(Record.Exception(() => BusinessRule.Check(new NoDoseBeforeConsent(true))));
        Assert.Throws<ArgumentNullException>(() => BusinessRule.Check(null!));
    }

    [Fact]
    public void DefaultParseResult_IsAFailure()
    {
        var result = default(ParseResult<int>);

        Assert.False(result.Success);
        Assert.Equal("parse.default", result.Error!.Code);
        Assert.Throws<FormatException>(() => result.Value);
        Assert.False(result.TryGetValue(out _));
        Assert.True(ParseResult<int>.ForValue(3).TryGetValue(out var three));
        Assert.Equal(3, three);
    }
}
