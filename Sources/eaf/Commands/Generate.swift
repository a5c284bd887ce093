import ArgumentParser
import EAGenerate
import EAModel

/// `eaf generate`: a synthetic national repository for benchmarks and tests (hidden:
/// it is a tool for eaf's own development, not for architects).
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic national repository of N elements (for benchmarks and tests).",
        discussion: """
        Every kind of element in realistic proportions, names in Kyrgyz, Russian and English, \
        message schemas with examples, and with --violations K that many planted cases of every \
        rule that can be planted, listed (rule, element, file) in expected-findings.json. Without \
        violations the repository validates with no finding as of the reference date. The same \
        options write the same files, byte for byte. Existing files are never overwritten.
        """,
        shouldDisplay: false)

    @Argument(help: "The folder to write the repository to (created if missing; must not hold its files already).")
    var directory: String

    @Option(help: "How many elements to write.")
    var elements: Int = 10_000

    @Option(help: "Seed of the random choices; the same seed writes the same repository.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("The fraction of model files written as XML (0 to 1).", valueName: "fraction"))
    var xmlShare: Double = 0

    @Option(help: ArgumentHelp("Planted violations per rule that can be planted.", valueName: "K"))
    var violations: Int = 0

    @Option(help: ArgumentHelp("The date the repository is valid on (YYYY-MM-DD); validate with --as-of this date.", valueName: "date"))
    var referenceDate: LocalDate = RepositoryGenerator.referenceDate

    func validate() throws {
        guard elements >= RepositoryGenerator.minimumElements else {
            throw ValidationError("--elements must be at least \(RepositoryGenerator.minimumElements)")
        }
        guard (0...1).contains(xmlShare) else { throw ValidationError("--xml-share must be between 0 and 1") }
        guard violations >= 0 else { throw ValidationError("--violations cannot be negative") }
    }

    func run() throws {
        let options = RepositoryGenerator.Options(elements: elements, seed: seed, xmlShare: xmlShare,
                                                  violationsPerRule: violations, referenceDate: referenceDate)
        let repository: GeneratedRepository
        do {
            repository = try RepositoryGenerator(options).generate()
        } catch {
            Terminal.printError(error.description)
            throw ExitCode(1)
        }
        do {
            try repository.write(to: directory)
        } catch {
            Terminal.printError("\(directory): \(error)")
            throw ExitCode(1)
        }
        var summary = "wrote \(elements) elements in \(repository.modelFiles) model files (\(repository.xmlFiles) XML) and \(repository.messageFiles) message files to \(directory)"
        if violations > 0 {
            summary += "; \(repository.expected.count) planted findings are listed in \(directory)/\(RepositoryGenerator.answerFile)"
        }
        Terminal.printError(summary + "; validate with --as-of \(referenceDate)")
    }
}
