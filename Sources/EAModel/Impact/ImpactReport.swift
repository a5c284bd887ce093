/// Everything that depends on one element, transitively, grouped by the organisation
/// responsible for each dependent, with the chain of relations that makes it depend.
public struct ImpactReport: Sendable, Hashable {
    /// The element asked about.
    public var element: Subject
    /// Groups sorted by organisation id; the group of elements with no organisation last.
    public var groups: [Group]

    /// An element named in the report.
    public struct Subject: Sendable, Hashable {
        public var id: String
        public var kind: Kind
        public var label: String
    }

    /// The dependents one organisation is responsible for, sorted by id.
    public struct Group: Sendable, Hashable {
        /// The organisation's id; nil for elements no organisation is responsible for.
        public var organisation: String?
        /// Its name in the report's language (the id when it is not in the model).
        public var label: String?
        public var dependents: [Dependent]
    }

    /// One element that depends on the subject.
    public struct Dependent: Sendable, Hashable {
        public var element: Subject
        /// From the subject out to this element: each step names the element reached and
        /// how it depends on the step before. A shortest such chain; its length is the
        /// element's distance from the subject.
        public var path: [Step]
    }

    /// One link of a dependency chain.
    public struct Step: Sendable, Hashable {
        public var id: String
        public var kind: Kind
        public var relation: DependencyRelation
    }

    /// How many elements depend on the subject.
    public var count: Int { groups.reduce(0) { $0 + $1.dependents.count } }
}
