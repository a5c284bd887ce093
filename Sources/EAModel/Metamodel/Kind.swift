/// The kinds of element in metamodel version 1, each with its ArchiMate counterpart.
public enum Kind: String, Sendable, CaseIterable, Codable, Comparable {
    case organisation = "Organisation"
    case publicService = "PublicService"
    case businessProcess = "BusinessProcess"
    case agreement = "Agreement"
    case legalAct = "LegalAct"
    case dataEntity = "DataEntity"
    case codeList = "CodeList"
    case informationSystem = "InformationSystem"
    case interface = "Interface"
    case exchange = "Exchange"
    case standard = "Standard"
    case platform = "Platform"
    case project = "Project"

    /// The kind of this name (`InformationSystem`), or nil. Written out because the
    /// synthesised initialiser compares the text with every name in turn through the
    /// runtime's string switch, about a thousand instructions for each element decoded;
    /// names are compared by length first here.
    public init?(rawValue: String) {
        guard let place = EAModel.place(of: rawValue, in: Self.names.indices, { Self.names[$0] }) else { return nil }
        self = Self.all[place]
    }

    /// Every kind and its name, once: `allCases` builds a new array at every use.
    private static let all = allCases
    private static let names = all.map(\.rawValue)

    /// The element name used for this kind in XML model files (lowerCamelCase).
    public var xmlName: String {
        rawValue.prefix(1).lowercased() + rawValue.dropFirst()
    }

    /// Looks a kind up by its XML element name.
    public init?(xmlName: String) {
        guard let kind = Kind.byXMLName[xmlName] else { return nil }
        self = kind
    }

    private static let byXMLName = Dictionary(uniqueKeysWithValues: allCases.map { ($0.xmlName, $0) })

    /// The architecture layer the kind belongs to (DESIGN.md §2).
    public var layer: String {
        switch self {
        case .organisation, .publicService, .businessProcess, .agreement: "organisational"
        case .legalAct: "legal"
        case .dataEntity, .codeList: "semantic"
        case .informationSystem, .interface, .platform: "technical"
        case .exchange: "cross-layer"
        case .standard: "any"
        case .project: "governance"
        }
    }

    /// The ArchiMate 3.2 element type this kind is exchanged as.
    public var archimateType: String {
        switch self {
        case .organisation: "BusinessActor"
        case .publicService: "BusinessService"
        case .businessProcess: "BusinessProcess"
        case .agreement: "Contract"
        case .legalAct: "Requirement"
        case .dataEntity, .codeList: "DataObject"
        case .informationSystem: "ApplicationComponent"
        case .interface: "ApplicationInterface"
        case .exchange: "Flow"
        case .standard: "Contract"
        case .platform: "Node"
        case .project: "WorkPackage"
        }
    }

    public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }

    // A raw-value enum otherwise hashes and compares its raw String (the standard
    // library's RawRepresentable implementations win over the synthesised ones), and
    // kinds key the model's and the rules' look-ups: they use the case's place instead.
    public static func == (lhs: Kind, rhs: Kind) -> Bool { lhs.place == rhs.place }

    public func hash(into hasher: inout Hasher) { hasher.combine(place) }

    /// The case's place in declaration order, which is its place among `allCases`
    /// (`KindTable` reads by it).
    var place: Int {
        switch self {
        case .organisation: 0
        case .publicService: 1
        case .businessProcess: 2
        case .agreement: 3
        case .legalAct: 4
        case .dataEntity: 5
        case .codeList: 6
        case .informationSystem: 7
        case .interface: 8
        case .exchange: 9
        case .standard: 10
        case .platform: 11
        case .project: 12
        }
    }
}
