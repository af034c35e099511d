using System.Diagnostics;
using Ardalis.GuardClauses;

namespace TaiAffairs.Domain.LeadingGroups;

/// <summary>
/// An official acting in a post: 区委书记 殷向杰, 区委统战部部长, 区委主要负责同志. The post is required; the name is
/// optional (the reviews often name only the post).
/// </summary>
/// <remarks>
/// Officials are named in their public role, yet a name is still a person's name: <see cref="ToString"/>
/// shows the post only, and the name is read through <see cref="Name"/>. Equality is structural over post
/// and name. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record Official
{
    private Official(string post, string? name)
    {
        Post = post;
        Name = name;
    }

    /// <summary>Gets the post, e.g. <c>区委书记</c>.</summary>
    public string Post { get; }

    /// <summary>Gets the official's name, when the record states it.</summary>
    public string? Name { get; }

    /// <summary>Creates an official.</summary>
    /// <param name="post">The post, 1-60 characters.</param>
    /// <param name="name">The name, if known.</param>
    /// <returns>The official.</returns>
    /// <exception cref="ArgumentException"><paramref name="post"/> is blank or too long, or <paramref name="name"/> is blank.</exception>
    public static Official Create(string post, string? name = null)
    {
        Guard.Against.NullOrWhiteSpace(post, message: "An official needs a post.");
        Guard.Against.OutOfRange(post.Trim().Length, nameof(post), 1, 60, "A post has at most 60 characters.");
        if (name is not null)
        {
            Guard.Against.NullOrWhiteSpace(name, message: "An official's name, when given, cannot be blank.");
        }

        return new Official(post.Trim(), name?.Trim());
    }

    /// <summary>Returns the post only, never the name.</summary>
    /// <returns>The post.</returns>
    public override string ToString() => Post;
}
