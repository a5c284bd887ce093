/// Writes a model in the ArchiMate Model Exchange File Format 3.1, which Archi and other
/// ArchiMate tools open: every element as its ArchiMate type, every Exchange as a Flow
/// between the provider's and the consumer's systems, every reference as a relationship
/// ArchiMate 3.2 allows, eaf's other fields as properties, folders by layer and owner,
/// and one diagram per Organisation.
///
/// The output depends only on the model (everything is sorted), so the same model gives
/// the same bytes. What cannot be exported (a reference to an id that is not in the
/// model, a repeated id) is left out and said in `notes`.
public struct ArchiMateExporter: Sendable {
    public static let namespace = "http://www.opengroup.org/xsd/archimate/3.0/"
    static let schemaLocation = namespace + " http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd"

    /// The model's name in the file (the repository's name).
    public var modelName: String
    /// Languages to list first where names have several (the repository's languages).
    public var languages: [String]

    public init(modelName: String, languages: [String] = []) {
        self.modelName = modelName
        self.languages = languages
    }

    /// A concept as exported, for checks and for the summary the command prints.
    public struct Concept: Sendable, Hashable {
        public var identifier: String
        /// The ArchiMate element type, or `Relationship` for an Exchange's Flow.
        public var type: String
        public var eafID: String
    }

    /// A relationship as exported.
    public struct Relationship: Sendable, Hashable {
        public var identifier: String
        public var type: ArchiMateRelationshipType
        public var source: Concept
        public var target: Concept
        /// The element whose field the relationship was drawn from.
        public var holder: String
        /// The field path (`holds[0].entity`), or nil for an Exchange's Flow.
        public var path: String?
        public var accessType: String?
    }

    /// The exchange file's text, what it holds, and what was left out.
    public struct Result: Sendable {
        public var text: String
        public var elements: [Concept]
        public var relationships: [Relationship]
        public var views: Int
        /// What was left out, and why.
        public var notes: [String]
    }

    /// One property of a concept: its name and its values (one per language, or one).
    struct Property {
        var name: String
        var values: [(language: String?, text: String)]
    }

