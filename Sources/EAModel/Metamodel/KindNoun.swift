extension Kind {
    /// The word a dependency chain uses for the kind: `system`, `process`, `service`.
    public var noun: String {
        switch self {
        case .organisation: "organisation"
        case .publicService: "service"
        case .businessProcess: "process"
        case .agreement: "agreement"
        case .legalAct: "legal act"
        case .dataEntity: "entity"
        case .codeList: "code list"
        case .informationSystem: "system"
        case .interface: "interface"
        case .exchange: "exchange"
        case .standard: "standard"
        case .platform: "platform"
        case .project: "project"
        }
    }
}
