// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Haven",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "haven", targets: ["haven"]),
        .library(name: "HavenCore", targets: ["HavenCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // libcsv ships no pkg-config file, so the module map names the library itself.
        .systemLibrary(
            name: "CLibCSV",
            providers: [.apt(["libcsv-dev"])]
        ),
        .target(name: "HavenCSV", dependencies: ["CLibCSV"]),
        // A shim over the C allocator's tuning and trimming (`malloc.h`), which Glibc's Swift
        // module does not expose.
        .target(name: "CAllocator"),
        // The survey model lives in its own small target so that the build-tool plugin's
        // embedder (compiled a second time for the host) does not drag the whole core along.
        .target(name: "HavenSurvey", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(
            name: "HavenCore",
            dependencies: [
                "HavenCSV", "HavenSurvey", "CAllocator",
                .product(name: "Yams", package: "Yams"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            plugins: ["EmbedSurveys", "EmbedReportTemplates"]
        ),
        .target(name: "HavenTerminal", dependencies: ["HavenCore", "HavenSurvey", .product(name: "Crypto", package: "swift-crypto")]),
        .executableTarget(
            name: "haven",
            dependencies: [
                "HavenCore", "HavenTerminal", "CAllocator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "SurveyEmbedder", dependencies: ["HavenSurvey"]),
        // Parses every report template at build time, so a broken template fails the build.
        .executableTarget(name: "ReportTemplateEmbedder", dependencies: [.product(name: "Mustache", package: "swift-mustache")]),
        // Throughput benchmarks (`make bench`); never run as tests.
        .executableTarget(name: "haven-bench", dependencies: ["HavenCSV", "HavenCore"]),
        .plugin(
            name: "EmbedSurveys",
            capability: .buildTool(),
            dependencies: ["SurveyEmbedder"]
        ),
        .plugin(
            name: "EmbedReportTemplates",
            capability: .buildTool(),
            dependencies: ["ReportTemplateEmbedder"]
        ),
        .plugin(
            name: "ValidateSurveys",
            capability: .command(
                intent: .custom(verb: "validate-surveys", description: "Check every survey module in surveys/ and report problems as path:line:column"),
                permissions: []
            )
        ),
        .testTarget(
            name: "HavenCSVTests",
            dependencies: ["HavenCSV", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "HavenSurveyTests", dependencies: ["HavenSurvey", "HavenCore"]),
        .testTarget(name: "HavenCoreTests", dependencies: ["HavenCore", "HavenCSV", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "HavenTerminalTests", dependencies: ["HavenTerminal", "HavenCore", "HavenSurvey", "haven"]),
        .testTarget(name: "havenTests", dependencies: ["haven", "haven-bench", "HavenCore", "HavenCSV"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
