/// Loads a repository: reads `eaf.yaml`, walks the model and reference folders, parses
/// every file in parallel on all cores and merges the results in a fixed order, so the
/// same input gives the same model and issues whatever the thread count.
public struct RepositoryLoader: Sendable {
    public var threads: Int
    public var yaml = YAMLReader()

    public init(threads: Int = System.activeProcessorCount) {
        self.threads = max(1, threads)
    }

    static let modelExtensions: Set<String> = ["yaml", "yml", "xml"]

    public func load(_ path: String) throws(RepositoryError) -> Repository {
        let root = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        guard FileTree.isDirectory(root) else { throw .notFound(path) }

        var issues: [LoadIssue] = []
        var config = RepositoryConfig()
        let configPath = root + "/" + RepositoryConfig.fileName
        if FileTree.exists(configPath) {
            // eaf.yaml decides what else is read, so it must be the repository's own: a
            // link out of the repository (to a file whose text the findings would echo)
            // or a FIFO stops the run rather than being silently ignored.
            if let real = FileTree.realPath(configPath), let realRoot = FileTree.realPath(root), !FileTree.isInside(real, realRoot) {
                throw .unreadableConfig(LoadIssue(.malformed, "is a symbolic link that leaves the repository; it is not followed",
                                                  at: SourceLocation(file: RepositoryConfig.fileName, line: 1, column: 1)))
            }
            switch FileTree.read(configPath) {
            case .success(let bytes):
                let parsed = RepositoryConfig.parse(bytes)
                guard let parsedConfig = parsed.config else {
                    throw .unreadableConfig(parsed.issues.last!)
                }
                config = parsedConfig
                issues += parsed.issues
            case .failure(let error):
                throw .unreadableConfig(LoadIssue(.malformed, "cannot be read: \(error)", at: SourceLocation(file: RepositoryConfig.fileName, line: 1, column: 1)))
            }
        }

        // Which files to read, and whether each is reference material.
        var sources: [(entry: FileTree.Entry, isReference: Bool)] = []
        // One walk names each file once; only files reached by more than one walk (model
        // folders inside one another, or a reference folder among them) are kept by name.
        // By bytes: two names that are the same Unicode text written two ways are two files.
        var seen: Set<ExactPath>? = config.model.count + config.reference.count > 1 ? [] : nil
        func isNew(_ relativePath: String) -> Bool {
            seen?.insert(ExactPath(relativePath)).inserted ?? true
        }
        let configLocation = SourceLocation(file: RepositoryConfig.fileName, line: 1, column: 1)
        for setting in config.model {
            guard let relative = FileTree.normalise(setting.path) else {
                issues.append(LoadIssue(.structure, "model folder '\(setting.path)' leaves the repository; name a folder inside it",
                                        at: setting.location ?? configLocation, subject: "model"))
                continue
            }
            let folder = relative.isEmpty ? root : root + "/" + relative
            guard FileTree.isDirectory(folder) else {
                issues.append(LoadIssue(.structure, "model folder '\(setting.path)' does not exist", at: setting.location ?? configLocation, subject: "model"))
                continue
            }
            let walk = FileTree.walk(folder, root: root, boundary: root, extensions: Self.modelExtensions, threads: threads)
            for entry in walk.files where entry.relativePath != RepositoryConfig.fileName && isNew(entry.relativePath) {
                sources.append((entry, false))
            }
            for refused in walk.refused {
                issues.append(LoadIssue(.malformed, "\(refused.relativePath) \(refused.reason)",
                                        at: SourceLocation(file: refused.relativePath, line: 1, column: 1)))
            }
        }
        var referencePrefixes: [String] = []
        for setting in config.reference {
            let folder = setting.path.hasPrefix("/") ? setting.path : root + "/" + setting.path
            guard FileTree.isDirectory(folder) else {
                issues.append(LoadIssue(.structure, "reference folder '\(setting.path)' does not exist", at: setting.location ?? configLocation, subject: "reference"))
                continue
            }
            let prefix = setting.path.hasSuffix("/") ? setting.path : setting.path + "/"
            referencePrefixes.append(prefix)
            let walk = FileTree.walk(folder, root: folder, boundary: folder, extensions: Self.modelExtensions, threads: threads)
            for var entry in walk.files where entry.relativePath != RepositoryConfig.fileName {
                entry.relativePath = prefix + entry.relativePath
                if isNew(entry.relativePath) { sources.append((entry, true)) }
            }
        }
        // A walk gives its files in this order already: only files from several walks
        // need sorting, and checking is one comparison a file, on one thread.
        if sources.indices.dropFirst().contains(where: { !ByteOrder.precedes(sources[$0 - 1].entry.relativePath, sources[$0].entry.relativePath) }) {
            sources.sort { ByteOrder.precedes($0.entry.relativePath, $1.entry.relativePath) }
        }

        // The model folders' files are read by their path in the root, held open for the
        // whole run; reference folders may lie anywhere, and are read by their whole path.
        let rootFolder = OpenFolder(root)
        var results = parse(sources, in: rootFolder)
        var files: [String] = []
        files.reserveCapacity(results.count)
        var anyModelFile = false
        // Read in place: a copy of each file's result counted references to its arrays.
        for index in results.indices {
            if !results[index].issues.isEmpty { issues += results[index].issues }
            if results[index].isModelFile {
                anyModelFile = true
                files.append(sources[index].entry.relativePath)
            }
        }
        // Moved, not copied, on this one thread while the others wait.
        let placeholder = Element(id: "", kind: .organisation, name: .plain(""),
                                  location: SourceLocation(file: "", line: 0, column: 0), fields: [:])
        let elements = Parallel.joined(&results, \.elements, placeholder: placeholder)
        if !anyModelFile && !sources.contains(where: { !$0.isReference }) {
            throw .noModel(path)
        }
        issues.sort { ($0.location, $0.category, $0.message) < ($1.location, $1.category, $1.message) }
        return Repository(root: root, config: config, model: Model(elements: elements, threads: threads), issues: issues,
                          files: files, referencePrefixes: referencePrefixes, rootFolder: rootFolder)
    }

