using System.Runtime.CompilerServices;

// The schema test checks that agreement.schema.json uses only keywords SchemaWalker understands.
[assembly: InternalsVisibleTo("Agreements.Tests")]
