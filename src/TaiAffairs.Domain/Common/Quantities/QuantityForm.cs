namespace TaiAffairs.Domain.Common;

/// <summary>How a <see cref="ReportedQuantity"/> states its count: the phrase it came from.</summary>
public enum QuantityForm
{
    /// <summary>An exact count: <c>20户次</c>, <c>88个</c>. The interval is [N, N].</summary>
    Exact = 0,

    /// <summary><c>N余</c>: more than N, below N's next step (10余 = 11..19, 500余 = 501..599).</summary>
    OverYu = 1,

    /// <summary><c>N多</c>: read exactly as <see cref="OverYu"/>, kept apart only to render the phrase back.</summary>
    OverDuo = 2,

    /// <summary><c>近N</c>: nearly N, just under it. The band is [⌈0.9·N⌉, N − 1] (近百 = 90..99).</summary>
    Nearly = 3,

    /// <summary><c>上N</c>: reaching N, N or more (上百 = 100..∞).</summary>
    Reaching = 4,

    /// <summary><c>A至B</c>: an interval, typically the sum of approximate counts.</summary>
    Interval = 5,

    /// <summary><c>不少于N</c>: N or more, typically the sum of counts one of which was <see cref="Reaching"/>.</summary>
    AtLeast = 6,
}
