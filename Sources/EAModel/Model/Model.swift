/// The model graph: every element indexed by id and kind, every reference indexed in
/// both directions, and the derived relations (data flows) that rules and renderers read.
/// It is computed once per run; no rule walks raw files.
public struct Model: Sendable {
    /// All elements in source order (file, line, column), including duplicates.
    public let elements: [Element]
    /// The element each id names (the first in source order when an id is repeated),
    /// made at each use: `model[id]` and `ids` read the look-up without building it.
    public var byID: [String: Element] {
        Dictionary(uniqueKeysWithValues: zip(placeByID.ids, placeByID.places.lazy.map { elements[$0] }))
    }
    /// Every id the model's elements use, once each, in source order.
    public var ids: [String] { placeByID.ids }
    /// Ids written more than once, with every element that uses them, in source order.
    public let duplicates: [String: [Element]]
    /// Every reference in the model, in source order.
    public let references: [ModelReference]
    /// Each kind's elements in source order, and the same without reference material.
    /// Made once: rules ask for them dozens of times a run, and a list made at each
    /// request counted a reference to every element it held, spread over memory.
    private let byKind: [Kind: [Element]]
    private let reportedByKind: [Kind: [Element]]
    /// Each id's place in `elements` (the first place of an id written more than once),
    /// and every place of the ids written more than once.
    private let placeByID: IDTable
    private let duplicatePlaces: [String: [Int]]
    /// The references written in `elements[i]` are `references[outgoingStarts[i]..<outgoingStarts[i + 1]]`:
    /// an element's references are collected together, in order.
    private let outgoingStarts: [Int]
    /// The places in `references` of the references naming the element at place `i` (the
    /// first of its id) are `incomingPlaces[incomingStarts[i]..<incomingStarts[i + 1]]`;
    /// those naming an id no element has are kept by that id. Integer arrays, not a
    /// dictionary of arrays by id: that cost a hash and an allocation a key, and grew
    /// faster than the model (×15 from 10,000 to 100,000 elements).
    private let incomingStarts: [Int]
    private let incomingPlaces: [Int]
    private let danglingIncoming: [String: [Int]]
    /// The places in `references` of those that name no element, and of those whose target
    /// is of a kind their field does not accept, in source order. Found while the model is
    /// built, with each target at hand: two rules asked every reference once more, each
    /// reference and target read again from wherever it lies in memory.
    private let danglingPlaces: [Int]
    private let misdirectedPlaces: [Int]

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
        let lookups = Self.lookups(elements, threads: threads)
        duplicates = lookups.duplicates
        byKind = lookups.byKind
        reportedByKind = lookups.reportedByKind
        placeByID = lookups.placeByID
        duplicatePlaces = lookups.duplicatePlaces
        // At most 4,096 elements a stretch and at least eight stretches a thread, so that
        // the threads finish together: five stretches of 4,096 at 20,000 elements left one
        // of two threads three of them.
        let stretch = max(256, min(4_096, (elements.count + threads * 8 - 1) / max(1, threads * 8)))
        let stretches = (elements.count + stretch - 1) / stretch
        var parts = Parallel.map(stretches, threads: threads) { part in
            Self.references(elements[part * stretch..<min(elements.count, (part + 1) * stretch)], places: lookups.placeByID,
                            elements: elements)
        }
        var targets: [Int] = []
        var outgoingStarts = [0]
        var misdirected: [Int] = []
        let total = parts.reduce(0) { $0 + $1.references.count }
        targets.reserveCapacity(total)
        outgoingStarts.reserveCapacity(elements.count + 1)
        for part in parts {
            for count in part.counts { outgoingStarts.append(outgoingStarts[outgoingStarts.count - 1] + count) }
            misdirected += part.misdirected.map { targets.count + $0 }
            targets += part.targets
        }
        misdirectedPlaces = misdirected
        // Moved, not copied: a hundred thousand references at 20,000 elements.
        let placeholder = ModelReference(site: 0, path: "", target: "", location: SourceLocation(file: "", line: 0, column: 0),
                                         sourceElement: Element(id: "", kind: .organisation, name: .plain(""),
                                                                location: SourceLocation(file: "", line: 0, column: 0), fields: [:]),
                                         targetElement: nil)
        self.references = Parallel.joined(&parts, \.references, placeholder: placeholder)
        self.outgoingStarts = outgoingStarts
        // The references naming each element, grouped by a counting sort on its place.
        var starts = [Int](repeating: 0, count: elements.count + 1)
        var dangling: [String: [Int]] = [:]
        var danglingPlaces: [Int] = []
        for (position, target) in targets.enumerated() {
            if target >= 0 {
                starts[target + 1] += 1
            } else {
                dangling[references[position].target, default: []].append(position)
                danglingPlaces.append(position)
            }
        }
        self.danglingPlaces = danglingPlaces
        for place in elements.indices { starts[place + 1] += starts[place] }
        var next = starts
        var places = [Int](repeating: 0, count: starts[elements.count])
        for (position, target) in targets.enumerated() where target >= 0 {
            places[next[target]] = position
            next[target] += 1
        }
        incomingStarts = starts
        incomingPlaces = places
        danglingIncoming = dangling
    }

    /// The look-ups by id and by kind, side by side on two threads when there are two:
    /// the references wait for the ids, and the whole model for both.
    private static func lookups(_ elements: [Element], threads: Int)
        -> (duplicates: [String: [Element]], byKind: [Kind: [Element]], reportedByKind: [Kind: [Element]],
            placeByID: IDTable, duplicatePlaces: [String: [Int]]) {
        let (ids, kinds) = Parallel.pair(threads: threads, { idLookups(elements) }, { kindLookups(elements) })
        return (ids.duplicates, kinds.byKind, kinds.reportedByKind, ids.placeByID, ids.duplicatePlaces)
    }

    private static func idLookups(_ elements: [Element])
        -> (duplicates: [String: [Element]], placeByID: IDTable, duplicatePlaces: [String: [Int]]) {
        var placeByID = IDTable(minimumCapacity: elements.count)
        var duplicates: [String: [Element]] = [:]
        var duplicatePlaces: [String: [Int]] = [:]
        for place in elements.indices {
            // One look-up an element; a repeated id keeps its first place.
            if let first = placeByID.insert(elements[place].id, place: place) {
                duplicates[elements[place].id, default: [elements[first]]].append(elements[place])
                duplicatePlaces[elements[place].id, default: [first]].append(place)
            }
        }
        return (duplicates, placeByID, duplicatePlaces)
    }

    private static func kindLookups(_ elements: [Element]) -> (byKind: [Kind: [Element]], reportedByKind: [Kind: [Element]]) {
        var byKind: [Kind: [Element]] = [:]
        var referenceKinds = Set<Kind>()
        for element in elements {
            byKind[element.kind, default: []].append(element)
            if element.isReference { referenceKinds.insert(element.kind) }
        }
        // Most kinds hold no reference material: their two lists are one.
        var reportedByKind = byKind
        for kind in referenceKinds { reportedByKind[kind]?.removeAll { $0.isReference } }
        return (byKind, reportedByKind)
    }

    /// What a stretch of elements writes: its references, each with the elements its ids
    /// name; how many each element writes; the place of each one's target (-1: no such
    /// element); and the places among them of those whose target's kind their field does not accept.
    private typealias Stretch = (references: [ModelReference], counts: [Int], targets: [Int], misdirected: [Int])

    /// The references written in these elements.
    private static func references(_ stretch: ArraySlice<Element>, places: IDTable, elements: [Element]) -> Stretch {
        guard let first = stretch.first else { return ([], [], [], []) }
        var collector = Collector(places: places, elements: elements, first: first)
        var counts: [Int] = []
        counts.reserveCapacity(stretch.count)
        for element in stretch {
            let before = collector.references.count
            collector.sourceElement = places.place(of: element.id).map { elements[$0] } ?? element
            // Fields are walked in place, through their storage: a field read by subscript
            // is a copy of its value and location, each counted up and down.
            let fields = element.fields
            for member in FieldWalk.references[element.kind] {
                guard let place = fields.place(of: member.name) else { continue }
                fields.values.withUnsafeBufferPointer {
                    collector.collect($0[place], along: member.walk, path: member.name)
                }
            }
            counts.append(collector.references.count - before)
        }
        return (collector.references, counts, collector.targets, collector.misdirected)
    }

    /// Walks one stretch's fields, element by element, and keeps the references found with
    /// their targets' places. One value changed in place: a description of the element
    /// being walked, handed down every call, copied the look-ups it held, some ten counts up
    /// and down an element.
    private struct Collector {
        let places: IDTable
        let elements: [Element]
        /// The element that the id of the element whose fields are walked names (the
        /// first of a repeated id).
        var sourceElement: Element
        var references: [ModelReference] = []
        var targets: [Int] = []
        /// The places in `references` of those whose target's kind their field does not accept.
        var misdirected: [Int] = []
        /// Each reference site's accepted kinds, a bit a kind's place: held here, so that
        /// the threads building stretches do not each count the shared table up and down.
        let acceptedPlaces = FieldWalk.acceptedPlaces

        init(places: IDTable, elements: [Element], first: Element) {
            self.places = places
            self.elements = elements
            sourceElement = first
        }

        /// Collects the references in `field`, walked along `walk`; a value of another
        /// shape (a URI where a reference-or-URI may be) holds none.
        mutating func collect(_ field: borrowing Field, along walk: FieldWalk<Int>, path: String) {
            switch walk {
            case .leaf(let site):
                guard case .reference(let id) = field.value else { return }
                let target = places.place(of: id)
                references.append(ModelReference(site: site, path: path, target: id, location: field.location,
                                                 sourceElement: sourceElement, targetElement: target.map { elements[$0] }))
                targets.append(target ?? -1)
                if let target, acceptedPlaces[site] & 1 << UInt32(elements[target].kind.place) == 0 {
                    misdirected.append(references.count - 1)
                }
            case .list(let item):
                guard case .list(let items) = field.value else { return }
                items.withUnsafeBufferPointer { items in
                    for index in items.indices {
                        collect(items[index], along: item, path: FieldPath.item(path, index))
                    }
                }
            case .record(let members):
                guard case .record(let record) = field.value else { return }
                let fields = record.fields
                fields.values.withUnsafeBufferPointer { values in
                    for member in members {
                        guard let place = fields.place(of: member.name) else { continue }
                        collect(values[place], along: member.walk, path: FieldPath.member(path, member.name))
                    }
                }
            }
        }
    }

    public subscript(id: String) -> Element? { placeByID.place(of: id).map { elements[$0] } }

    /// The references that name an id no element has, in source order.
    public var danglingReferences: [ModelReference] { danglingPlaces.map { references[$0] } }

    /// The references that name an element of a kind their field does not accept, in source order.
    public var misdirectedReferences: [ModelReference] { misdirectedPlaces.map { references[$0] } }

    /// Elements of a kind, in source order (duplicates included); without those read from
    /// reference folders, which are not reported on, when `includingReference` is false.
    public func elements(of kind: Kind, includingReference: Bool = true) -> [Element] {
        (includingReference ? byKind[kind] : reportedByKind[kind]) ?? []
    }

    /// References written in element `id` (in every element of that id), in source order.
    public func outgoing(from id: String) -> [ModelReference] {
        guard let first = placeByID.place(of: id) else { return [] }
        return (duplicatePlaces[id] ?? [first]).flatMap { references[outgoingStarts[$0]..<outgoingStarts[$0 + 1]] }
    }

    /// References that name `id`, in source order.
    public func incoming(to id: String) -> [ModelReference] {
        guard let place = placeByID.place(of: id) else { return (danglingIncoming[id] ?? []).map { references[$0] } }
        return incomingPlaces[incomingStarts[place]..<incomingStarts[place + 1]].map { references[$0] }
    }

    /// Elements that name `id` in field `field` (a top-level field name), by id: messages
    /// that list them then read the same when files are renamed or moved.
    public func referrers(to id: String, through field: String) -> [Element] {
        // Read in place, without the lists `incoming(to:)` builds, and without a set: a
        // source that names the id twice is the same element, next to itself once sorted.
        var found: [Element] = []
        func take(_ reference: ModelReference) {
            if reference.field == field, let source = reference.sourceElement { found.append(source) }
        }
        if let place = placeByID.place(of: id) {
            for position in incomingPlaces[incomingStarts[place]..<incomingStarts[place + 1]] { take(references[position]) }
        } else {
            for position in danglingIncoming[id] ?? [] { take(references[position]) }
        }
        guard found.count > 1 else { return found }
        found.sort { ByteOrder.precedes($0.id, $1.id) }
        var kept = 0
        for index in found.indices where index == 0 || found[index].id != found[kept - 1].id {
            found[kept] = found[index]
            kept += 1
        }
        found.removeLast(found.count - kept)
        return found
    }

    /// The element a reference field of `element` names, if it exists.
    public func resolve(_ reference: Reference?) -> Element? {
        reference.flatMap { self[$0.id] }
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
