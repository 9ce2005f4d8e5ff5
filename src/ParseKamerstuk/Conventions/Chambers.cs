using ParseKamerstuk.Model;

namespace ParseKamerstuk.Conventions;

/// <summary>
/// The two chambers as the documents name them — <c>Eerste Kamer</c>, <c>TWEEDE KAMER</c>, <c>EK</c>, <c>tk</c> in an
/// identifier, <c>I</c> / <c>II</c> after "Kamerstukken" — and as the output names them.
/// </summary>
internal static class Chambers
{
    /// <summary>The Eerste Kamer (<c>eerste-kamer</c> in the output).</summary>
    public const Chamber Eerste = Chamber.EersteKamer;

    /// <summary>The Tweede Kamer (<c>tweede-kamer</c> in the output).</summary>
    public const Chamber Tweede = Chamber.TweedeKamer;

    /// <summary>The chamber a house word names; anything not the Eerste Kamer's is the Tweede Kamer's.</summary>
    public static Chamber FromHouse(string house) =>
        (house ?? string.Empty).Trim() is "Eerste" or "EERSTE" or "EK" or "ek" or "I" ? Eerste : Tweede;

    /// <summary>The chamber's part of an identifier: <c>ek</c> or <c>tk</c>.</summary>
    public static string IdentifierPart(Chamber chamber) => chamber == Eerste ? "ek" : "tk";
}
