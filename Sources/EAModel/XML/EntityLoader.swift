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

    /// Runs `body` with only files under `folders` loadable, and returns what it returned
    /// with every location that was refused meanwhile.
    public static func allowing<T>(_ folders: [String], _ body: () -> T) -> (result: T, refused: [String]) {
        _ = LibXML.initialized
        let real = folders.compactMap { FileTree.realPath($0) }
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
            state.refuse(location)
            return nil
        }
        return xmlNewInputFromFile(context, real)
    }
}

/// Allowed folders and refusals, keyed by thread.
private final class LoaderState: @unchecked Sendable {
    private let lock = Mutex()
    private var allowed: [pthread_t: [String]] = [:]
    private var refused: [pthread_t: [String]] = [:]

    func begin(_ folders: [String]) {
        lock.withLock {
            allowed[pthread_self()] = folders
            refused[pthread_self()] = []
        }
    }

    func end() -> [String] {
        lock.withLock {
            let list = refused.removeValue(forKey: pthread_self()) ?? []
            allowed[pthread_self()] = nil
            return list
        }
    }

    func allows(_ path: String) -> Bool {
        lock.withLock { (allowed[pthread_self()] ?? []).contains { FileTree.isInside(path, $0) } }
    }

    func refuse(_ location: String) {
        lock.withLock {
            if refused[pthread_self()] != nil { refused[pthread_self()]!.append(location) }
        }
    }
}
