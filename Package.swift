// swift-tools-version: 6.0
import PackageDescription

// On Linux eaf links mimalloc (Debian 12, Ubuntu 22.04 and later: libmimalloc-dev), which
// then replaces glibc's malloc for the whole process: a model is millions of small strings
// and arrays, and with glibc's allocator validation takes 13-17 % longer (README,
// "Performance"). EAF_SYSTEM_MALLOC=1 keeps glibc's allocator, for a system without the
// library and for the sanitizer builds, whose own allocator must see every block. The
// choice is made by the environment, not by looking for the library: SwiftPM caches what
// a manifest decides and would keep a build without mimalloc after it is installed.
let mimalloc: [LinkerSetting] = Context.environment["EAF_SYSTEM_MALLOC"] == "1"
    ? [] : [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]

let package = Package(
    name: "eaf",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "eaf", targets: ["eaf"]),
        .library(name: "EAModel", targets: ["EAModel"]),
        .library(name: "EAValidate", targets: ["EAValidate"]),
        .library(name: "EAGenerate", targets: ["EAGenerate"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "EAModel",
            dependencies: ["CLibYAML", "CLibXML2"]
        ),
        // The JSON Schema engine stands alone (Foundation only) so that it builds,
        // tests and fuzzes on its own; EAValidate uses it for message schemas.
        .target(name: "JSONSchema"),
        .target(
            name: "EAValidate",
            dependencies: ["EAModel", "JSONSchema", "CLibXML2"]
        ),
        // Synthetic national repositories of any size, for benchmarks and for tests that
        // plant known violations; it writes model files, so it needs the model only.
        .target(name: "EAGenerate", dependencies: ["EAModel"]),
        .executableTarget(
            name: "eaf",
            dependencies: [
                "EAModel", "EAValidate", "JSONSchema", "EAGenerate",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: mimalloc
        ),
        // Fixtures and golden files are read by path from the sources, not bundled.
        .testTarget(name: "EAModelTests", dependencies: ["EAModel", "CLibXML2", "EAGenerate"], exclude: ["Fixtures", "Goldens", "Regressions"]),
        .testTarget(name: "JSONSchemaTests", dependencies: ["JSONSchema"], exclude: ["KnownFailures.txt", "Regressions"]),
        .testTarget(name: "EAValidateTests", dependencies: ["EAValidate", "EAModel", "EAGenerate"], exclude: ["Goldens"]),
        .testTarget(name: "EAGenerateTests", dependencies: ["EAGenerate", "EAValidate", "EAModel"]),
        .testTarget(name: "eafTests", dependencies: ["eaf", "JSONSchema"], exclude: ["Goldens", "Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)

// Fuzzing: `fuzz/run.sh` builds with EAF_FUZZ=1 (fuzz/README.md has the command). The
// target exists only then, because libFuzzer supplies `main` and must never be linked
// into eaf or its tests.
if Context.environment["EAF_FUZZ"] == "1" {
    package.targets.append(.executableTarget(
        name: "EAFFuzz",
        dependencies: ["EAModel", "JSONSchema"],
        path: "fuzz/Sources/EAFFuzz"))
}
