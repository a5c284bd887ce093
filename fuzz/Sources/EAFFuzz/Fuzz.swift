import EAModel
import JSONSchema
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// One libFuzzer binary for every reader eaf points at untrusted files; the environment
// variable EAF_FUZZ_TARGET picks which one each run exercises (fuzz/run.sh sets it).
// One binary keeps the sanitizer build to a single link on a small machine.
//
// Every target must return normally for every input: a crash, a sanitizer report, a
// timeout or running out of memory is a bug in eaf, never in the input.

/// The readers under test.
enum FuzzTarget: String, CaseIterable {
    /// The YAML reader, compared with libyaml alone, then the element decoder on every
    /// document, and the loader's decoding as read compared with its decoding through nodes.
    case yaml
    /// The XML model reader (DOCTYPE refusal, libxml2, XSD validation, tag positions), then the decoder.
    case xml
    /// The JSON reader used for schemas and messages.
    case json
    /// The JSON Schema engine: the input is a schema and an instance separated by a NUL byte.
    case schema
    /// The `eaf.yaml` parser.
    case config

    static let selected: FuzzTarget = {
        guard let name = getenv("EAF_FUZZ_TARGET").map({ String(cString: $0) }), let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
            let message = "set EAF_FUZZ_TARGET to one of: \(names)\n"
            _ = message.withCString { write(2, $0, strlen($0)) }
            exit(2)
        }
        return target
    }()
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    switch FuzzTarget.selected {
    case .yaml:
        let read = YAMLReader().read(bytes, file: "fuzz.yaml")
        // The fast path for the usual shape must give exactly what libyaml gives.
        let reference = YAMLReader(fastPath: false).read(bytes, file: "fuzz.yaml")
        if read.documents != reference.documents || read.issues != reference.issues {
            fatalError("BlockYAMLReader and libyaml disagree")
        }
        let decoder = ElementDecoder(file: "fuzz.yaml")
        for document in read.documents { consume(decoder.decode(ParsedDocument(root: document))) }
        compareLoaderPaths(bytes)
    case .xml:
        let read = XMLModelReader().read(bytes, file: "fuzz.xml")
        let decoder = ElementDecoder(file: "fuzz.xml")
        for document in read.documents { consume(decoder.decode(document)) }
    case .json:
        _ = try? JSONReader.read(bytes)
    case .schema:
        let split = bytes.firstIndex(of: 0) ?? bytes.endIndex
        let schemaBytes = Array(bytes[..<split])
        let instanceBytes = split < bytes.endIndex ? Array(bytes[(split + 1)...]) : [UInt8]("null".utf8)
        guard let schema = try? JSONReader.read(schemaBytes) else { return 0 }
        let compiler = SchemaCompiler(options: SchemaOptions(assertFormats: true))
        _ = compiler.validateAgainstMetaschema(schema)
        guard let compiled = try? compiler.compile(schema, baseURI: "https://fuzz.example/schema.json"),
              let instance = try? JSONReader.read(instanceBytes) else { return 0 }
        _ = compiled.validate(instance)
        _ = compiled.isValid(instance)
    case .config:
        let parsed = RepositoryConfig.parse(bytes)
        if parsed.config == nil && parsed.issues.isEmpty {
            fatalError("an eaf.yaml that cannot be read must say why")
        }
    }
    return 0
}

/// The loader decodes a clean model file as it reads it (`ElementBuilder`) and leaves
/// every other file to nodes and `ElementDecoder`. Whatever the builder takes, the
/// decoder must take too, with no issue, and give the same elements, position for position.
private func compareLoaderPaths(_ bytes: [UInt8]) {
    let loader = RepositoryLoader(threads: 1)
    let file = SourceFile("model/fuzz.yaml")
    guard let direct = loader.elementsAsRead(bytes, file: file, isReference: false) else { return }
    let reference = loader.elementsThroughNodes(bytes, file: file, isReference: false)
    if let issue = reference.issues.first {
        fatalError("ElementBuilder took a file ElementDecoder reports on: \(issue.location) \(issue.message)")
    }
    if direct.map(ElementTranscript.text(of:)) != reference.elements.map(ElementTranscript.text(of:)) {
        fatalError("ElementBuilder and ElementDecoder disagree")
    }
}

/// Touches what the decoder made, so its work is not optimised away and broken
/// invariants (an element without a location) surface here.
private func consume(_ result: ElementDecoder.Result) {
    if let element = result.element, element.id.isEmpty { fatalError("an element without an id") }
    for issue in result.issues where issue.location.line < 1 || issue.location.column < 1 {
        fatalError("an issue at \(issue.location), before the start of the file")
    }
}
