import EAModel

/// DataEntity classifications.
enum DataClassification {
    /// Classifications that need a legal basis to exchange and authentication to serve.
    static let protected: Set<String> = ["personal", "sensitive", "secret"]
}

extension Element {
    /// Whether a DataEntity's classification calls for a legal basis and protection:
    /// personal, sensitive or secret.
    var isProtectedData: Bool {
        guard let classification = string("classification") else { return false }
        return DataClassification.protected.contains(classification)
    }
}
