namespace ParseKamerstuk.Reading;

/// <summary>One line segment of a PDF page: text with its geometry and type facts. Coordinates are PDF points, y up.</summary>
/// <param name="Text">The text, words separated by single spaces.</param>
/// <param name="Left">The left edge.</param>
/// <param name="Right">The right edge.</param>
/// <param name="Baseline">The baseline height.</param>
/// <param name="Size">The dominant font size.</param>
/// <param name="Bold">Whether most letters are bold.</param>
/// <param name="Italic">Whether most letters are italic.</param>
/// <param name="Positions">The left edge of each character of <paramref name="Text"/> (a space takes the next letter's), while the
/// text is being assembled; empty once it is normalized.</param>
internal sealed record PdfTextLine(string Text, double Left, double Right, double Baseline, double Size, bool Bold, bool Italic, double[] Positions);
