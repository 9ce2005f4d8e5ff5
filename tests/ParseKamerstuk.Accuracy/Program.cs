using ParseKamerstuk.Accuracy;

// Prints the accuracy report for the corpus: dotnet run --project tests/ParseKamerstuk.Accuracy -- ../shared/corpus
var corpus = args.Length > 0 ? args[0] : Path.Combine("..", "shared", "corpus");
if (!File.Exists(Path.Combine(corpus, "MANIFEST.tsv")))
{
    Console.Error.WriteLine($"accuracy: {corpus}: no MANIFEST.tsv; name the corpus folder");
    return 2;
}

Console.Write(AccuracyReport.Build(corpus).ToMarkdown());
return 0;
