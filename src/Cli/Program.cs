using System.Text;
using DocFlow.Cli;

// Agreements are Cyrillic as often as not: print them as UTF-8 whatever the terminal's default.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return CliApp.Run(args, Console.Out, Console.Error);