    public func export(_ model: Model) -> Result {
        var notes: [String] = []

        // One element per id: the first in source order, as the rest of eaf reads it.
        let elements = model.ids.sorted().map { model[$0]! }
        for id in model.duplicates.keys.sorted() {
            let places = model.duplicates[id]!.map { $0.location.description }
            notes.append("id '\(id)' is written \(places.count) times (\(places.joined(separator: ", "))); exported the first")
        }

        var concepts: [String: Concept] = [:]
        for element in elements where element.kind != .exchange {
            concepts[element.id] = Concept(identifier: ArchiMateIdentifier.element(element.id), type: element.kind.archimateType, eafID: element.id)
        }

        // Exchanges become Flows from the provider's system to the consumer.
        var relationships: [Relationship] = []
        var relationshipProperties: [String: [Property]] = [:]
        var relationshipNames: [String: LocalizedText] = [:]
        var relationshipDocumentation: [String: LocalizedText] = [:]
        for exchange in elements where exchange.kind == .exchange {
            let interface = model.resolve(exchange.reference("interface"))
            let provider = interface.flatMap { model.resolve($0.reference("provider")) }
            let consumer = model.resolve(exchange.reference("consumer"))
            guard let provider, let consumer, let source = concepts[provider.id], let target = concepts[consumer.id] else {
                notes.append("Exchange '\(exchange.id)' (\(exchange.location)) is left out: its interface's provider or its consumer is not in the model, so it has no ends to flow between")
                continue
            }
            let flow = Concept(identifier: ArchiMateIdentifier.element(exchange.id), type: "Relationship", eafID: exchange.id)
            guard let type = ArchiMateRelationMapping(.flow).allowedType(from: source.type, to: target.type) else {
                notes.append("Exchange '\(exchange.id)' is left out: ArchiMate allows no relationship from \(source.type) to \(target.type)")
                continue
            }
            concepts[exchange.id] = flow
            relationships.append(Relationship(identifier: flow.identifier, type: type, source: source, target: target,
                                              holder: exchange.id, path: nil, accessType: nil))
            relationshipNames[flow.identifier] = exchange.name
            relationshipDocumentation[flow.identifier] = exchange.description
            relationshipProperties[flow.identifier] = properties(of: exchange)
        }

        // Every reference as a relationship of the type its field maps to.
        for element in elements {
            guard let holder = concepts[element.id] else { continue }
            for reference in element.writtenReferences {
                if element.kind == .exchange && reference.field == "consumer" { continue }  // the Flow's own target
                guard let other = concepts[reference.target] else {
                    notes.append("\(element.id).\(reference.path) names '\(reference.target)', which is not in the model; no relationship drawn (\(reference.location))")
                    continue
                }
                let mapping = ArchiMateRelationMapping.natural(field: reference.field, leaf: reference.leaf, record: reference.record)
                let (source, target) = mapping.reversed ? (other, holder) : (holder, other)
                guard let type = mapping.allowedType(from: source.type, to: target.type) else {
                    notes.append("\(element.id).\(reference.path): ArchiMate allows no relationship from \(source.type) to \(target.type); not drawn")
                    continue
                }
                let identifier = ArchiMateIdentifier.relationship(source: element.id, path: reference.path)
                relationships.append(Relationship(identifier: identifier, type: type, source: source, target: target, holder: element.id,
                                                  path: reference.path, accessType: type == .access ? mapping.accessType : nil))
                relationshipNames[identifier] = .plain(ArchiMateRelationMapping.label(reference.field))
                relationshipProperties[identifier] = [Property(name: ArchiMateFieldCarrier.fieldProperty, values: [(nil, reference.path)])]
            }
        }

        let exported = elements.filter { $0.kind != .exchange }
        var elementProperties: [String: [Property]] = [:]
        for element in exported { elementProperties[element.id] = properties(of: element) }
        let modelProperties = languages.isEmpty ? [] : [Property(name: ArchiMateFieldCarrier.languagesProperty,
                                                                values: [(nil, OrderedJSON.array(languages.map { .string($0) }).inline)])]
        let definitions = propertyDefinitions(Array(elementProperties.values) + Array(relationshipProperties.values) + [modelProperties])

        // Folders: by ArchiMate layer, then by owning Organisation.
        let owners = Dictionary(uniqueKeysWithValues: elements.map { ($0.id, owner(of: $0, in: model)) })
        let views = ArchiMateDiagramLayout(model: model, elements: exported, relationships: relationships, owners: owners)

        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<model xmlns=\"\(Self.namespace)\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        out += "xsi:schemaLocation=\"\(Self.schemaLocation)\" identifier=\"eaf-model\">\n"
        out += "  <name>\(XMLText.text(modelName))</name>\n"
        out += "  <documentation>Exported by eaf from an architecture repository (metamodel \(Metamodel.version)). Elements keep their eaf fields as properties named eaf:…; relationships name the field they were drawn from in eaf:field.</documentation>\n"
        out += propertiesXML(modelProperties, definitions: definitions, indent: "  ")
        if !exported.isEmpty {
            out += "  <elements>\n"
            for element in exported {
                let concept = concepts[element.id]!
                out += "    <element identifier=\"\(concept.identifier)\" xsi:type=\"\(concept.type)\">\n"
                out += names("name", element.name, fallback: element.id, indent: "      ")
                if let description = element.description { out += names("documentation", description, fallback: nil, indent: "      ") }
                out += propertiesXML(elementProperties[element.id] ?? [], definitions: definitions, indent: "      ")
                out += "    </element>\n"
            }
            out += "  </elements>\n"
        }
        if !relationships.isEmpty {
            out += "  <relationships>\n"
            for relationship in relationships {
                var attributes = "identifier=\"\(relationship.identifier)\" source=\"\(relationship.source.identifier)\" target=\"\(relationship.target.identifier)\" xsi:type=\"\(relationship.type.rawValue)\""
                if let access = relationship.accessType { attributes += " accessType=\"\(access)\"" }
                out += "    <relationship \(attributes)>\n"
                if let name = relationshipNames[relationship.identifier] { out += names("name", name, fallback: nil, indent: "      ") }
                if let documentation = relationshipDocumentation[relationship.identifier] {
                    out += names("documentation", documentation, fallback: nil, indent: "      ")
                }
                out += propertiesXML(relationshipProperties[relationship.identifier] ?? [], definitions: definitions, indent: "      ")
                out += "    </relationship>\n"
            }
            out += "  </relationships>\n"
        }
        out += organizations(exported, relationships: relationships, views: views.views, owners: owners, model: model)
        if !definitions.isEmpty {
            out += "  <propertyDefinitions>\n"
            for definition in definitions.values.sorted(by: { $0.identifier < $1.identifier }) {
                out += "    <propertyDefinition identifier=\"\(definition.identifier)\" type=\"\(definition.type)\">\n"
                out += "      <name>\(XMLText.text(definition.name))</name>\n"
                out += "    </propertyDefinition>\n"
            }
            out += "  </propertyDefinitions>\n"
        }
        out += views.xml(names: { self.names("name", $0, fallback: $1, indent: "        ") })
        out += "</model>\n"

        return Result(text: out, elements: exported.map { concepts[$0.id]! }, relationships: relationships,
                      views: views.views.count, notes: notes)
    }

