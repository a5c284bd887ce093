import EAModel
import Foundation

/// SEM005: two entities with the same name that are not said to be the same concept.
public struct DuplicateEntityNameRule: Rule {
    public static let description = RuleDescription(
        id: "SEM005", slug: "duplicate-entity-name", layer: .semantic, defaultSeverity: .warning,
        appliesTo: [.dataEntity],
        summary: "Two entities share a normalised name in some language and are not linked by `sameAs`.",
        rationale: """
        Reusability and once-only: an agency that defines its own 'Person' beside the core vocabulary's \
        splits one concept in two, and the data no longer lines up. Names are compared per language after \
        lower-casing, dropping punctuation and collapsing spaces. Either reuse the existing entity, link \
        the two with `sameAs` when they really are the same concept, or rename one when they are not. A \
        warning, since equal names are a strong hint, not proof. The entity is reported, not the one it \
        collides with; entities from reference folders are never reported, the model's own are.
        """,
        triggeringExamples: [
            RuleExample("""
            id: core.person
            kind: DataEntity
            name: {en: Natural person, ru: Физическое лицо}
            ---
            id: sf.insured-person
            kind: DataEntity
            name: ↓{en: "Natural  person", ru: Застрахованное лицо}
            """),
        ],
        nonTriggeringExamples: [
            RuleExample("""
            id: core.person
            kind: DataEntity
            name: {en: Natural person, ru: Физическое лицо}
            ---
            id: sf.insured-person
            kind: DataEntity
            name: {en: Natural person, ru: Физическое лицо}
            sameAs: [core.person]
            """),
            // The same word in different languages is not compared.
            RuleExample("""
            id: core.address
            kind: DataEntity
            name: {ky: Дарек, ru: Адрес}
            ---
            id: gar.address-object
            kind: DataEntity
            name: {ky: Адрес, ru: Адресный объект}
            """),
        ])

    public init() {}

    public func check(_ context: RuleContext) -> [Finding] {
        let model = context.model
        // Reference entities first: they are the established ones that model entities collide with.
        let entities = model.elements(of: .dataEntity).filter(\.isReference) + model.elements(of: .dataEntity).filter { !$0.isReference }
        var concepts = SameAsConcepts()
        for entity in entities {
            for reference in entity.references("sameAs") where model[reference.id]?.kind == .dataEntity {
                concepts.join(entity.id, reference.id)
            }
        }
        // Entities by (language, normalised name), groups in the order first met; one
        // look-up a name, and room for every name up front.
        var groupOf: [NameKey: Int] = [:]
        groupOf.reserveCapacity(entities.count * 2)
        var groups: [(language: String, entities: [Element])] = []
        for entity in entities {
            for entry in entity.name.entries {
                let language = entry.language ?? ""
                var bytes = Array(language.utf8)
                bytes.append(0x1F)
                let named = bytes.count
                Self.appendNormalised(entry.text, to: &bytes)
                guard bytes.count > named else { continue }
                let key = NameKey(bytes: bytes)
                if let group = groupOf[key] {
                    groups[group].entities.append(entity)
                } else {
                    groupOf[key] = groups.count
                    groups.append((language, [entity]))
                }
            }
        }
        var findings: [Finding] = []
        var reported = Set<String>()
        for (language, group) in groups where group.count > 1 {
            let first = group[0]
            for entity in group.dropFirst() where !entity.isReference && entity.id != first.id {
                guard !concepts.same(entity.id, first.id), reported.insert(entity.id).inserted else { continue }
                let shared = language.isEmpty ? first.name.best() : (first.name.text(in: language) ?? "")
                let location = entity.field("name")?.location ?? entity.location
                findings.append(context.finding(
                    "entity '\(entity.id)' has the same \(language.isEmpty ? "" : "\(language) ")name as '\(first.id)' (\"\(shared)\"); reuse '\(first.id)', add `sameAs: [\(first.id)]` if they are one concept, or rename '\(entity.id)' if they are not",
                    element: entity.id, at: location, related: [.init(first.location, "'\(first.id)' is defined here")],
                    subject: "name=\(first.id)"))
            }
        }
        return findings
    }

