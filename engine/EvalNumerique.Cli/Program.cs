using EvalNumerique.Cli;

return EvalnumApp.Run(args, Console.In, Console.Out, Console.Error);
