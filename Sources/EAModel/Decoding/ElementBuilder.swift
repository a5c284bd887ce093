/// Decodes a YAML model file's elements straight from `BlockYAMLReader`, with no node tree
/// in between: the path of every clean model file.
///
/// It builds only what `ElementDecoder` builds from the same document when that finds no
/// issue, field for field and position for position. At anything `ElementDecoder` would
/// report (an unknown or repeated field, a value of the wrong shape or type, a missing
/// field), and at a field before `kind` other than `id`, it declines, and the loader reads
/// the file again through nodes, so every message stays `ElementDecoder`'s. Building,
/// then freeing, each file's node tree cost a sixth of loading.
struct ElementBuilder: BlockYAMLBuilder {
    let file: SourceFile
    let isReference: Bool

    enum Expectation {
        /// A document: one element.
        case element
        /// The element's `kind`.
        case kind
        /// One language's string of a text.
        case translation
        case value(FieldType)
    }

    enum Value {
        case element(Element)
        case field(Field)
        /// A kind's name or one language's string.
        case text(String)
    }

    struct Mapping {
        enum Shape {
            case element
            case record
            case translations
            case dictionary(FieldType)
        }

        var shape: Shape
        var position: TextPosition
        var fields = Fields()
        /// The fields a record or element may have; an element's once its kind is known.
        var specs: [FieldSpec] = []
        /// Which of `specs` were given, a bit each.
        var given: UInt64 = 0
        /// Where the next key is looked for first among `specs`: after the last one found.
        /// Files mostly list their fields in the metamodel's order (as the documentation,
        /// the examples and the generator do), so the next key is nearly always there,
        /// where a scan from the start compared a dozen names for each key.
        var next = 0
        var kind: Kind?
        /// Where the element's `id` key is: the element's own position.
        var idPosition: TextPosition?
        var translations = Translations()
        var entries: [DictionaryEntry] = []
    }

    struct List {
        var itemType: FieldType
        var position: TextPosition
        var values: [Field] = []
    }

    var document: Expectation { .element }
    /// An element's fields are reserved at the count: the model keeps them all run long.
    static var countsKeys: Bool { true }

    func scalar(_ scalar: consuming BlockYAMLScalar, expecting: Expectation) throws(YAMLDecline) -> Value {
        guard !scalar.isNull else { throw YAMLDecline() }
        switch expecting {
        case .element:
            throw YAMLDecline()
        case .kind, .translation:
            return .text(scalar.text)
        case .value(let type):
            let position = scalar.position
            guard let value = ElementDecoder.value(of: scalar.text, as: type) else { throw YAMLDecline() }
            return .field(Field(value, at: position.in(file)))
        }
    }

    func mapping(at position: TextPosition, expecting: Expectation, keys: Int) throws(YAMLDecline) -> Mapping {
        switch expecting {
        case .element:
            var mapping = Mapping(shape: .element, position: position)
            // Room for every field (the key count less `kind`): the model keeps each
            // element's fields for the whole run, so none is allocated larger than it needs.
            mapping.fields.reserveCapacity(keys > 0 ? keys - 1 : 12)
            return mapping
        case .value(.record(let specs)):
            guard specs.count <= UInt64.bitWidth else { throw YAMLDecline() }
            var fields = Fields()
            fields.reserveCapacity(specs.count)
            // Made whole: a mapping changed after it was made was copied on its way out,
            // a count up and down on each of its arrays, for every record in the model.
            return Mapping(shape: .record, position: position, fields: fields, specs: specs)
        case .value(.localizedText):
            var mapping = Mapping(shape: .translations, position: position)
            mapping.translations.reserveCapacity(3)
            return mapping
        case .value(.dictionary(let valueType)):
            return Mapping(shape: .dictionary(valueType), position: position)
        default:
            throw YAMLDecline()
        }
    }

