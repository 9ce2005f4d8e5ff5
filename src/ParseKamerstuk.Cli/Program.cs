using ParseKamerstuk.Cli;

return Cli.Run(args, CliEnvironment.Console());
