using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Reflection;
using ParseKamerstuk.Model;

namespace ParseKamerstuk.Cli;

/// <summary>What the tool says of itself: its version, the examples and exit codes of its help, shell completion.</summary>
internal static class SelfDescription
{
    /// <summary>The tool's version without build metadata, such as <c>0.1.0</c>.</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary>The line <c>--version</c> prints: <c>parsekamerstuk 0.1.0 (schema 1.0)</c>.</summary>
    public static string VersionLine => $"parsekamerstuk {Version} (schema {KamerstukDocument.CurrentSchemaVersion})";

    /// <summary>The examples and exit codes that the root command's help adds after the generated text.</summary>
    public const string HelpEpilogue = """
        Examples:
          parsekamerstuk parse stuk.pdf                        JSON of one document to standard output
          parsekamerstuk parse dossier/ -o json/               one JSON file per document, mirroring the folders
          parsekamerstuk parse --files-from list.txt --jsonl   JSON Lines, one document a line, in input order
          parsekamerstuk text scan.pdf                         the lines the parser sees, for a bug report
          parsekamerstuk validate json/*.json                  check output against the schema

        Exit codes:
          0  success (documents may carry warnings)
          1  usage error (unknown option, bad value)
          2  an input is unreadable or unsupported, or an output could not be written
          3  with --fail-on (--strict: --fail-on error): a document has such diagnostics; for validate: a file does not match the schema
          130  interrupted (Ctrl-C); run again with --skip-existing to go on
        """;

    /// <summary>Gives <paramref name="root"/> the version line and the help epilogue.</summary>
    public static void Apply(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            if (option is VersionOption version)
            {
                version.Action = new WriteAction(() => VersionLine + "\n");
            }
            else if (option is HelpOption help && help.Action is HelpAction standard)
            {
                help.Action = new HelpWithEpilogue(standard);
            }
        }
    }

    /// <summary>The completion script for <paramref name="shell"/> (<c>bash</c>, <c>zsh</c> or <c>pwsh</c>).</summary>
    /// <remarks>
    /// Each script asks the tool itself through System.CommandLine's suggest directive
    /// (<c>parsekamerstuk "[suggest:POSITION]" "LINE"</c>), so completion knows every command and option of the
    /// installed version.
    /// </remarks>
    public static string CompletionScript(string shell) => shell switch
    {
        "bash" => """
            # parsekamerstuk completion for bash: add to ~/.bashrc:  source <(parsekamerstuk completion bash)
            _parsekamerstuk_complete() {
              local IFS=$'\n'
              COMPREPLY=($(compgen -W "$(parsekamerstuk "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null)" -- "${COMP_WORDS[COMP_CWORD]}"))
              [ ${#COMPREPLY[@]} -eq 0 ] && COMPREPLY=($(compgen -f -- "${COMP_WORDS[COMP_CWORD]}"))
            }
            complete -o filenames -F _parsekamerstuk_complete parsekamerstuk

            """,
        "zsh" => """
            # parsekamerstuk completion for zsh: add to ~/.zshrc:  source <(parsekamerstuk completion zsh)
            _parsekamerstuk_complete() {
              local -a suggestions
              suggestions=("${(@f)$(parsekamerstuk "[suggest:${#BUFFER}]" "$BUFFER" 2>/dev/null)}")
              if [[ -n "${suggestions[1]}" ]]; then compadd -- $suggestions; else _files; fi
            }
            compdef _parsekamerstuk_complete parsekamerstuk

            """,
        "pwsh" => """
            # parsekamerstuk completion for PowerShell: add to $PROFILE:  parsekamerstuk completion pwsh | Out-String | Invoke-Expression
            Register-ArgumentCompleter -Native -CommandName parsekamerstuk -ScriptBlock {
              param($wordToComplete, $commandAst, $cursorPosition)
              parsekamerstuk "[suggest:$cursorPosition]" "$commandAst" 2>$null | Where-Object { $_ -like "$wordToComplete*" } | ForEach-Object {
                [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
              }
            }

            """,
        _ => throw new ArgumentOutOfRangeException(nameof(shell), shell, "bash, zsh or pwsh"),
    };

    /// <summary>The <c>completion</c> command: prints the completion script of a shell.</summary>
    public static Command BuildCompletionCommand(CliEnvironment environment)
    {
        var shell = new Argument<string>("shell") { Description = "bash, zsh or pwsh." };
        shell.AcceptOnlyFromAmong("bash", "zsh", "pwsh");
        var command = new Command("completion", "Prints a shell completion script (bash, zsh or pwsh); the README says where to put it.") { shell };
        command.SetAction(result =>
        {
            var script = System.Text.Encoding.UTF8.GetBytes(CompletionScript(result.GetValue(shell)!));
            environment.Stdout.Write(script);
            environment.Stdout.Flush();
            return ExitCodes.Success;
        });
        return command;
    }

    private static string ReadVersion()
    {
        var informational = typeof(SelfDescription).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }

    private sealed class WriteAction(Func<string> text) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.Write(text());
            return ExitCodes.Success;
        }
    }

    // The generated help, then for the root command the examples and exit codes.
    private sealed class HelpWithEpilogue(HelpAction standard) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var code = standard.Invoke(parseResult);
            if (parseResult.CommandResult.Command is RootCommand)
            {
                parseResult.InvocationConfiguration.Output.Write(HelpEpilogue.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
            }

            return code;
        }
    }
}