    // MARK: Properties

    /// An element's properties: its kind, every field not carried by relationships, and
    /// its free properties under their own names.
    func properties(of element: Element) -> [Property] {
        var result = [Property(name: ArchiMateFieldCarrier.kindProperty, values: [(nil, element.kind.rawValue)])]
        if element.isReference { result.append(Property(name: ArchiMateFieldCarrier.referenceProperty, values: [(nil, "true")])) }
        for spec in Metamodel.fields(of: element.kind) where !ArchiMateFieldCarrier.identityFields.contains(spec.name) {
            guard let field = element.fields[spec.name], !ArchiMateFieldCarrier.isCarriedByRelationships(element.kind, spec) else { continue }
            if spec.name == "properties", case .dictionary(let entries) = field.value {
                for entry in entries {
                    result.append(Property(name: entry.key, values: [(nil, ArchiMateFieldCarrier.scalarText(entry.value.value))]))
                }
            } else {
                result.append(Property(name: ArchiMateFieldCarrier.propertyName(spec.name), values: ArchiMateFieldCarrier.values(field.value, type: spec.type)))
            }
        }
        return result
    }

    struct Definition {
        var identifier: String
        var name: String
        var type: String
    }

    /// One definition per property name, numbered in name order.
    func propertyDefinitions(_ lists: [[Property]]) -> [String: Definition] {
        let names = Set(lists.flatMap { $0.map(\.name) }).sorted(by: ByteOrder.precedes)
        var result: [String: Definition] = [:]
        for (index, name) in names.enumerated() {
            var type = "string"
            if let field = ArchiMateFieldCarrier.field(ofProperty: name) {
                let types = Set(Kind.allCases.compactMap { Metamodel.field(field, of: $0) }.map { ArchiMateFieldCarrier.dataType($0.type) })
                if types.count == 1 { type = types.first! }
            }
            result[name] = Definition(identifier: "propdef-\(index + 1)", name: name, type: type)
        }
        return result
    }

