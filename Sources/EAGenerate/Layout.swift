import EAModel

/// Puts elements into files the way agencies keep them: each owner's folder holds, per
/// kind, files of one element (`systems/population-register.yaml`) and files of several
/// (`systems-2.yaml`), mixed; a chosen share of the files is written as XML.
enum Layout {
    struct File {
        var path: String
        var xml = false
        var drafts: [Draft]
    }

    static let kindFolders: [Kind: String] = [
        .organisation: "organisations", .publicService: "services", .businessProcess: "processes", .agreement: "agreements",
        .legalAct: "legal", .dataEntity: "data", .codeList: "code-lists", .informationSystem: "systems", .interface: "interfaces",
        .exchange: "exchanges", .standard: "standards", .platform: "platforms", .project: "projects",
    ]

    static let kindTitles: [Kind: String] = [
        .organisation: "Organisations", .publicService: "Public services", .businessProcess: "Business processes",
        .agreement: "Interoperability agreements", .legalAct: "Legal acts", .dataEntity: "Data entities", .codeList: "Code lists",
        .informationSystem: "Information systems", .interface: "Interfaces", .exchange: "Data exchanges", .standard: "Standards",
        .platform: "Platforms", .project: "Projects",
    ]

    /// The files, in the order the elements were made; sets each draft's file and position.
    static func plan(_ drafts: [Draft], xmlShare: Double, random: inout SeededRandom) -> [File] {
        var files: [File] = []
        var groupIndex: [String: Int] = [:]
        var groups: [(folder: String, kind: Kind, drafts: [Draft])] = []
        for draft in drafts {
            if let name = draft.fileName {
                files.append(File(path: name, drafts: [draft]))
                continue
            }
            let key = draft.folder + "\u{1F}" + draft.kind.rawValue
            if let index = groupIndex[key] {
                groups[index].drafts.append(draft)
            } else {
                groupIndex[key] = groups.count
                groups.append((draft.folder, draft.kind, [draft]))
            }
        }
        var paths = Set(files.map(\.path))
        for group in groups {
            let kindFolder = kindFolders[group.kind]!
            var start = 0
            var number = 0
            while start < group.drafts.count {
                let roll = random.unit()
                let size = roll < 0.4 ? 1 : roll < 0.75 ? random.int(2...6) : random.int(7...25)
                let chunk = Array(group.drafts[start..<min(start + size, group.drafts.count)])
                start += chunk.count
                var path: String
                if chunk.count == 1 {
                    path = "\(group.folder)/\(kindFolder)/\(chunk[0].slug)"
                    if paths.contains(path) { path = "\(group.folder)/\(kindFolder)/\(chunk[0].id)" }
                } else {
                    number += 1
                    path = "\(group.folder)/\(kindFolder)-\(number)"
                }
                paths.insert(path)
                files.append(File(path: path, drafts: chunk))
            }
        }
        // The XML share: that fraction of all files, drawn from those that hold nothing
        // only YAML can say (a planted repeated key, an unknown field, a malformed file).
        var eligible = files.indices.filter { index in !files[index].drafts.contains { $0.yamlOnly } }
        random.shuffle(&eligible)
        let wanted = min(eligible.count, Int((Double(files.count) * xmlShare).rounded()))
        for index in eligible.prefix(wanted) { files[index].xml = true }
        for index in files.indices {
            files[index].path += files[index].xml ? ".xml" : ".yaml"
            for (position, draft) in files[index].drafts.enumerated() {
                draft.file = files[index].path
                draft.position = position
            }
        }
        return files
    }

    /// Whether the loader reads `one` before `other`: files in byte order of their paths,
    /// elements in the order written.
    static func isBefore(_ one: Draft, _ other: Draft) -> Bool {
        if one.file != other.file { return one.file.utf8.lexicographicallyPrecedes(other.file.utf8) }
        return one.position < other.position
    }

    static func text(of file: File, titles: [String: String]) -> String {
        let first = file.drafts[0]
        let title = titles[first.folder].map { "\(kindTitles[first.kind]!) of \($0)" } ?? kindTitles[first.kind]!
        if file.xml {
            var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- \(XMLText.text(title)). -->\n<model xmlns=\"urn:egeaf:model:1\">\n"
            for (index, draft) in file.drafts.enumerated() {
                if index > 0 { out += "\n" }
                out += DraftXML.element(draft, file: file.path)
            }
            return out + "</model>\n"
        }
        if file.drafts.count == 1, let raw = first.rawYAML { return raw }
        var out = "# \(title).\n"
        for (index, draft) in file.drafts.enumerated() {
            if index > 0 { out += "---\n" }
            out += DraftYAML.document(draft, file: file.path)
        }
        return out
    }
}
