import EAModel
import Foundation

/// Findings accepted as they stand, by fingerprint, so that a repository can adopt a rule
/// (or eaf itself) without fixing everything first and still fail on anything new.
///
/// The file is small, sorted JSON — `{"findings": [{"element", "fingerprint", "message",
/// "rule"}…], "version": 1}` — so that it diffs well in review. Only the fingerprint
/// matches; rule, element and message are there for the reader. Fingerprints hold no file
/// paths or line numbers, so moving an element keeps its findings baselined.
public struct Baseline: Sendable, Codable, Equatable {
    public static let formatVersion = 1

    /// One accepted finding.
    public struct Entry: Sendable, Codable, Hashable {
        public var fingerprint: String
        public var rule: String
        public var element: String?
        public var message: String
    }

    public var version: Int
    /// Sorted by rule, element, fingerprint; one entry per fingerprint.
    public var findings: [Entry]

    /// The baseline that accepts these findings: every one not waived (a waiver already
    /// accepts the others, with an expiry date that a baseline would outlive).
    public init(findings: [Finding]) {
        var seen = Set<String>()
        var entries: [Entry] = []
        for finding in findings where finding.status != .waived && seen.insert(finding.fingerprint).inserted {
            entries.append(Entry(fingerprint: finding.fingerprint, rule: finding.ruleID, element: finding.elementID, message: finding.message))
        }
        version = Self.formatVersion
        self.findings = entries.sorted {
            ($0.rule, $0.element ?? "", $0.fingerprint) < ($1.rule, $1.element ?? "", $1.fingerprint)
        }
    }

    /// The findings with each open one whose fingerprint is in the baseline marked baselined.
    public func apply(to findings: [Finding]) -> [Finding] {
        let accepted = Set(self.findings.map(\.fingerprint))
        return findings.map { finding in
            guard finding.status == .open, accepted.contains(finding.fingerprint) else { return finding }
            var baselined = finding
            baselined.status = .baselined
            return baselined
        }
    }

    /// The file's text: sorted keys, two-space indentation, a final newline.
    public var json: String { JSONText.encode(self) }

    /// Reads a baseline file written by `eaf validate --write-baseline`.
    public static func read(_ path: String) throws(BaselineError) -> Baseline {
        guard FileTree.isRegularFile(path) else { throw .missing(path) }
        switch FileTree.read(path) {
        case .success(let bytes): return try parse(bytes, file: path)
        case .failure(let error): throw .unreadable(path, "\(error)")
        }
    }

    public static func parse(_ bytes: [UInt8], file: String) throws(BaselineError) -> Baseline {
        struct Header: Decodable { var version: Int? }
        let data = Data(bytes)
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: data)
        } catch {
            throw .malformed(file, Self.describe(error))
        }
        guard let version = header.version else { throw .malformed(file, "it has no \"version\"") }
        guard version == formatVersion else { throw .unsupportedVersion(file, version) }
        do {
            return try JSONDecoder().decode(Baseline.self, from: data)
        } catch {
            throw .malformed(file, Self.describe(error))
        }
    }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "it is not JSON" }
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return keys.isEmpty ? "" : " at \(keys.hasPrefix(".") ? String(keys.dropFirst()) : keys)"
        }
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return "it is not JSON"
        case .dataCorrupted(let context):
            return "a value\(path(context)) is not valid"
        case .keyNotFound(let key, let context):
            return "\"\(key.stringValue)\" is missing\(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "a value\(path(context)) has the wrong type"
        @unknown default:
            return "it cannot be read"
        }
    }
}

/// Why a baseline file cannot be used (the command exits with status 2).
public enum BaselineError: Error, Sendable, Equatable, CustomStringConvertible {
    case missing(String)
    case unreadable(String, String)
    case malformed(String, String)
    case unsupportedVersion(String, Int)

    public var description: String {
        switch self {
        case .missing(let path):
            "\(path): no such baseline file; write one with `eaf validate --write-baseline \(path)`"
        case .unreadable(let path, let reason):
            "\(path): cannot be read (\(reason)); check the file's permissions"
        case .malformed(let path, let reason):
            "\(path): not an eaf baseline (\(reason)); write it again with `eaf validate --write-baseline \(path)`"
        case .unsupportedVersion(let path, let version):
            "\(path): baseline version \(version) is not supported; this eaf reads version \(Baseline.formatVersion). Write it again with `eaf validate --write-baseline \(path)`"
        }
    }
}
