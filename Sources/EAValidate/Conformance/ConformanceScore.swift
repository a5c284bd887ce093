/// Counts of check outcomes and the score they give.
///
/// The score is the share of applicable checks that passed, with or without a waiver:
/// `(passed + passedWithWaiver) / applicable × 100`, shown to one decimal and rounded
/// down, so that a single failed check never shows as 100 %. With no applicable check
/// there is no score (reports show "—") and the verdict is conformant.
public struct ConformanceScore: Sendable, Hashable {
    public private(set) var passed = 0
    public private(set) var passedWithWaiver = 0
    public private(set) var failed = 0

    public init() {}

    public init(passed: Int, passedWithWaiver: Int, failed: Int) {
        self.passed = passed
        self.passedWithWaiver = passedWithWaiver
        self.failed = failed
    }

    /// Element–rule pairs checked.
    public var applicable: Int { passed + passedWithWaiver + failed }

    public mutating func count(_ outcome: CheckOutcome) {
        switch outcome {
        case .passed: passed += 1
        case .passedWithWaiver: passedWithWaiver += 1
        case .failed: failed += 1
        }
    }

    public mutating func add(_ other: ConformanceScore) {
        passed += other.passed
        passedWithWaiver += other.passedWithWaiver
        failed += other.failed
    }

    /// The score in tenths of a percent (973 for 97.3 %), rounded down; nil without checks.
    public var tenthsOfPercent: Int? {
        applicable == 0 ? nil : (passed + passedWithWaiver) * 1000 / applicable
    }

    /// The score as a percentage with one decimal (97.3); nil without checks.
    public var percentage: Double? {
        tenthsOfPercent.map { Double($0) / 10 }
    }

    /// "97.3 %", or "—" without checks.
    public var formatted: String {
        guard let tenths = tenthsOfPercent else { return "—" }
        return "\(tenths / 10).\(tenths % 10) %"
    }

    public var verdict: ConformanceVerdict {
        if failed > 0 { return .nonConformant }
        return passedWithWaiver > 0 ? .conformantWithWaivers : .conformant
    }
}
