import Foundation

/// The git commit a checked-out repository describes, read from the `.git` folder
/// itself (no `git` process): a report names the commit it was made from, so that a
/// reader can find exactly the model it judged.
///
/// From the repository's folder upwards, the first `.git` is taken: a folder (an
/// ordinary checkout), or a file `gitdir: …` (a linked worktree or a submodule, whose
/// branches live in the common folder named by `commondir`). `HEAD` is a commit id
/// (detached) or `ref: refs/heads/…`, looked up as a loose ref file and then in
/// `packed-refs`.
public struct RepositoryRevision: Sendable, Hashable {
    /// The full commit id (hex).
    public var commit: String
    /// The branch HEAD names, if it names one.
    public var branch: String?

    public init(commit: String, branch: String? = nil) {
        self.commit = commit
        self.branch = branch
    }

    /// The first 12 digits, as reports show the commit.
    public var shortCommit: String { String(commit.prefix(12)) }

    /// The revision of the checkout that holds `path`, or nil when it is in none, or HEAD
    /// names a branch with no commit yet.
    public static func of(path: String) -> RepositoryRevision? {
        let cwd = FileManager.default.currentDirectoryPath
        var folder = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: cwd, isDirectory: true)).standardizedFileURL
        while true {
            let dotGit = folder.appendingPathComponent(".git")
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: dotGit.path, isDirectory: &isFolder) {
                let gitFolder = isFolder.boolValue ? dotGit : linkedGitFolder(dotGit, in: folder)
                return gitFolder.flatMap(revision(in:))
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    /// The folder a `.git` file (`gitdir: PATH`) points to; a relative PATH is relative to
    /// the folder holding the file.
    static func linkedGitFolder(_ file: URL, in folder: URL) -> URL? {
        guard let text = read(file), text.hasPrefix("gitdir:") else { return nil }
        let target = text.dropFirst("gitdir:".count).trimmingCharacters(in: .whitespaces)
        guard !target.isEmpty else { return nil }
        return URL(fileURLWithPath: target, relativeTo: folder).standardizedFileURL
    }

    /// HEAD of a git folder, resolved to a commit.
    static func revision(in gitFolder: URL) -> RepositoryRevision? {
        guard let head = read(gitFolder.appendingPathComponent("HEAD")) else { return nil }
        guard head.hasPrefix("ref:") else { return isCommitID(head) ? RepositoryRevision(commit: head.lowercased()) : nil }
        let ref = head.dropFirst("ref:".count).trimmingCharacters(in: .whitespaces)
        // A ref name never leaves the git folder.
        guard ref.hasPrefix("refs/"), !ref.split(separator: "/").contains("..") else { return nil }
        let common = read(gitFolder.appendingPathComponent("commondir"))
            .map { URL(fileURLWithPath: $0, relativeTo: gitFolder).standardizedFileURL } ?? gitFolder
        let branch = ref.hasPrefix("refs/heads/") ? String(ref.dropFirst("refs/heads/".count)) : ref
        for folder in [gitFolder, common] {
            if let loose = read(folder.appendingPathComponent(ref)), isCommitID(loose) {
                return RepositoryRevision(commit: loose.lowercased(), branch: branch)
            }
        }
        for folder in [gitFolder, common] {
            if let commit = packed(ref, in: folder) { return RepositoryRevision(commit: commit, branch: branch) }
        }
        return nil
    }

    /// The commit `packed-refs` records for a ref (`<id> <ref>` lines; `#` and `^` lines skipped).
    static func packed(_ ref: String, in folder: URL) -> String? {
        guard let text = read(folder.appendingPathComponent("packed-refs"), whole: true) else { return nil }
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") && !line.hasPrefix("^") {
            let parts = line.split(separator: " ", maxSplits: 1)
            if parts.count == 2, parts[1] == ref, isCommitID(String(parts[0])) { return parts[0].lowercased() }
        }
        return nil
    }

    /// 40 (SHA-1) or 64 (SHA-256) hex digits.
    static func isCommitID(_ text: String) -> Bool {
        (text.count == 40 || text.count == 64) && text.allSatisfy(\.isHexDigit)
    }

    /// A small text file's content, trimmed (its first line unless `whole`).
    private static func read(_ url: URL, whole: Bool = false) -> String? {
        guard let data = FileManager.default.contents(atPath: url.path), data.count < 64 << 20,
              let text = String(data: data, encoding: .utf8) else { return nil }
        let kept = whole ? Substring(text) : (text.split(whereSeparator: \.isNewline).first ?? "")
        return kept.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
