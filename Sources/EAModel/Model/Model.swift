/// The model graph: every element indexed by id and kind, every reference indexed in
/// both directions, and the derived relations (data flows) that rules and renderers read.
/// It is computed once per run; no rule walks raw files.
public struct Model: Sendable {
    /// All elements in source order (file, line, column), including duplicates.
    public let elements: [Element]
    /// The element each id names (the first in source order when an id is repeated).
    public let byID: [String: Element]
    /// Ids written more than once, with every element that uses them, in source order.
    public let duplicates: [String: [Element]]
    /// Every reference in the model, in source order.
    public let references: [ModelReference]
    private let outgoingIndex: [String: [Int]]
    private let incomingIndex: [String: [Int]]
    private let kindIndex: [Kind: [Int]]

    /// The model of these elements; its look-ups and indexes are built on up to `threads` threads.
    public init(elements unsorted: [Element], threads: Int = System.activeProcessorCount) {
        // The loader hands elements over in file order already; check before sorting.
        var inOrder = true
        for index in unsorted.indices.dropFirst() where unsorted[index].location < unsorted[index - 1].location {
            inOrder = false
            break
        }
        let elements = inOrder ? unsorted : unsorted.sorted { $0.location < $1.location }
        self.elements = elements
        // The look-ups by id and kind come first: each reference keeps the elements its
        // ids name, so that rules do not look them up again. Each stretch of elements then
        // gives its references alone; the stretches are built side by side and joined in order.
        let (byID, duplicates, kindIndex) = Self.lookups(elements)
        self.byID = byID
        self.duplicates = duplicates
        self.kindIndex = kindIndex
        let stretch = 4_096
        let stretches = (elements.count + stretch - 1) / stretch
        let references = Parallel.map(stretches, threads: threads) { part in
            Self.references(elements[part * stretch..<min(elements.count, (part + 1) * stretch)], byID: byID)
        }.flatMap { $0 }
        self.references = references
        // Which references leave and which enter each element: two indexes, built side by side.
        let indexes = Parallel.map(2, threads: threads) { direction -> [String: [Int]] in
            var index: [String: [Int]] = [:]
            for (position, reference) in references.enumerated() {
                index[direction == 0 ? reference.source : reference.target, default: []].append(position)
            }
            return index
        }
        outgoingIndex = indexes[0]
        incomingIndex = indexes[1]
    }

    /// Each kind's fields that are, or can contain, references: only these are walked,
    /// since naming the others' items would cost a string each.
    private static let referenceFields = Metamodel.fieldsByKind(where: \.isReference)

    private static func lookups(_ elements: [Element])
        -> (byID: [String: Element], duplicates: [String: [Element]], kindIndex: [Kind: [Int]]) {
        var byID: [String: Element] = [:]
        byID.reserveCapacity(elements.count)
        var duplicates: [String: [Element]] = [:]
        var kindIndex: [Kind: [Int]] = [:]
        for (index, element) in elements.enumerated() {
            if let first = byID[element.id] {
                duplicates[element.id, default: [first]].append(element)
            } else {
                byID[element.id] = element
            }
            kindIndex[element.kind, default: []].append(index)
        }
        return (byID, duplicates, kindIndex)
    }

    /// The references written in these elements, each with the elements its ids name.
    private static func references(_ elements: ArraySlice<Element>, byID: [String: Element]) -> [ModelReference] {
        var references: [ModelReference] = []
        for element in elements {
            let source = Source(id: element.id, element: byID[element.id], byID: byID)
            for spec in referenceFields[element.kind] ?? [] {
                guard let field = element.fields[spec.name] else { continue }
                collect(field, type: spec.type, source: source, top: spec.name, path: spec.name, leaf: spec.name, into: &references)
            }
        }
        return references
    }

    /// The element whose fields are being walked, and where to look targets up.
    private struct Source {
        let id: String
        let element: Element?
        let byID: [String: Element]
    }

    private static func collect(_ field: Field, type: FieldType, source: Source, top: String, path: String, leaf: String,
                                into references: inout [ModelReference]) {
        switch (type, field.value) {
        case (.reference(let kinds), .reference(let id)), (.referenceOrURI(let kinds), .reference(let id)):
            references.append(ModelReference(source: source.id, field: top, path: path, leafField: leaf, target: id,
                                             accepted: kinds, location: field.location,
                                             sourceElement: source.element, targetElement: source.byID[id]))
        case (.list(let itemType), .list(let items)) where itemType.canHoldReference:
            for (index, item) in items.enumerated() {
                collect(item, type: itemType, source: source, top: top, path: "\(path)[\(index)]", leaf: leaf, into: &references)
            }
        case (.record(let specs), .record(let record)):
            for spec in specs where spec.type.canHoldReference {
                guard let inner = record.fields[spec.name] else { continue }
                collect(inner, type: spec.type, source: source, top: top, path: "\(path).\(spec.name)", leaf: spec.name, into: &references)
            }
        default:
            break
        }
    }

    public subscript(id: String) -> Element? { byID[id] }

    /// Elements of a kind, in source order (duplicates included).
    public func elements(of kind: Kind) -> [Element] {
        (kindIndex[kind] ?? []).map { elements[$0] }
    }

    /// References written in element `id`, in source order.
    public func outgoing(from id: String) -> [ModelReference] {
        (outgoingIndex[id] ?? []).map { references[$0] }
    }

    /// References that name `id`, in source order.
    public func incoming(to id: String) -> [ModelReference] {
        (incomingIndex[id] ?? []).map { references[$0] }
    }

    /// Elements that name `id` in field `field` (a top-level field name), by id: messages
    /// that list them then read the same when files are renamed or moved.
    public func referrers(to id: String, through field: String) -> [Element] {
        var seen = Set<String>()
        return incoming(to: id).filter { $0.field == field }.compactMap { reference in
            guard seen.insert(reference.source).inserted else { return nil }
            return reference.sourceElement
        }.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    }

    /// The element a reference field of `element` names, if it exists.
    public func resolve(_ reference: Reference?) -> Element? {
        reference.flatMap { byID[$0.id] }
    }

    /// The data flows the Exchanges describe: provider system → consumer system.
    public var dataFlows: [DataFlow] {
        elements(of: .exchange).compactMap { exchange in
            guard let interface = resolve(exchange.reference("interface")), interface.kind == .interface,
                  let provider = resolve(interface.reference("provider")),
                  let consumer = resolve(exchange.reference("consumer")) else { return nil }
            return DataFlow(exchange: exchange.id, interface: interface.id, provider: provider.id, consumer: consumer.id,
                            entities: exchange.references("carries").map(\.id), platform: interface.reference("via")?.id)
        }
    }
}

/// Data moving from a provider system to a consumer system through an Exchange.
public struct DataFlow: Sendable, Hashable {
    public var exchange: String
    public var interface: String
    public var provider: String
    public var consumer: String
    public var entities: [String]
    public var platform: String?
}

extension FieldType {
    var isReference: Bool {
        switch self {
        case .reference, .referenceOrURI: true
        default: false
        }
    }

    /// Whether a value of this type is, or can contain, a reference to an element.
    var canHoldReference: Bool { contains(where: \.isReference) }
}
