// swift-tools-version: 6.1
// The target graph is the pipeline: bytes → text (normalise, tokens, sentences) → records → CLI.
// Benchmarks live in their own package under Benchmarks/ so that building and testing RuNews
// does not build the benchmark harness.
import PackageDescription

let package = Package(
    name: "RuNews",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "RuNews", targets: ["RuNews"]),
        .library(name: "RuNewsText", targets: ["RuNewsText"]),
        .library(name: "RuNewsMorphology", targets: ["RuNewsMorphology"]),
        .library(name: "RuNewsEntities", targets: ["RuNewsEntities"]),
        .library(name: "RuNewsHTML", targets: ["RuNewsHTML"]),
        .library(name: "RuNewsArticle", targets: ["RuNewsArticle"]),
        .executable(name: "runews", targets: ["runews"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        // `swift package generate-documentation --target RuNews` builds the DocC catalog.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        // The only place that includes <unicode/*.h>; its public header uses plain C types so that
        // Swift code importing Foundation (which carries its own ICU) can import it too.
        .target(
            name: "CICUShim",
            linkerSettings: [
                // Foundation's ICU first, so that Foundation keeps binding its own symbols at run time.
                .linkedLibrary("_FoundationICU", .when(platforms: [.linux])),
                .linkedLibrary("icui18n"),
                .linkedLibrary("icuuc"),
                .linkedLibrary("icudata"),
            ]
        ),
        // System zlib, for .warc.gz archives (one gzip member per record, or one stream).
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "RuNewsText", dependencies: ["CICUShim"]),
        // The OpenCorpora dictionary (CC BY-SA), converted by Tools/build_morphology.py and memory-mapped.
        .target(name: "RuNewsMorphology", resources: [.copy("Resources/ru.morph")]),
        // The tagger network's dense loop in C: AVX where the processor has it, chosen at run time, the
        // same bits on every path (a Swift target cannot pick instructions per processor).
        .target(name: "CVectorKernels"),
        // The PER/ORG/LOC tagger's weights and navec word clusters, built by Tools/train_tagger.py and memory-mapped.
        .target(name: "RuNewsEntities", dependencies: ["RuNewsText", "RuNewsMorphology", "CVectorKernels"], resources: [.copy("Resources/ru.tagger"), .copy("Resources/ru.neural")]),
        // An HTML5 parser of its own: charsets, the WHATWG tokenizer and tree builder (html5lib's suite passes).
        .target(name: "RuNewsHTML", dependencies: ["RuNewsText", "CICUShim"]),
        // Pages and text dumps → articles: the text, its headline, date, authors, trail, what was stripped.
        .target(name: "RuNewsArticle", dependencies: ["RuNewsHTML", "RuNewsText"]),
        .target(name: "RuNews", dependencies: ["RuNewsText", "RuNewsMorphology", "RuNewsEntities", "RuNewsHTML", "RuNewsArticle", "CZlib"]),
        .executableTarget(
            name: "runews",
            dependencies: ["RuNews", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // libFuzzer entry point over the whole pipeline (Scripts/fuzz); built normally it replays inputs.
        .executableTarget(name: "runews-fuzz", dependencies: ["RuNews"]),
        .testTarget(name: "RuNewsTextTests", dependencies: ["RuNewsText", "CICUShim"]),
        .testTarget(name: "RuNewsMorphologyTests", dependencies: ["RuNewsMorphology"]),
        .testTarget(name: "RuNewsEntitiesTests", dependencies: ["RuNewsEntities", "CVectorKernels"], exclude: ["Fixtures"]),
        .testTarget(name: "RuNewsHTMLTests", dependencies: ["RuNewsHTML"]),
        .testTarget(name: "RuNewsArticleTests", dependencies: ["RuNewsArticle"]),
        .testTarget(name: "RuNewsTests", dependencies: ["RuNews"]),
        // Code as a user of the package writes it: `import RuNews`, public API only; the DocC examples.
        .testTarget(name: "RuNewsAPITests", dependencies: ["RuNews"]),
        // Runs the built `runews` executable: the command-line contract of SCHEMA.md.
        .testTarget(name: "runewsTests", dependencies: ["runews"]),
    ],
    swiftLanguageModes: [.v6]
)
