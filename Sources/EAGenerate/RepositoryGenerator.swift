import EAModel

/// Writes a synthetic national e-government repository of any size: every kind of
/// element in realistic proportions, names in Kyrgyz, Russian and English, references
/// that all resolve, message schemas with examples, some model files in XML, and — on
/// request — a known number of planted violations of each rule, listed in an answer file.
///
/// The clean repository (no violations) validates with no finding at all as of the
/// reference date. The same options give the same files, byte for byte.
public struct RepositoryGenerator: Sendable {
    public struct Options: Sendable {
        /// How many elements the repository has (planted malformed files and repeated ids add a few).
        public var elements: Int
        public var seed: UInt64
        /// The fraction of model files written as XML model files (0…1).
        public var xmlShare: Double
        /// Planted cases per rule that can be planted.
        public var violationsPerRule: Int
        /// "Today" for every date the generator writes: agreements are in force on it,
        /// active projects have not ended, and so on. Validate with `--as-of` this date.
        public var referenceDate: LocalDate

        public init(elements: Int = 10_000, seed: UInt64 = 1, xmlShare: Double = 0, violationsPerRule: Int = 0,
                    referenceDate: LocalDate = RepositoryGenerator.referenceDate) {
            self.elements = elements
            self.seed = seed
            self.xmlShare = xmlShare
            self.violationsPerRule = violationsPerRule
            self.referenceDate = referenceDate
        }
    }

    /// The date generated repositories are meant to be validated as of.
    public static let referenceDate = LocalDate(year: 2026, month: 12, day: 1)

    /// The smallest repository the generator writes (it needs every national body and
    /// some of everything else).
    public static let minimumElements = Builder.minimumElements

    /// The rule ids a violation can be planted for.
    public static let plantableRules: [String] = Planter.rules

    /// The name of the answer file in the repository's root.
    public static let answerFile = "expected-findings.json"

    public let options: Options

    public init(_ options: Options) {
        self.options = options
    }

    public func generate() throws(GeneratorError) -> GeneratedRepository {
        guard options.elements >= Self.minimumElements else { throw .tooSmall(options.elements, minimum: Self.minimumElements) }
        guard options.xmlShare >= 0, options.xmlShare <= 1 else { throw .badShare(options.xmlShare) }
        guard options.violationsPerRule >= 0 else { throw .badViolations(options.violationsPerRule) }

        let builder = Builder(options: options)
        builder.build()
        let planter = Planter(builder: builder, seed: options.seed)
        try planter.plant(options.violationsPerRule)

        var layoutRandom = SeededRandom(seed: options.seed ^ 0x1A70_0751_DE5C_0002)
        let planned = Layout.plan(builder.drafts, xmlShare: options.xmlShare, random: &layoutRandom)
        planter.applyNamePairs { Layout.isBefore($0, $1) }

        var files: [SafeFileWriter.File] = []
        for file in planned {
            files.append(SafeFileWriter.File(path: file.path, text: Layout.text(of: file, titles: builder.folderTitles)))
        }
        for message in builder.messageFiles() {
            files.append(SafeFileWriter.File(path: message.path, text: message.text))
        }

        var expected: [ExpectedFinding] = planter.plants.map { plant in
            let file: String
            switch plant.file {
            case .draft(let draft): file = draft.file
            case .path(let path): file = path
            case .later(let one, let other): file = Layout.isBefore(one, other) ? other.file : one.file
            }
            return ExpectedFinding(rule: plant.rule, element: plant.element, file: file)
        }
        expected.sort()

        var counts: [Kind: Int] = [:]
        for draft in builder.drafts where draft.rawYAML == nil { counts[draft.kind, default: 0] += 1 }
        let xmlFiles = planned.filter(\.xml).count
        let messageFiles = files.count - planned.count
        files.append(SafeFileWriter.File(path: "eaf.yaml", text: configText(waivers: planter.waivers)))
        files.append(SafeFileWriter.File(path: "README.md", text: readme(counts: counts, modelFiles: planned.count, xmlFiles: xmlFiles)))
        var repository = GeneratedRepository(files: files, expected: expected, counts: counts, modelFiles: planned.count,
                                             xmlFiles: xmlFiles, messageFiles: messageFiles, options: options)
        repository.files.append(SafeFileWriter.File(path: Self.answerFile, text: repository.answerJSON))
        return repository
    }

    private func configText(waivers: [String]) -> String {
        var text = """
        # A synthetic national e-government architecture written by `eaf generate`
        # (\(options.elements) elements, seed \(options.seed)); validate it as of \(options.referenceDate).
        name: Kyrgyz Republic e-government architecture (synthetic)
        metamodel: 1
        model: [model/]
        languages: [ky, ru]

        """
        if !waivers.isEmpty {
            text += "waivers:\n" + waivers.joined(separator: "\n") + "\n"
        }
        return text
    }

