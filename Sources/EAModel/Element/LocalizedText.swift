/// Text that is either one string or a string per language code (`{ky: …, ru: …}`).
public enum LocalizedText: Sendable, Hashable {
    case plain(String)
    case translations(Translations)

    /// The text in a language, if given in it.
    public func text(in language: String) -> String? {
        switch self {
        case .plain: nil
        case .translations(let map): map[language]
        }
    }

    /// The text in the first of these languages that has it, else any text, preferring
    /// English and then the languages in code order so the choice is stable.
    public func best(_ languages: [String] = []) -> String {
        switch self {
        case .plain(let text):
            return text
        case .translations(let map):
            for language in languages { if let text = map[language] { return text } }
            if let english = map["en"] { return english }
            return map.first?.text ?? ""
        }
    }

    /// The languages the text is given in, sorted.
    public var languages: [String] {
        switch self {
        case .plain: []
        case .translations(let map): map.keys
        }
    }

    /// Every string of the text with its language (nil for plain text).
    public var entries: [(language: String?, text: String)] {
        switch self {
        case .plain(let text): [(nil, text)]
        case .translations(let map): map.map { ($0.language, $0.text) }
        }
    }
}
