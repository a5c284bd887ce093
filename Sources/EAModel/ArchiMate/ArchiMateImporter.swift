/// Turns an ArchiMate exchange model into eaf elements.
///
/// Files that eaf exported come back exactly: `eaf:kind` says which kind an element is,
/// `eaf:<field>` properties give the fields, `eaf:field` on a relationship says which
/// reference it was drawn from, and an Exchange's Flow becomes the Exchange again.
/// Models made in other tools are mapped as far as ArchiMate's meaning allows: element
/// types to kinds (BusinessActor → Organisation, ApplicationComponent →
/// InformationSystem, …), relationships to the reference fields whose natural
/// relationship they are (an Assignment from a BusinessActor is an `owner`, a Serving
/// from an ApplicationComponent to a BusinessProcess is `supportedBy`, …), other
/// properties to `properties`. Everything else is listed in the report, never dropped
/// silently.
public struct ArchiMateImporter: Sendable {
    public init() {}

    /// What an import gives: the elements, and the report of what became what.
    public struct Result: Sendable {
        public var modelName: String?
        /// The languages the exported repository required names in (`eaf:languages`).
        public var languages: [String]
        /// Sorted by kind, then id.
        public var elements: [Element]
        public var report: ImportReport
    }

    /// ArchiMate element types with an eaf kind, for models that do not say `eaf:kind`.
    public static let kinds: [String: Kind] = [
        "BusinessActor": .organisation, "BusinessService": .publicService, "BusinessProcess": .businessProcess,
        "Contract": .agreement, "Requirement": .legalAct, "DataObject": .dataEntity,
        "ApplicationComponent": .informationSystem, "ApplicationInterface": .interface,
        "Node": .platform, "SystemSoftware": .platform, "WorkPackage": .project,
    ]

    /// A relationship in a model from another tool that means an eaf reference field.
    struct ReverseRule {
        var types: Set<ArchiMateRelationshipType>
        var source: Set<Kind>?
        var target: Set<Kind>?
        /// Whether the field belongs to the relationship's source (else to its target).
        var holderIsSource: Bool
        var field: String
    }

    static let reverseRules: [ReverseRule] = [
        ReverseRule(types: [.assignment], source: [.organisation], target: nil, holderIsSource: false, field: "owner"),
        ReverseRule(types: [.aggregation, .composition], source: [.organisation], target: [.organisation], holderIsSource: false, field: "parent"),
        ReverseRule(types: [.realization], source: [.businessProcess], target: [.publicService], holderIsSource: false, field: "realizedBy"),
        ReverseRule(types: [.realization], source: nil, target: [.legalAct], holderIsSource: true, field: "legalBasis"),
        ReverseRule(types: [.serving], source: [.informationSystem], target: [.businessProcess], holderIsSource: false, field: "supportedBy"),
        ReverseRule(types: [.access], source: [.businessProcess], target: [.dataEntity], holderIsSource: true, field: "uses"),
        ReverseRule(types: [.access], source: [.informationSystem], target: [.dataEntity], holderIsSource: true, field: "holds"),
        ReverseRule(types: [.association], source: [.agreement], target: [.organisation], holderIsSource: true, field: "parties"),
        ReverseRule(types: [.association], source: [.organisation], target: [.agreement], holderIsSource: false, field: "parties"),
        ReverseRule(types: [.realization], source: [.platform], target: [.informationSystem], holderIsSource: false, field: "hosting"),
        ReverseRule(types: [.serving], source: [.informationSystem, .platform], target: [.informationSystem], holderIsSource: false, field: "dependsOn"),
        ReverseRule(types: [.composition, .aggregation, .assignment], source: [.informationSystem], target: [.interface], holderIsSource: false, field: "provider"),
        ReverseRule(types: [.serving], source: [.platform], target: [.interface], holderIsSource: false, field: "via"),
        ReverseRule(types: [.realization], source: [.project], target: nil, holderIsSource: true, field: "delivers"),
    ]

    /// An element being assembled: where it came from and the fields gathered so far.
    struct Draft {
        var concept: ArchiMateDocument.Concept
        var kind: Kind
        var id: String
        /// References gathered from relationships, by field, in file order.
        var references: [String: [String]] = [:]
        /// `holds` items gathered from Access relationships of other tools' models.
        var holds: [(entity: String, role: String)] = []
    }

