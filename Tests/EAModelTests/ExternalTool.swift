/// Runs another program (python3, xmllint) the way a reviewer would check eaf's files.
enum ExternalTool {
    typealias Result = ProcessRunner.Result

    static func run(_ tool: String, _ arguments: [String], in directory: String? = nil) throws -> ProcessRunner.Result {
        try ProcessRunner.tool(tool, arguments, in: directory)
    }
}
