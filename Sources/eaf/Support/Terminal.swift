#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import EAModel

/// Where output goes and how it looks: colour only on a terminal and never with NO_COLOR.
enum Terminal {
    static var colourOnStandardOutput: Bool {
        isatty(STDOUT_FILENO) == 1 && getenv("NO_COLOR") == nil && getenv("TERM").map { String(cString: $0) } != "dumb"
    }

    static func printError(_ message: String) {
        var text = message
        if !text.hasSuffix("\n") { text += "\n" }
        let bytes = Array(("eaf: " + text).utf8)
        _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }

    /// Writes a renderer's output to `--output FILE` or to standard output.
    static func emit(_ rendered: RenderedOutput, to output: String?) throws {
        switch rendered {
        case .text(let text): try emit(text, to: output)
        case .pieces(let pieces): try emit(to: output) { write in pieces.allSatisfy { piece in piece.withUnsafeBytes { write($0) } } }
        }
    }

    /// Writes `text` to `--output FILE` or to standard output.
    static func emit(_ text: String, to output: String?) throws {
        // Written from the string's own bytes: a national report or graph is too large to copy.
        var text = text
        try emit(to: output) { write in text.withUTF8 { write(UnsafeRawBufferPointer($0)) } }
    }

    /// Opens `--output FILE` or standard output and hands `body` a function that writes
    /// bytes whole to it, false when it cannot; says why not and stops with status 2: a
    /// report to a full disk or a closed pipe is an error, not a short file and success.
    private static func emit(to output: String?, _ body: (_ write: (UnsafeRawBufferPointer) -> Bool) -> Bool) throws {
        guard let output else {
            fflush(nil) // After anything printed before, in order.
            let written = body { bytes in
                var written = 0
                while written < bytes.count {
                    let count = write(STDOUT_FILENO, bytes.baseAddress! + written, bytes.count - written)
                    if count < 0 && errno == EINTR { continue }
                    guard count > 0 else { return false }
                    written += count
                }
                return true
            }
            guard written else {
                printError("cannot write to standard output: \(String(cString: strerror(errno)))")
                throw ExitCode(2)
            }
            return
        }
        guard let file = fopen(output, "w") else {
            printError("cannot write \(output): \(String(cString: strerror(errno))); check the folder exists and is writable")
            throw ExitCode(2)
        }
        // fclose writes what is still buffered: its failure is a failed write too.
        let written = body { bytes in bytes.isEmpty || fwrite(bytes.baseAddress, 1, bytes.count, file) == bytes.count }
        if fclose(file) != 0 || !written {
            printError("cannot write \(output): \(String(cString: strerror(errno)))")
            throw ExitCode(2)
        }
    }
}

/// A `--as-of` date argument.
extension LocalDate: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}

/// Shared by every command that reads a repository.
struct RepositoryOptions: ParsableArguments {
    @Argument(help: "The repository folder (holding eaf.yaml or model files).")
    var path: String = "."

    @Option(help: ArgumentHelp("Threads used to read files (default: every core this process may use).", visibility: .hidden))
    var threads: Int?

    /// Loads the repository, or prints why it cannot be read and exits with status 2.
    func load() throws -> Repository {
        try Self.load(path, threads: threads)
    }

    static func load(_ path: String, threads: Int? = nil) throws -> Repository {
        do {
            let repository = try RepositoryLoader(threads: threads ?? System.activeProcessorCount).load(path)
            ProcessLifetime.keep(repository)
            return repository
        } catch {
            Terminal.printError(error.description)
            throw ExitCode(2)
        }
    }
}

/// Keeps a value alive until the process ends. Each command loads one repository and exits
/// right after printing; freeing a national model element by element took a tenth of the
/// run, and the operating system reclaims the memory at exit anyway. A validation's working
/// state (`Validator.keepsWorkingState`) is kept the same way.
enum ProcessLifetime {
    private final class Box: @unchecked Sendable {
        let value: Any
        init(_ value: Any) { self.value = value }
    }

    static func keep(_ value: Any) {
        _ = Unmanaged.passRetained(Box(value))
    }
}