    public func read(_ bytes: [UInt8], file: String) throws(ArchiMateDocument.ReadError) -> Result {
        let document = try ArchiMateDocument.read(bytes, file: file)
        var report = ImportReport(file: file)
        report.views = document.views

        // Elements: a kind for each, and an eaf id unique in the import.
        var drafts: [Draft] = []
        var byIdentifier: [String: Int] = [:]
        var usedIDs = Set<String>()
        func uniqueID(for concept: ArchiMateDocument.Concept) -> String {
            // eaf's own files carry `eaf:kind`; only their `id-` prefix is eaf's to remove.
            let exported = concept.property(ArchiMateFieldCarrier.kindProperty) != nil
            let derived = ArchiMateIdentifier.eafID(from: concept.identifier, strippingPrefix: exported)
            var base = derived ?? "element-\(drafts.count + 1)"
            if base.count > 120 { base = String(base.prefix(120)).trimmingCharacters(in: ".-") }
            var id = base
            var counter = 2
            while usedIDs.contains(id) {
                id = "\(base)-\(counter)"
                counter += 1
            }
            if id != base || derived == nil {
                report.notes.append("\(concept.type) '\(concept.identifier)' became '\(id)' (its identifier gives no unique eaf id)")
            }
            usedIDs.insert(id)
            return id
        }
        for concept in document.elements {
            report.countElement(concept.type)
            guard let kind = kind(of: concept, report: &report) else {
                report.unmapElement(concept, reason: "no eaf kind for \(concept.type)")
                continue
            }
            byIdentifier[concept.identifier] = drafts.count
            drafts.append(Draft(concept: concept, kind: kind, id: uniqueID(for: concept)))
            report.mapElement(concept.type, to: kind)
        }

        // Exchanges come back from the Flows they were exported as.
        var exchanges = Set<String>()
        for concept in document.relationships where concept.property(ArchiMateFieldCarrier.kindProperty)?.first?.text == Kind.exchange.rawValue {
            byIdentifier[concept.identifier] = drafts.count
            drafts.append(Draft(concept: concept, kind: .exchange, id: uniqueID(for: concept)))
            exchanges.insert(concept.identifier)
        }

        // Relationships: each becomes a field of one end, or is listed as unmapped.
        for concept in document.relationships {
            report.countRelationship(concept.type)
            if exchanges.contains(concept.identifier) {
                report.mapRelationship(concept.type, as: .element)
                continue
            }
            mapRelationship(concept, drafts: &drafts, byIdentifier: byIdentifier, report: &report)
        }

        // Fields, then the decoder, so imported elements obey the metamodel as read files do.
        var elements: [Element] = []
        let idOf = Dictionary(uniqueKeysWithValues: byIdentifier.map { ($0.key, drafts[$0.value].id) })
        for draft in drafts {
            let root = node(for: draft, idOf: idOf, report: &report)
            let isReference = draft.concept.property(ArchiMateFieldCarrier.referenceProperty)?.first?.text == "true"
            let decoded = ElementDecoder(file: file, isReference: isReference).decode(ParsedDocument(root: root, impliedKind: draft.kind))
            for issue in decoded.issues {
                report.notes.append("\(draft.kind.rawValue) '\(draft.id)' (line \(draft.concept.line)): \(issue.message)")
            }
            if let element = decoded.element {
                elements.append(element)
                if !element.paths.isEmpty {
                    report.notes.append("\(element.kind.rawValue) '\(element.id)' names files (\(element.paths.map(\.text).joined(separator: ", "))) relative to the model file it was exported from; copy the message files into the repository and check the paths")
                }
            }
        }
        elements.sort { ($0.kind.rawValue, $0.id) < ($1.kind.rawValue, $1.id) }
        var languages: [String] = []
        if let written = document.properties.first(where: { $0.name == ArchiMateFieldCarrier.languagesProperty })?.values.first?.text,
           case .sequence(let items)? = YAMLReader().read(Array(written.utf8), file: "eaf:languages").documents.first?.content {
            languages = items.compactMap(\.scalar).filter(ElementDecoder.isLanguageCode)
        }
        return Result(modelName: document.names.first?.text, languages: languages, elements: elements, report: report)
    }

    /// The kind an element becomes: the one `eaf:kind` names when it fits the ArchiMate
    /// type, else the one the type maps to.
    func kind(of concept: ArchiMateDocument.Concept, report: inout ImportReport) -> Kind? {
        let mapped = Self.kinds[concept.type]
        if let written = concept.property(ArchiMateFieldCarrier.kindProperty)?.first?.text {
            if let kind = Kind(rawValue: written), kind.archimateType == concept.type || (kind == .platform && concept.type == "SystemSoftware") {
                return kind
            }
            report.notes.append("\(concept.type) '\(concept.identifier)' says eaf:kind \(written), which is not exchanged as \(concept.type); read as \(mapped?.rawValue ?? "nothing")")
        }
        return mapped
    }