    /// What one file gave.
    package struct FileResult: Sendable {
        var isModelFile = true
        package var elements: [Element] = []
        package var issues: [LoadIssue] = []
    }

    private func parse(_ sources: [(entry: FileTree.Entry, isReference: Bool)], in rootFolder: OpenFolder?) -> [FileResult] {
        let loader = self
        return Parallel.map(sources.count, threads: threads) { index in
            loader.readFile(sources[index].entry, isReference: sources[index].isReference,
                            in: sources[index].isReference ? nil : rootFolder)
        }
    }

    /// Reads and decodes one file; every problem becomes an issue, nothing throws.
    func readFile(_ entry: FileTree.Entry, isReference: Bool, in root: OpenFolder?) -> FileResult {
        let file = entry.relativePath
        let start = SourceLocation(file: file, line: 1, column: 1)
        let source = start.source
        let bytes: [UInt8]
        switch root.map({ FileTree.read(file, in: $0) }) ?? FileTree.read(entry.path) {
        case .success(let read): bytes = read
        case .failure(let error): return FileResult(issues: [LoadIssue(.malformed, "cannot be read: \(error)", at: start)])
        }
        var result = FileResult()
        if FileTree.hasExtension(file, ["xml"]) {
            let decoder = ElementDecoder(source: source, isReference: isReference)
            let read = XMLModelReader().read(bytes, file: file)
            guard read.isModelFile else { return FileResult(isModelFile: false) }
            result.issues = read.issues
            var decoderIssues: [LoadIssue] = []
            for document in read.documents {
                let decoded = decoder.decode(document)
                if let element = decoded.element { result.elements.append(element) }
                decoderIssues += decoded.issues
            }
            result.issues += decoderIssues.isEmpty ? read.schemaIssues : decoderIssues
            if read.documents.isEmpty && read.issues.isEmpty {
                result.issues.append(LoadIssue(.malformed, "the model holds no element; add one or delete the file", at: start))
            }
        } else {
            // A clean file's elements come straight from the reader; any file with
            // something to report is read again through nodes, where the messages are made.
            if yaml.fastPath, let elements = elementsAsRead(bytes, file: source, isReference: isReference) {
                result.elements = elements
            } else {
                result = elementsThroughNodes(bytes, file: source, isReference: isReference)
            }
        }
        return result
    }

    /// A clean YAML file's elements, decoded as they are read (`ElementBuilder`); nil when
    /// the file has anything to report, or a shape `BlockYAMLReader` leaves to libyaml.
    package func elementsAsRead(_ bytes: [UInt8], file: SourceFile, isReference: Bool) -> [Element]? {
        let documents = bytes.withUnsafeBufferPointer {
            BlockYAMLReader.read($0, maxDepth: yaml.maxDepth, building: ElementBuilder(file: file, isReference: isReference))
        }
        return documents?.compactMap { document in
            if case .element(let element) = document { element } else { nil }
        }
    }

    /// A YAML file read into nodes and decoded by `ElementDecoder`, every problem an issue.
    package func elementsThroughNodes(_ bytes: [UInt8], file source: SourceFile, isReference: Bool) -> FileResult {
        var result = FileResult()
        let decoder = ElementDecoder(source: source, isReference: isReference)
        let read = yaml.read(bytes, file: source.path)
        result.issues = read.issues
        for document in read.documents {
            let decoded = decoder.decode(ParsedDocument(root: document, uniqueKeys: true))
            if let element = decoded.element { result.elements.append(element) }
            result.issues += decoded.issues
        }
        if read.issues.isEmpty && !read.documents.contains(where: { !$0.isNull }) {
            result.issues.append(LoadIssue(.malformed, "the file holds no YAML document; add an element or delete the file",
                                           at: SourceLocation(source: source, line: 1, column: 1)))
        }
        return result
    }
}
