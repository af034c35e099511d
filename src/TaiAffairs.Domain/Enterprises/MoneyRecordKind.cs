namespace TaiAffairs.Domain.Enterprises;

/// <summary>Whether an <see cref="EnterpriseMoneyRecord"/> is money given away or money invested.</summary>
public enum MoneyRecordKind
{
    /// <summary>捐款: a donation to a public cause (疫情防控, 脱贫攻坚).</summary>
    Donation = 0,

    /// <summary>投资: an investment in the enterprise (新增产品项目).</summary>
    Investment = 1,
}
