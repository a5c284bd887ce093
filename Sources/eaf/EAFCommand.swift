import ArgumentParser

/// The `eaf` command: argument parsing and wiring only; the libraries do the work.
///
/// Every command names itself (`commandName:`): without one, swift-argument-parser
/// derives each name from the type with `String(describing:)`, whose dynamic casts cost
/// about 15 million instructions (4 ms) at every start, a tenth of checking 1,000 messages.
@main
struct EAFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eaf",
        abstract: "Keep a national e-government enterprise architecture as model files and check it.",
        discussion: """
        Exit status: 0 nothing at or above the fail level, 1 findings at or above it, \
        2 nothing could be read (no model at PATH, unreadable eaf.yaml), 64 usage error.
        """,
        version: "0.1.0",
        subcommands: [Validate.self, Report.self, Schema.self, Rules.self, Explain.self, List.self, Show.self, Graph.self, Impact.self,
                      Export.self, Import.self, Init.self, Generate.self]
    )
}
