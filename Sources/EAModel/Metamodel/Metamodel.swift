/// Metamodel version 1 as data: every kind's fields with their types.
///
/// Readers, the decoder, the published JSON Schema and XSD, and `eaf explain` all
/// read this one table, so a field added here is known everywhere at once.
public enum Metamodel {
    public static let version = 1

    public static let lifecycles = ["planned", "development", "production", "deprecated", "retired"]
    public static let languagePattern = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"
    public static let idPattern = "^[a-z0-9]+([.-][a-z0-9]+)*$"

    /// Fields every kind has.
    public static let commonFields: [FieldSpec] = [
        FieldSpec("id", .identifier, required: true, "Unique id across the repository, e.g. grs.population-register."),
        FieldSpec("kind", .choice(Kind.allCases.map(\.rawValue)), required: true, "The element's kind."),
        FieldSpec("name", .localizedText, required: true, "Name, as text or as {ky: …, ru: …, en: …}."),
        FieldSpec("description", .localizedText, "Description, as text or per language."),
        FieldSpec("owner", .reference([.organisation]), "The Organisation accountable for the element."),
        FieldSpec("lifecycle", .choice(lifecycles), "Where the element is in its life."),
        FieldSpec("tags", .list(.string), "Free keywords."),
        FieldSpec("links", .list(.record([
            FieldSpec("title", .string, required: true, "Link text."),
            FieldSpec("url", .url, required: true, "Link target."),
        ])), item: "link", "Related documents."),
        FieldSpec("properties", .dictionary(.string), "Free key/value properties."),
    ]

    static let contact: [FieldSpec] = [
        FieldSpec("name", .string, required: true, "Full name."),
        FieldSpec("position", .string, "Position held."),
        FieldSpec("email", .string, "E-mail address."),
        FieldSpec("phone", .string, "Telephone number."),
    ]

