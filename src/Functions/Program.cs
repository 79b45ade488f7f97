using DocFlow.Functions;

await DocFlowApp.Build(args).RunAsync();