    /// Finds the field a relationship stands for and records the reference in its holder.
    func mapRelationship(_ concept: ArchiMateDocument.Concept, drafts: inout [Draft], byIdentifier: [String: Int], report: inout ImportReport) {
        let source = concept.source.flatMap { byIdentifier[$0] }
        let target = concept.target.flatMap { byIdentifier[$0] }
        func unmapped(_ reason: String) { report.unmapRelationship(concept, reason: reason) }

        // Drawn by eaf from a field: the field says which end holds it.
        if let path = concept.property(ArchiMateFieldCarrier.fieldProperty)?.first?.text {
            let field = String(path.prefix { $0 != "[" && $0 != "." })
            let reversed = ArchiMateRelationMapping.isReversed(field: field)
            guard let holder = reversed ? target : source else {
                unmapped("drawn from '\(path)' of \(reversed ? "its target" : "its source"), which is not imported")
                return
            }
            let kind = drafts[holder].kind
            guard let spec = Metamodel.field(field, of: kind) else {
                unmapped("drawn from '\(path)', which \(kind.rawValue) does not have")
                return
            }
            guard ArchiMateFieldCarrier.isCarriedByRelationships(kind, spec) else {
                // The field travels whole in a property; the relationship only draws it.
                if drafts[holder].concept.property(ArchiMateFieldCarrier.propertyName(field)) != nil {
                    report.mapRelationship(concept.type, as: .field)
                } else {
                    unmapped("drawn from '\(path)', but \(drafts[holder].id) has no eaf:\(field) property to read it from")
                }
                return
            }
            guard let other = reversed ? source : target else {
                unmapped("names an element that is not imported")
                return
            }
            record(field: field, spec: spec, holder: holder, other: drafts[other], concept: concept, drafts: &drafts, report: &report)
            return
        }

        guard let type = ArchiMateRelationshipType(rawValue: concept.type) else {
            unmapped("not an ArchiMate relationship type")
            return
        }
        guard let source, let target else {
            let ends = [source == nil ? "source \(concept.source ?? "?")" : nil, target == nil ? "target \(concept.target ?? "?")" : nil].compactMap { $0 }
            unmapped("its \(ends.joined(separator: " and ")) \(ends.count == 1 ? "is" : "are") not imported (no eaf kind)")
            return
        }
        if type == .flow {
            unmapped("eaf records data flows as Exchanges, which call an Interface; add the Interface and an Exchange by hand")
            return
        }
        let sourceKind = drafts[source].kind, targetKind = drafts[target].kind
        for rule in Self.reverseRules where rule.types.contains(type)
            && (rule.source?.contains(sourceKind) ?? true) && (rule.target?.contains(targetKind) ?? true) {
            let (holder, other) = rule.holderIsSource ? (source, target) : (target, source)
            guard let spec = Metamodel.field(rule.field, of: drafts[holder].kind) else { continue }
            if rule.field == "holds" {
                let role = ["Write", "ReadWrite"].contains(concept.accessType ?? "") ? "master" : "copy"
                drafts[holder].holds.append((drafts[other].id, role))
                report.mapRelationship(concept.type, as: .field)
                return
            }
            guard spec.type.referencedKinds?.contains(drafts[other].kind) == true else { continue }
            record(field: rule.field, spec: spec, holder: holder, other: drafts[other], concept: concept, drafts: &drafts, report: &report)
            return
        }
        unmapped("no eaf field means \(type.rawValue) from \(drafts[source].concept.type) to \(drafts[target].concept.type)")
    }

    /// Adds a reference to a field of the holder; a single field keeps its first value.
    func record(field: String, spec: FieldSpec, holder: Int, other: Draft, concept: ArchiMateDocument.Concept,
                drafts: inout [Draft], report: inout ImportReport) {
        if case .list = spec.type {
            drafts[holder].references[field, default: []].append(other.id)
        } else if let existing = drafts[holder].references[field]?.first {
            report.unmapRelationship(concept, reason: "\(drafts[holder].id) already has \(field) '\(existing)'; '\(other.id)' is not recorded")
            return
        } else {
            drafts[holder].references[field] = [other.id]
        }
        report.mapRelationship(concept.type, as: .field)
    }

    // MARK: Building the document