    /// The fields particular to each kind.
    public static func kindFields(_ kind: Kind) -> [FieldSpec] {
        switch kind {
        case .organisation:
            return [
                FieldSpec("type", .choice(["ministry", "state-committee", "agency", "municipality", "state-enterprise", "ngo", "private", "international"]), "What sort of body it is."),
                FieldSpec("parent", .reference([.organisation]), "The body it reports to."),
                FieldSpec("gcio", .record(contact), "Its Government CIO."),
                FieldSpec("tunduk", .record([
                    FieldSpec("memberClass", .choice(["GOV", "COM", "NGO", "NEE"]), required: true, "X-Road member class."),
                    FieldSpec("memberCode", .string, required: true, "X-Road member code."),
                ]), "Its membership of the national interoperability platform."),
            ]
        case .publicService:
            return [
                FieldSpec("audience", .list(.choice(["citizen", "business", "government"])), "Who the service is for."),
                FieldSpec("channels", .list(.choice(["portal", "mobile", "service-centre", "api", "sms", "paper"])), "How it is delivered."),
                FieldSpec("realizedBy", .list(.reference([.businessProcess])), "Processes that realise it."),
                FieldSpec("legalBasis", .list(.reference([.legalAct])), "Legal acts that establish it."),
                FieldSpec("level", .integer(0...4), "Digital maturity: 0 information … 4 personalised transaction."),
            ]
        case .businessProcess:
            return [
                FieldSpec("supportedBy", .list(.reference([.informationSystem])), "Systems that support it."),
                FieldSpec("uses", .list(.reference([.dataEntity])), "Data it uses."),
                FieldSpec("legalBasis", .list(.reference([.legalAct])), "Legal acts that govern it."),
            ]
        case .agreement:
            return [
                FieldSpec("parties", .list(.reference([.organisation])), required: true, "The organisations bound by it (at least two)."),
                FieldSpec("validFrom", .date, "First day in force."),
                FieldSpec("validUntil", .date, "Last day in force."),
                FieldSpec("legalBasis", .list(.reference([.legalAct])), "Legal acts it rests on."),
            ]
        case .legalAct:
            return [
                FieldSpec("number", .string, "Official number."),
                FieldSpec("adopted", .date, "Date of adoption."),
                FieldSpec("status", .choice(["in-force", "amended", "repealed"]), "Whether it is in force."),
                FieldSpec("url", .url, "Official text."),
            ]
        case .dataEntity:
            return [
                FieldSpec("authoritativeSource", .reference([.informationSystem]), "The system that masters it."),
                FieldSpec("classification", .choice(["public", "internal", "personal", "sensitive", "secret"]), "How it must be protected."),
                FieldSpec("attributes", .list(.record([
                    FieldSpec("name", .string, required: true, "Attribute name."),
                    FieldSpec("type", .choice(["string", "integer", "decimal", "boolean", "date", "datetime", "code", "reference", "binary"]), required: true, "Attribute type."),
                    FieldSpec("required", .boolean, "Whether every instance has it."),
                    FieldSpec("codeList", .reference([.codeList]), "Code list of a `code` attribute."),
                    FieldSpec("entity", .reference([.dataEntity]), "Entity a `reference` attribute points to."),
                    FieldSpec("standard", .reference([.standard]), "Standard the value follows."),
                    FieldSpec("description", .localizedText, "What the attribute means."),
                ])), item: "attribute", "The entity's attributes."),
                FieldSpec("sameAs", .list(.referenceOrURI([.dataEntity])), "The same concept elsewhere."),
            ]
        case .codeList:
            return [
                FieldSpec("standard", .reference([.standard]), "Standard that defines the list."),
                FieldSpec("values", .list(.record([
                    FieldSpec("code", .string, required: true, "The code."),
                    FieldSpec("name", .localizedText, required: true, "What it stands for."),
                ])), item: "value", "The codes."),
                FieldSpec("source", .url, "Where the list is published, when its values are not listed here."),
            ]
        case .informationSystem:
            return [
                FieldSpec("operator", .reference([.organisation]), "Who runs it."),
                FieldSpec("hosting", .reference([.platform]), "The platform it runs on."),
                FieldSpec("holds", .list(.record([
                    FieldSpec("entity", .reference([.dataEntity]), required: true, "The entity held."),
                    FieldSpec("role", .choice(["master", "copy"]), required: true, "Whether this system masters it."),
                ])), item: "hold", "Data it holds."),
                FieldSpec("dependsOn", .list(.reference([.informationSystem, .platform])), "Systems and platforms it needs to run."),
                FieldSpec("standards", .list(.reference([.standard])), "Standards it conforms to."),
                FieldSpec("securityClass", .choice(["public", "internal", "confidential", "secret"]), "Security classification."),
                FieldSpec("baseRegistry", .boolean, "Whether it is a base registry."),
            ]
        case .interface:
            return [
                FieldSpec("provider", .reference([.informationSystem]), required: true, "The system that provides it."),
                FieldSpec("via", .reference([.platform]), "The platform it is published on."),
                FieldSpec("protocol", .choice(["soap", "rest", "graphql", "file", "messaging", "other"]), "Protocol."),
                FieldSpec("version", .string, "Interface version."),
                FieldSpec("standards", .list(.reference([.standard])), "Standards it conforms to."),
                FieldSpec("authentication", .list(.reference([.standard])), "Standards used to authenticate callers."),
                FieldSpec("messages", .list(.record([
                    FieldSpec("name", .string, required: true, "Message name."),
                    FieldSpec("direction", .choice(["request", "response", "event"]), required: true, "Direction."),
                    FieldSpec("schema", .path(extensions: ["xsd", "json"]), "Schema file (.xsd or .json)."),
                    FieldSpec("examples", .list(.path(extensions: ["xml", "json", "yaml", "yml"])), "Example message files."),
                    FieldSpec("carries", .list(.reference([.dataEntity])), "Entities the message carries."),
                    FieldSpec("mapping", .dictionary(.string), "Entity attribute → schema element or property name."),
                ])), item: "message", "Messages exchanged."),
                FieldSpec("sla", .record([
                    FieldSpec("availability", .number, "Availability, percent."),
                    FieldSpec("responseTimeMs", .integer(0...86_400_000), "Response time, milliseconds."),
                ]), "Service level."),
            ]
        case .exchange:
            return [
                FieldSpec("consumer", .reference([.informationSystem]), required: true, "The system that receives the data."),
                FieldSpec("interface", .reference([.interface]), required: true, "The interface it calls."),
                FieldSpec("carries", .list(.reference([.dataEntity])), "Entities exchanged."),
                FieldSpec("agreement", .reference([.agreement]), "The agreement that governs it."),
                FieldSpec("legalBasis", .list(.reference([.legalAct])), "Legal acts that allow it."),
                FieldSpec("frequency", .choice(["realtime", "hourly", "daily", "monthly", "on-demand"]), "How often."),
                FieldSpec("purpose", .localizedText, "Why the data is exchanged."),
            ]
        case .standard:
            return [
                FieldSpec("category", .choice(["technical", "semantic", "organisational", "legal", "security"]), "What it standardises."),
                FieldSpec("status", .choice(["mandatory", "recommended", "emerging", "deprecated", "retired"]), "Its status in the national catalogue."),
                FieldSpec("version", .string, "Version."),
                FieldSpec("publisher", .string, "Who publishes it."),
                FieldSpec("url", .url, "Where it is published."),
                FieldSpec("supersededBy", .reference([.standard]), "The standard that replaces it."),
            ]
        case .platform:
            return [
                FieldSpec("operator", .reference([.organisation]), "Who runs it."),
                FieldSpec("type", .choice(["interoperability-platform", "cloud", "datacenter", "pki", "identity", "network", "other"]), "What sort of platform."),
            ]
        case .project:
            return [
                FieldSpec("status", .choice(["proposed", "active", "completed", "cancelled"]), "Project status."),
                FieldSpec("start", .date, "Start date."),
                FieldSpec("end", .date, "End date."),
                FieldSpec("funding", .list(.record([
                    FieldSpec("source", .choice(["state-budget", "donor", "loan", "private"]), required: true, "Kind of funding."),
                    FieldSpec("funder", .reference([.organisation]), "Who funds it."),
                    FieldSpec("amount", .number, "Amount."),
                    FieldSpec("currency", .string, "ISO 4217 currency code."),
                ])), item: "fund", "Where the money comes from."),
                FieldSpec("delivers", .list(.reference([.informationSystem, .publicService, .interface, .platform])), "What it delivers."),
            ]
        }
    }

    private static let fieldTable = KindTable { commonFields + kindFields($0) }
    private static let fieldPlaces = KindTable { kind in
        Dictionary(uniqueKeysWithValues: fieldTable[kind].enumerated().map { ($0.element.name, $0.offset) })
    }

    /// All fields of a kind, common ones first.
    public static func fields(of kind: Kind) -> [FieldSpec] { fieldTable[kind] }

    /// The field of a kind with this name.
    public static func field(_ name: String, of kind: Kind) -> FieldSpec? { fieldPlaces[kind][name].map { fieldTable[kind][$0] } }
}
