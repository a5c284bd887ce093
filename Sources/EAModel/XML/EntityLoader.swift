import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libxml2's external entity loader, replaced so that nothing is ever fetched from the
/// network and local files are read only inside the folders the current operation allows
/// (the repository, or the folders a user names). `xs:import`/`xs:include` of a message
/// schema go through it; anything else is refused and the refusal recorded, so the user
/// is told which location was refused instead of a bare "failed to load".
public enum EntityLoader {
    /// The loader is process-wide in libxml2; the allowed folders are per thread, so
    /// parallel checks with different folders do not see each other's.
    private static let state = LoaderState()

    static func install() {
        xmlSetExternalEntityLoader { url, id, context in
            EntityLoader.load(url, id, context)
        }
    }

    /// A location libxml2 asked for and did not get.
    public struct Refusal: Sendable, Hashable {
        public var location: String
        /// Why, when the location was allowed but the file is not fit to parse (too large,
        /// an attribute flood); nil when it is outside the allowed folders or on a network.
        public var reason: String?
    }

    /// Runs `body` with only files under these folders (given by their real paths, without
    /// symbolic links) loadable, and returns what it returned with every location that was
    /// refused meanwhile.
    public static func allowing<T>(realFolders real: [String], _ body: () -> T) -> (result: T, refused: [Refusal]) {
        _ = LibXML.initialized
        state.begin(real)
        let result = body()
        let refused = state.end()
        return (result, refused)
    }

    private static func load(_ url: UnsafePointer<CChar>?, _ id: UnsafePointer<CChar>?, _ context: xmlParserCtxtPtr?) -> xmlParserInputPtr? {
        guard let url else { return nil }
        let location = String(cString: url)
        var path = location
        if path.hasPrefix("file://") {
            path = String(path.dropFirst("file://".count))
            if path.hasPrefix("localhost/") { path = String(path.dropFirst("localhost".count)) }
        }
        guard !path.contains("://"), let real = FileTree.realPath(path),
              state.allows(real), FileTree.isRegularFile(real) else {
            state.refuse(Refusal(location: location))
            return nil
        }
        // An imported schema gets the same checks as the one that imports it: the size
        // limit, and no tag so crowded with attributes that libxml2 would take minutes.
        switch FileTree.read(real) {
        case .success(let bytes):
            if let flood = LibXML.attributeFlood(bytes) {
                state.refuse(Refusal(location: location, reason: LibXML.attributeFloodMessage(flood.count)))
                return nil
            }
        case .failure(let error):
            state.refuse(Refusal(location: location, reason: "cannot be read: \(error)"))
            return nil
        }
        return xmlNewInputFromFile(context, real)
    }
}

/// Allowed folders and refusals, keyed by thread.
private final class LoaderState: @unchecked Sendable {
    private let lock = Mutex()
    private var allowed: [pthread_t: [String]] = [:]
    private var refused: [pthread_t: [EntityLoader.Refusal]] = [:]

    func begin(_ folders: [String]) {
        lock.withLock {
            allowed[pthread_self()] = folders
            refused[pthread_self()] = []
        }
    }

    func end() -> [EntityLoader.Refusal] {
        lock.withLock {
            let list = refused.removeValue(forKey: pthread_self()) ?? []
            allowed[pthread_self()] = nil
            return list
        }
    }

    func allows(_ path: String) -> Bool {
        lock.withLock { (allowed[pthread_self()] ?? []).contains { FileTree.isInside(path, $0) } }
    }

    func refuse(_ refusal: EntityLoader.Refusal) {
        lock.withLock {
            if refused[pthread_self()] != nil { refused[pthread_self()]!.append(refusal) }
        }
    }
}