    /// The element as a document tree for the decoder, fields in metamodel order.
    func node(for draft: Draft, idOf: [String: String], report: inout ImportReport) -> Node {
        let at = TextPosition(line: max(1, draft.concept.line), column: 1)
        func scalar(_ text: String) -> Node { Node(.scalar(text, quoted: true), at: at) }
        func key(_ name: String) -> Node { scalar(name) }
        func text(_ strings: [ArchiMateDocument.LangString]) -> Node? {
            let tagged = strings.filter { $0.language != nil }
            if tagged.isEmpty { return strings.first.map { scalar($0.text) } }
            var seen = Set<String>()
            var entries: [MappingEntry] = []
            for string in tagged {
                let language = Self.normalisedLanguage(string.language!)
                guard seen.insert(language).inserted else { continue }
                entries.append(MappingEntry(key: key(language), value: scalar(string.text)))
            }
            return Node(.mapping(entries), at: at)
        }

        var entries: [MappingEntry] = [MappingEntry(key: key("id"), value: scalar(draft.id))]
        let concept = draft.concept
        let eafProperties = Dictionary(concept.properties.compactMap { property in
            ArchiMateFieldCarrier.field(ofProperty: property.name).map { ($0, property.values) }
        }, uniquingKeysWith: { first, _ in first })
        for spec in Metamodel.fields(of: draft.kind) where spec.name != "id" && spec.name != "kind" {
            var value: Node?
            switch spec.name {
            case "name":
                value = text(concept.names) ?? scalar(draft.id)
            case "description":
                value = text(concept.documentation)
            case "properties":
                let free = concept.properties.filter { property in
                    guard let field = ArchiMateFieldCarrier.field(ofProperty: property.name) else { return true }
                    return !ArchiMateFieldCarrier.markers.contains(property.name) && Metamodel.field(field, of: draft.kind) == nil
                }
                if let written = eafProperties["properties"] {
                    value = parsed(written, spec: spec, draft: draft, report: &report)
                } else if !free.isEmpty {
                    var seen = Set<String>()
                    value = Node(.mapping(free.compactMap { property in
                        guard seen.insert(property.name).inserted else { return nil }
                        return MappingEntry(key: key(property.name), value: scalar(property.values.first?.text ?? ""))
                    }), at: at)
                }
            default:
                if ArchiMateFieldCarrier.isCarriedByRelationships(draft.kind, spec) {
                    guard let ids = draft.references[spec.name] else { break }
                    if case .list = spec.type {
                        value = Node(.sequence(ids.map(scalar)), at: at)
                    } else {
                        value = ids.first.map(scalar)
                    }
                } else if let written = eafProperties[spec.name] {
                    value = parsed(written, spec: spec, draft: draft, report: &report)
                } else if draft.kind == .exchange, spec.name == "consumer", let target = concept.target.flatMap({ idOf[$0] }) {
                    value = scalar(target)  // the Flow's target, when the property is gone
                } else if spec.name == "holds", !draft.holds.isEmpty {
                    value = Node(.sequence(draft.holds.map { hold in
                        Node(.mapping([MappingEntry(key: key("entity"), value: scalar(hold.entity)),
                                       MappingEntry(key: key("role"), value: scalar(hold.role))]), at: at)
                    }), at: at)
                }
            }
            if let value { entries.append(MappingEntry(key: key(spec.name), value: value)) }
        }
        return Node(.mapping(entries), at: at)
    }

    /// A field's property values as a node: localized text per language, JSON for lists,
    /// records and maps (JSON is YAML, so the YAML reader reads it), else the text.
    func parsed(_ values: [ArchiMateDocument.LangString], spec: FieldSpec, draft: Draft, report: inout ImportReport) -> Node? {
        let at = TextPosition(line: max(1, draft.concept.line), column: 1)
        switch spec.type {
        case .localizedText:
            let tagged = values.filter { $0.language != nil }
            if tagged.isEmpty { return values.first.map { Node(.scalar($0.text, quoted: true), at: at) } }
            return Node(.mapping(tagged.map { MappingEntry(key: Node(.scalar(Self.normalisedLanguage($0.language!), quoted: true), at: at),
                                                            value: Node(.scalar($0.text, quoted: true), at: at)) }), at: at)
        case .list, .record, .dictionary:
            let text = values.first?.text ?? ""
            let read = YAMLReader().read(Array(text.utf8), file: "eaf:\(spec.name)")
            guard read.issues.isEmpty, let root = read.documents.first else {
                report.notes.append("\(draft.kind.rawValue) '\(draft.id)': property eaf:\(spec.name) is not readable JSON (\(read.issues.first?.message ?? "empty")); left out")
                return nil
            }
            return Self.relocated(root, to: at)
        default:
            return values.first.map { Node(.scalar($0.text, quoted: true), at: at) }
        }
    }

    /// A parsed property value placed at the element's line, so messages point at it.
    static func relocated(_ node: Node, to position: TextPosition) -> Node {
        switch node.content {
        case .scalar: return Node(node.content, at: position)
        case .sequence(let items): return Node(.sequence(items.map { relocated($0, to: position) }), at: position)
        case .mapping(let entries):
            return Node(.mapping(entries.map { MappingEntry(key: relocated($0.key, to: position), value: relocated($0.value, to: position)) }), at: position)
        }
    }

    /// `EN-gb` → `en-gb`: eaf's language codes start with a lower-case subtag.
    static func normalisedLanguage(_ code: String) -> String {
        guard let dash = code.firstIndex(of: "-") else { return code.lowercased() }
        return code[..<dash].lowercased() + code[dash...]
    }
}
