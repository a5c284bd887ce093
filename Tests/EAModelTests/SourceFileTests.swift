import Foundation
@testable import EAModel
import Testing

/// Locations hold their file by an interned handle: every path must come back as
/// written, equal paths must share one handle, and locations must compare, sort and
/// encode as they did when they held the path itself.
@Suite struct SourceFileTests {
    @Test func everyPathComesBackAsWrittenAndEqualPathsShareAHandle() {
        let paths = ["model/grs/population-register.yaml", "", "eaf.yaml", "модель/грс/реестр.yaml",
                     String(repeating: "deep/", count: 200) + "file.yaml"]
        for path in paths {
            let file = SourceFile(path)
            #expect(file.path == path)
            #expect(SourceFile(path) == file)
        }
        #expect(Set(paths.map(SourceFile.init)).count == paths.count)
        // Canonically equivalent names are equal `String`s but two files, each with its bytes.
        let composed = SourceFile("caf\u{E9}.yaml"), decomposed = SourceFile("cafe\u{301}.yaml")
        #expect(composed != decomposed)
        #expect(Array(composed.path.utf8) == Array("caf\u{E9}.yaml".utf8))
        #expect(Array(decomposed.path.utf8) == Array("cafe\u{301}.yaml".utf8))
    }

    @Test func threadsInterningAtOnceAgreeOnEveryHandle() {
        // More paths than one chunk holds, each interned by several threads at once.
        let paths = (0..<10_000).map { "model/agency-\($0 % 97)/system-\($0).yaml" }
        let rounds = Parallel.map(8, threads: 4) { round in
            (0..<paths.count).map { SourceFile(paths[(round * 1_237 + $0) % paths.count]) }
        }
        for (round, files) in rounds.enumerated() {
            for (offset, file) in files.enumerated() {
                let path = paths[(round * 1_237 + offset) % paths.count]
                #expect(file == SourceFile(path) && file.path == path)
            }
        }
    }

    @Test func locationsCompareByPathBytesThenLineAndColumn() {
        // Interned in the reverse of their order: the handles' order must not show.
        let later = SourceLocation(file: "model/z-\(UUID()).yaml", line: 1, column: 1)
        let earlier = SourceLocation(file: "model/a-\(UUID()).yaml", line: 9, column: 9)
        #expect(earlier < later && !(later < earlier))
        var moved = later
        moved.line = 2
        #expect(later < moved)
        moved.file = earlier.file
        #expect(moved.source == earlier.source && moved < earlier)
        #expect(moved.description == "\(earlier.file):2:1")
    }

    @Test func aLocationIsTwelveBytesAndAFieldThirtyTwo() {
        // Every field of every element holds one: this is a national model's memory.
        #expect(MemoryLayout<EAModel.SourceLocation>.size == 12)
        #expect(MemoryLayout<Field>.stride == 32)
        #expect(MemoryLayout<Record>.stride == 32)
    }

    @Test func locationsEncodeTheirPathNotTheirHandle() throws {
        let location = SourceLocation(file: "model/grs.yaml", line: 3, column: 7)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = try encoder.encode(location)
        #expect(String(decoding: json, as: UTF8.self) == #"{"column":7,"file":"model\/grs.yaml","line":3}"#)
        #expect(try JSONDecoder().decode(SourceLocation.self, from: json) == location)
    }
}