    private func readme(counts: [Kind: Int], modelFiles: Int, xmlFiles: Int) -> String {
        var text = """
        # Synthetic national e-government architecture

        Written by `eaf generate --elements \(options.elements) --seed \(options.seed) --xml-share \(options.xmlShare) \
        --violations \(options.violationsPerRule)`. The names, people, codes and numbers are made up; the
        structure follows the national example (`examples/kyrgyz-egov`) at national scale.

        Validate it with `eaf validate . --as-of \(options.referenceDate)`. `\(Self.answerFile)` lists
        every planted violation (rule, element, file); with no planted violations the
        repository validates with no finding at all.

        \(modelFiles) model files (\(xmlFiles) of them XML), and message schemas with examples in `messages/`:

        | kind | elements |
        |---|---:|

        """
        for kind in Kind.allCases.sorted() {
            text += "| \(kind.rawValue) | \(counts[kind] ?? 0) |\n"
        }
        return text
    }
}

/// A planted violation: the rule that must report it, on which element, in which file.
public struct ExpectedFinding: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let rule: String
    /// The element the finding names (nil for a file that cannot be read, or a repeated key).
    public let element: String?
    /// The repository-relative file the finding points at.
    public let file: String

    public init(rule: String, element: String?, file: String) {
        self.rule = rule
        self.element = element
        self.file = file
    }

    public static func < (lhs: ExpectedFinding, rhs: ExpectedFinding) -> Bool {
        (lhs.rule, lhs.file, lhs.element ?? "") < (rhs.rule, rhs.file, rhs.element ?? "")
    }

    public var description: String { "\(rule) \(element ?? "-") \(file)" }
}

/// What the generator wrote: the files, and the answer.
public struct GeneratedRepository: Sendable {
    /// Every file: model files, message schemas and examples, eaf.yaml, a README and the answer file.
    public internal(set) var files: [SafeFileWriter.File]
    public let expected: [ExpectedFinding]
    /// Elements written, per kind (planted duplicates included, malformed files not).
    public let counts: [Kind: Int]
    public let modelFiles: Int
    /// Model files written as XML.
    public let xmlFiles: Int
    /// Message schemas and example messages.
    public let messageFiles: Int
    public let options: RepositoryGenerator.Options

    /// Writes every file under `folder`, which must not hold any of them already.
    public func write(to folder: String) throws(SafeFileWriter.Failure) {
        try SafeFileWriter(root: folder).write(files)
    }

    /// `expected-findings.json`: the options, the counts and the planted findings, keys sorted.
    public var answerJSON: String {
        JSONText.encode(Answer(
            asOf: options.referenceDate.description, elements: options.elements,
            findings: expected.map { Answer.Item(element: $0.element, file: $0.file, rule: $0.rule) },
            kinds: Dictionary(uniqueKeysWithValues: Kind.allCases.map { ($0.rawValue, counts[$0] ?? 0) }),
            modelFiles: modelFiles, notPlantable: [], plantable: RepositoryGenerator.plantableRules, seed: options.seed,
            violationsPerRule: options.violationsPerRule, xmlFiles: xmlFiles, xmlShare: options.xmlShare))
    }

    private struct Answer: Encodable {
        struct Item: Encodable {
            let element: String?
            let file: String
            let rule: String

            enum CodingKeys: String, CodingKey { case element, file, rule }

            // A finding about a whole file has no element: written as null, not left out.
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(element, forKey: .element)
                try container.encode(file, forKey: .file)
                try container.encode(rule, forKey: .rule)
            }
        }

        let asOf: String
        let elements: Int
        let findings: [Item]
        let kinds: [String: Int]
        let modelFiles: Int
        let notPlantable: [String]
        let plantable: [String]
        let seed: UInt64
        let violationsPerRule: Int
        let xmlFiles: Int
        let xmlShare: Double
    }
}

public enum GeneratorError: Error, Sendable, Equatable, CustomStringConvertible {
    case tooSmall(Int, minimum: Int)
    case badShare(Double)
    case badViolations(Int)
    /// The repository is too small to hold that many cases of a rule.
    case tooFewCandidates(rule: String, wanted: Int, found: Int)

    public var description: String {
        switch self {
        case .tooSmall(let elements, let minimum):
            "a repository needs at least \(minimum) elements (asked for \(elements))"
        case .badShare(let share):
            "the XML share must be between 0 and 1 (got \(share))"
        case .badViolations(let count):
            "the number of violations per rule cannot be negative (got \(count))"
        case .tooFewCandidates(let rule, let wanted, let found):
            "cannot plant \(wanted) cases of \(rule): the repository has room for \(found); ask for more elements or fewer violations"
        }
    }
}
