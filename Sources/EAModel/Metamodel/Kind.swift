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

    /// The element name used for this kind in XML model files (lowerCamelCase).
    public var xmlName: String {
        rawValue.prefix(1).lowercased() + rawValue.dropFirst()
    }

    /// Looks a kind up by its XML element name.
    public init?(xmlName: String) {
        guard let kind = Kind.allCases.first(where: { $0.xmlName == xmlName }) else { return nil }
        self = kind
    }

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
}
