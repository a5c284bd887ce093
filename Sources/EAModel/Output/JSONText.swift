import Foundation

/// JSON encoding with sorted keys, two-space indentation and unescaped slashes: every
/// JSON output of eaf (findings, listings, graphs, impact) goes through it, so all of
/// them look alike and are byte-identical across runs.
public enum JSONText {
    public static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