    func propertiesXML(_ properties: [Property], definitions: [String: Definition], indent: String) -> String {
        guard !properties.isEmpty else { return "" }
        var out = "\(indent)<properties>\n"
        for property in properties {
            out += "\(indent)  <property propertyDefinitionRef=\"\(definitions[property.name]!.identifier)\">\n"
            for value in property.values {
                out += "\(indent)    <value\(language(value.language))>\(XMLText.text(value.text))</value>\n"
            }
            out += "\(indent)  </property>\n"
        }
        return out + "\(indent)</properties>\n"
    }

    // MARK: Names

    private func language(_ code: String?) -> String {
        code.map { " xml:lang=\"\(XMLText.attribute($0))\"" } ?? ""
    }

    /// Text in every language as repeated elements (`<name xml:lang="ky">`), the
    /// repository's languages first; plain text without `xml:lang`.
    func names(_ tag: String, _ text: LocalizedText, fallback: String?, indent: String) -> String {
        var entries = text.entries
        if entries.isEmpty, let fallback { entries = [(nil, fallback)] }
        entries.sort { lhs, rhs in
            let left = lhs.language.flatMap { languages.firstIndex(of: $0) } ?? Int.max
            let right = rhs.language.flatMap { languages.firstIndex(of: $0) } ?? Int.max
            return left != right ? left < right : (lhs.language ?? "") < (rhs.language ?? "")
        }
        return entries.map { "\(indent)<\(tag)\(language($0.language))>\(XMLText.text($0.text))</\(tag)>\n" }.joined()
    }

    // MARK: Folders

    /// The Organisation an element is filed under: its owner, else its operator; an
    /// Organisation is filed under itself.
    func owner(of element: Element, in model: Model) -> String? {
        if element.kind == .organisation { return element.id }
        for field in ["owner", "operator"] {
            if let id = element.reference(field)?.id, model[id]?.kind == .organisation { return id }
        }
        return nil
    }

    /// Archi's top-level folders, by the ArchiMate type they hold.
    static func folder(of type: String) -> String {
        switch type {
        case "BusinessActor", "BusinessService", "BusinessProcess", "Contract": "Business"
        case "ApplicationComponent", "ApplicationInterface", "DataObject": "Application"
        case "Node", "SystemSoftware": "Technology & Physical"
        case "Requirement": "Motivation"
        case "WorkPackage": "Implementation & Migration"
        default: "Other"
        }
    }

    static let folderOrder = ["Business", "Application", "Technology & Physical", "Motivation", "Implementation & Migration", "Other", "Relations", "Views"]

    func organizations(_ elements: [Element], relationships: [Relationship], views: [ArchiMateDiagramLayout.View],
                       owners: [String: String?], model: Model) -> String {
        // Folder → owner (nil: none) → identifiers.
        var folders: [String: [String?: [String]]] = [:]
        for element in elements {
            folders[Self.folder(of: element.kind.archimateType), default: [:]][owners[element.id] ?? nil, default: []].append(ArchiMateIdentifier.element(element.id))
        }
        for relationship in relationships {
            folders["Relations", default: [:]][owners[relationship.holder] ?? nil, default: []].append(relationship.identifier)
        }
        for view in views {
            folders["Views", default: [:]][nil, default: []].append(view.identifier)
        }
        guard !folders.isEmpty else { return "" }
        var out = "  <organizations>\n"
        for folder in Self.folderOrder {
            guard let groups = folders[folder] else { continue }
            out += "    <item>\n      <label xml:lang=\"en\">\(XMLText.text(folder))</label>\n"
            for owner in groups.keys.compactMap({ $0 }).sorted() {
                out += "      <item>\n"
                let name = model[owner]?.name ?? .plain(owner)
                out += names("label", name, fallback: owner, indent: "        ")
                for identifier in groups[owner]! { out += "        <item identifierRef=\"\(identifier)\"/>\n" }
                out += "      </item>\n"
            }
            for identifier in groups[nil] ?? [] { out += "      <item identifierRef=\"\(identifier)\"/>\n" }
            out += "    </item>\n"
        }
        return out + "  </organizations>\n"
    }
}