    /// Lower-cased, punctuation and symbols replaced by spaces, runs of white space
    /// collapsed, trimmed: "Natural  person", "natural person." and "Natural-person" agree.
    static func normalise(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendNormalised(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the normalised name in UTF-8 and Unicode's composed form (NFC), so that equal
    /// bytes mean canonically equal names, as equal `String`s do.
    static func appendNormalised(_ text: String, to out: inout [UInt8]) {
        // Read as UTF-8 bytes where every scalar is ASCII or Cyrillic, or one of the few
        // without case that `lowercase` accepts (nearly every name): String.lowercased()
        // took some 20,000 instructions a name, and walking its Unicode scalars one by
        // one, appending each to an array, a fifth of the rule. Each scalar `lowercase`
        // accepts is its own composed form and composes with no other. One pass, folding
        // as it lowers.
        var text = text
        guard !text.withUTF8({ appendFolded($0, to: &out) }) else { return }
        appendNormalisedGenerally(text, to: &out)
    }

    /// The same by `String.lowercased()` and the Unicode tables, for a name with a scalar
    /// the fast path does not know.
    static func appendNormalisedGenerally(_ text: String, to out: inout [UInt8]) {
        let start = out.count
        var general = Folding(from: start)
        for scalar in text.lowercased().unicodeScalars { general.add(scalar, to: &out) }
        let composed = String(decoding: out[start...], as: UTF8.self).precomposedStringWithCanonicalMapping
        out.replaceSubrange(start..., with: composed.utf8)
    }

    /// Folds valid UTF-8 onto `out` with the fast lower case; false, with nothing written,
    /// at the first scalar that `lowercase` does not know.
    ///
    /// Folding never lengthens a name: every scalar kept is written in as many bytes as it
    /// was read in, and a space only ever stands for a run of separators of a byte or more.
    /// So a buffer of the name's own length (on the stack) is room enough.
    private static func appendFolded(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) -> Bool {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, bytes.count)) { buffer in
            guard let end = fold(bytes, into: buffer) else { return false }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<end]))
            return true
        }
    }

    /// Writes the folded name into `buffer`, which holds at least as many bytes as the
    /// name; returns how many it wrote, or nil at a scalar that `lowercase` does not know.
    private static func fold(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        var at = 0
        var pendingSpace = false
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let lower: UInt32
            if lead < 0x80 {
                // ASCII, as `lowercase` and `isSeparator` answer for it, without a scalar.
                index += 1
                switch lead {
                case 0x41...0x5A: lower = UInt32(lead) + 0x20
                case 0x30...0x39, 0x61...0x7A: lower = UInt32(lead)
                case 0x09...0x0D, 0x20...0x7E:
                    pendingSpace = at > 0
                    continue
                default: lower = UInt32(lead)
                }
            } else if lead == 0xD0 || lead == 0xD1 {
                // U+0400–U+047F, most of every Cyrillic name: `lowercase` knows them all and
                // none is a separator, so neither test is made.
                let value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                index += 2
                lower = lowercase(value)!
            } else {
                // The string is valid UTF-8: a lead byte is followed by its continuation bytes.
                let value: UInt32
                if lead < 0xE0 {
                    value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    index += 2
                } else if lead < 0xF0 {
                    value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    index += 3
                } else {
                    return nil
                }
                guard let scalar = Unicode.Scalar(value), let folded = lowercase(scalar) else { return nil }
                if isSeparator(folded) {
                    pendingSpace = at > 0
                    continue
                }
                lower = folded.value
            }
            if pendingSpace {
                buffer[at] = UInt8(ascii: " ")
                at += 1
                pendingSpace = false
            }
            if lower < 0x80 {
                buffer[at] = UInt8(lower)
                at += 1
            } else if lower < 0x800 {
                buffer[at] = UInt8(0xC0 | lower >> 6)
                buffer[at + 1] = UInt8(0x80 | lower & 0x3F)
                at += 2
            } else {
                buffer[at] = UInt8(0xE0 | lower >> 12)
                buffer[at + 1] = UInt8(0x80 | lower >> 6 & 0x3F)
                buffer[at + 2] = UInt8(0x80 | lower & 0x3F)
                at += 3
            }
        }
        return at
    }

    /// Writes lower-cased scalars with each run of separators made one space, none at the
    /// ends of what it writes (from `start` on).
    private struct Folding {
        private let start: Int
        private var pendingSpace = false

        init(from start: Int) {
            self.start = start
        }

        mutating func add(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
            if DuplicateEntityNameRule.isSeparator(scalar) {
                pendingSpace = out.count > start
                return
            }
            if pendingSpace {
                out.append(UInt8(ascii: " "))
                pendingSpace = false
            }
            DuplicateEntityNameRule.append(scalar, to: &out)
        }
    }

    private static func append(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        UTF8.encode(scalar) { out.append($0) }
    }

    /// The lower case of an ASCII or Cyrillic scalar (U+0400–U+04FF), or of one without
    /// case that names often hold, as `String.lowercased()` gives it; nil for any other.
    static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        lowercase(scalar.value).flatMap(Unicode.Scalar.init)
    }

    /// The same over a scalar's value, for the fast path, which has the value at hand.
    @inline(__always)
    private static func lowercase(_ value: UInt32) -> UInt32? {
        let lower: UInt32
        switch value {
        case 0x41...0x5A: lower = value + 0x20
        case 0x00...0x7F: lower = value
        case 0x0400...0x040F: lower = value + 0x50
        case 0x0410...0x042F: lower = value + 0x20
        case 0x0430...0x045F, 0x0482...0x0489, 0x04CF: lower = value
        case 0x0460...0x0481, 0x048A...0x04BF, 0x04D0...0x04FF: lower = value | 1
        case 0x04C0: lower = 0x04CF
        case 0x04C1...0x04CE: lower = value % 2 == 1 ? value + 1 : value
        // Latin-1 punctuation, general punctuation and №: no case, but in many names (« » —).
        case 0x00A0...0x00BF, 0x2000...0x206F, 0x2116: lower = value
        default: return nil
        }
        return lower
    }

    /// Whitespace, punctuation and symbols. ASCII and the Cyrillic block, nearly every
    /// name, are told apart without the Unicode property tables (a tenth of the rule's
    /// time went to those look-ups); the answers are the tables' own.
    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return false
        case 0x09...0x0D, 0x20...0x7E: return true
        case 0x00...0x7F: return false
        case 0x0400...0x04FF: return scalar.value == 0x0482
        default:
            let properties = scalar.properties
            return properties.isWhitespace || isPunctuationOrSymbol(properties.generalCategory)
        }
    }

    private static func isPunctuationOrSymbol(_ category: Unicode.GeneralCategory) -> Bool {
        switch category {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            true
        default:
            false
        }
    }
}

/// A language and a normalised name, compared and hashed as bytes: a `String` key hashes
/// a non-ASCII name through its normalised form, some 6,600 instructions a Cyrillic name,
/// where these bytes are composed already.
private struct NameKey: Hashable {
    let bytes: [UInt8]

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}

/// Entities joined by `sameAs` into concepts (union–find with path halving), so that
/// links count in both directions and through chains without comparing pairs.
private struct SameAsConcepts {
    private var parent: [String: String] = [:]

    private mutating func root(_ id: String) -> String {
        var current = id
        while let next = parent[current], next != current {
            let grandparent = parent[next] ?? next
            parent[current] = grandparent
            current = grandparent
        }
        return current
    }

    mutating func join(_ a: String, _ b: String) {
        let rootA = root(a)
        let rootB = root(b)
        if rootA != rootB { parent[rootA] = rootB }
    }

    mutating func same(_ a: String, _ b: String) -> Bool {
        root(a) == root(b)
    }
}