    func expectation(for key: BlockYAMLScalar, in mapping: inout Mapping) throws(YAMLDecline) -> Expectation {
        switch mapping.shape {
        case .element where mapping.kind == nil:
            // Until the kind names the fields, only `id` and `kind` itself.
            if key.text == "kind" { return .kind }
            guard key.text == "id", mapping.idPosition == nil else { throw YAMLDecline() }
            mapping.idPosition = key.position
            return .value(.identifier)
        case .element, .record:
            guard let place = EAModel.place(of: key.text, in: mapping.next..<mapping.specs.count, { mapping.specs[$0].name })
                    ?? EAModel.place(of: key.text, in: 0..<mapping.next, { mapping.specs[$0].name }) else {
                throw YAMLDecline()
            }
            let bit: UInt64 = 1 << place
            guard mapping.given & bit == 0 else { throw YAMLDecline() }
            mapping.given |= bit
            mapping.next = place + 1
            if case .element = mapping.shape, key.text == "id" { mapping.idPosition = key.position }
            return .value(mapping.specs[place].type)
        case .translations:
            guard ElementDecoder.isLanguageCode(key.text), mapping.translations[key.text] == nil else { throw YAMLDecline() }
            return .translation
        case .dictionary(let valueType):
            guard !mapping.entries.contains(where: { $0.key == key.text }) else { throw YAMLDecline() }
            return .value(valueType)
        }
    }

    func add(_ key: consuming BlockYAMLScalar, _ value: consuming Value, to mapping: inout Mapping) throws(YAMLDecline) {
        // The value first, moved out, then the shape: a switch over the pair copied the
        // value's payload, a count up and down for every field read.
        switch consume value {
        case .field(let field):
            switch mapping.shape {
            case .element, .record: mapping.fields.append(key.text, consume field)
            case .dictionary: mapping.entries.append(DictionaryEntry(key: key.text, value: consume field))
            case .translations: throw YAMLDecline()
            }
        case .text(let text):
            switch mapping.shape {
            case .element:
                // The kind: it names the element's fields, and like XML's is not one of them.
                guard let kind = Kind(rawValue: text) else { throw YAMLDecline() }
                let specs = Metamodel.fields(of: kind)
                guard specs.count <= UInt64.bitWidth, let kindPlace = specs.firstIndex(where: { $0.name == "kind" }) else { throw YAMLDecline() }
                mapping.given = 1 << kindPlace
                mapping.next = kindPlace + 1
                if mapping.idPosition != nil {
                    guard let idPlace = specs.firstIndex(where: { $0.name == "id" }), specs[idPlace].type == .identifier else { throw YAMLDecline() }
                    mapping.given |= 1 << idPlace
                }
                mapping.kind = kind
                mapping.specs = specs
            case .translations:
                mapping.translations[key.text] = text
            case .record, .dictionary:
                throw YAMLDecline()
            }
        case .element:
            throw YAMLDecline()
        }
    }

    func end(_ mapping: consuming Mapping) throws(YAMLDecline) -> Value {
        switch mapping.shape {
        case .element:
            guard let kind = mapping.kind, let idPosition = mapping.idPosition, allRequiredGiven(mapping),
                  case .string(let id)? = mapping.fields.value(of: "id") else { throw YAMLDecline() }
            let name: LocalizedText
            if case .text(let text)? = mapping.fields.value(of: "name") { name = text } else { name = .plain("") }
            return .element(Element(id: id, kind: kind, name: name, location: idPosition.in(file), fields: mapping.fields,
                                    isReference: isReference))
        case .record:
            guard allRequiredGiven(mapping) else { throw YAMLDecline() }
            let location = mapping.position.in(file)
            return .field(Field(.record(Record(fields: mapping.fields, location: location)), at: location))
        case .translations:
            return .field(Field(.text(.translations(mapping.translations)), at: mapping.position.in(file)))
        case .dictionary:
            return .field(Field(.dictionary(mapping.entries.sorted { $0.key < $1.key }), at: mapping.position.in(file)))
        }
    }

    private func allRequiredGiven(_ mapping: borrowing Mapping) -> Bool {
        for place in mapping.specs.indices where mapping.specs[place].required && mapping.given & (1 << place) == 0 {
            return false
        }
        return true
    }

    func sequence(at position: TextPosition, expecting: Expectation) throws(YAMLDecline) -> List {
        guard case .value(.list(let itemType)) = expecting else { throw YAMLDecline() }
        return List(itemType: itemType, position: position)
    }

    func itemExpectation(in list: List) -> Expectation {
        .value(list.itemType)
    }

    func append(_ value: consuming Value, to list: inout List) throws(YAMLDecline) {
        guard case .field(let field) = consume value else { throw YAMLDecline() }
        list.values.append(consume field)
    }

    func end(_ list: consuming List) throws(YAMLDecline) -> Value {
        let location = list.position.in(file)
        return .field(Field(.list(list.values), at: location))
    }
}
