using ParseKamerstuk.Accuracy;

// Prints the accuracy report for the corpus:    dotnet run --project tests/ParseKamerstuk.Accuracy -- ../shared/corpus
// and for the dev sets (moties, OCR pages):     dotnet run --project tests/ParseKamerstuk.Accuracy -- --devsets ../shared/devsets
// (after the folder, a number: how many failures of each invariant to list; 10 by default).
if (args.Length is 2 or 3 && args[0] == "--devsets")
{
    if (!Directory.Exists(Path.Combine(args[1], "moties")) && !Directory.Exists(Path.Combine(args[1], "sgd")))
    {
        Console.Error.WriteLine($"accuracy: {args[1]}: no moties/ or sgd/; name the dev-set folder");
        return 2;
    }

    var failures = args.Length == 3 && int.TryParse(args[2], out var n) && n >= 0 ? n : 10;
    Console.Write(DevsetReport.Build(args[1]).ToMarkdown(failures));
    return 0;
}

var corpus = args.Length > 0 ? args[0] : Path.Combine("..", "shared", "corpus");
if (!File.Exists(Path.Combine(corpus, "MANIFEST.tsv")))
{
    Console.Error.WriteLine($"accuracy: {corpus}: no MANIFEST.tsv; name the corpus folder");
    return 2;
}

Console.Write(AccuracyReport.Build(corpus).ToMarkdown());
return 0;
