/// What "depends on" means for impact analysis: A depends on B when a change to B, or B
/// failing or going away, reaches A. `eaf impact B` lists every such A, transitively.
///
/// Written relations, read from the dependent's own fields (field paths without list
/// positions):
/// - an InformationSystem on its `hosting` platform, what it `dependsOn`, its `operator`,
///   the entities it `holds` and the `standards` it conforms to;
/// - a Platform on its `operator`;
/// - an Interface on its `provider` system, the platform it is published `via`, its
///   `standards` and `authentication` standards, and the entities its messages carry;
/// - an Exchange on its `interface`, the entities it `carries`, its `agreement` and its
///   `legalBasis`;
/// - a BusinessProcess on the systems it is `supportedBy`, the entities it `uses` and its
///   `legalBasis`; a PublicService on the processes it is `realizedBy` and its `legalBasis`;
/// - an Agreement on its `legalBasis`; a DataEntity on the entities, code lists and
///   standards its attributes name; a CodeList on its `standard`.
///
/// Derived relations, read the other way round from Exchanges:
/// - the consumer system depends on each Exchange that supplies it (`consumes`);
/// - the consumer system depends on the provider system through that Exchange and its
///   Interface (`dataFlow`), the model's data-flow relation.
///
/// Not dependencies: ownership (`owner`, `parent`), who is party to an agreement or funds
/// a project, what a project `delivers`, `supersededBy`, `sameAs`, and an entity's
/// `authoritativeSource` (the entity's definition does not change when its system does).
public enum DependencyRelation: Sendable, Hashable, Comparable {
    /// The dependent names the dependency in this field (`hosting`, `holds.entity`).
    case field(String)
    /// A consumer system on an Exchange that supplies it.
    case consumes
    /// A consumer system on a provider system, through an Exchange and its Interface.
    case dataFlow(exchange: String, interface: String)

    /// The fields, per kind of dependent, that make it depend on what they name.
    public static let dependencyFields: [Kind: Set<String>] = [
        .informationSystem: ["hosting", "dependsOn", "operator", "holds.entity", "standards"],
        .platform: ["operator"],
        .interface: ["provider", "via", "standards", "authentication", "messages.carries"],
        .exchange: ["interface", "carries", "agreement", "legalBasis"],
        .businessProcess: ["supportedBy", "uses", "legalBasis"],
        .publicService: ["realizedBy", "legalBasis"],
        .agreement: ["legalBasis"],
        .dataEntity: ["attributes.entity", "attributes.codeList", "attributes.standard"],
        .codeList: ["standard"],
    ]

    /// The relation's name in JSON output: the field path, `consumes` or `dataFlow`.
    public var name: String {
        switch self {
        case .field(let path): path
        case .consumes: "consumes"
        case .dataFlow: "dataFlow"
        }
    }

    private var sortKey: String {
        switch self {
        case .field(let path): "0 " + path
        case .consumes: "1"
        case .dataFlow(let exchange, let interface): "2 \(exchange) \(interface)"
        }
    }

    public static func < (lhs: DependencyRelation, rhs: DependencyRelation) -> Bool {
        ByteOrder.precedes(lhs.sortKey, rhs.sortKey)
    }

    /// The semantics in a few lines, for `eaf impact --help` (each under 80 columns,
    /// since help text is not rewrapped around explicit line breaks).
    public static let explanation = """
        A depends on B when a change to B, or B failing, reaches A:
          - a system on its hosting platform, what it dependsOn, its operator,
            the entities it holds and the standards it conforms to;
          - a platform on its operator;
          - an interface on its provider system, the platform it is published
            via, its standards and authentication, the entities it carries;
          - an exchange on its interface, the entities it carries, its
            agreement and its legal basis;
          - a consumer system on each exchange that supplies it, and through
            it on the provider system (the data flow);
          - a process on the systems that support it, the entities it uses
            and its legal basis;
          - a service on the processes that realise it and its legal basis;
          - an agreement on its legal basis; an entity on the entities, code
            lists and standards its attributes name; a code list on its standard.
        Not dependencies: ownership, agreement parties, funding, project
        deliverables, supersededBy, sameAs, authoritativeSource.
        """
}
