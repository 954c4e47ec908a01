// swift-tools-version: 6.1
// Benchmarks of RuNews, a package of their own so that building and testing RuNews does not build
// the benchmark harness. Run from this folder: `swift package benchmark`.
import Foundation
import PackageDescription

// The root package is a path dependency, whose identity is its folder's name, whatever the clone is called.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let runews = root.lastPathComponent

let package = Package(
    name: "RuNewsBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark.git", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .target(name: "BenchmarkCorpus", path: "Benchmarks/BenchmarkCorpus"),
        benchmark("TextBenchmarks", measuring: "RuNewsText"),
        benchmark("MorphologyBenchmarks", measuring: "RuNewsMorphology"),
        benchmark("RecordBenchmarks", measuring: "RuNews"),
        benchmark("PageBenchmarks", measuring: "RuNewsArticle"),
        benchmark("ArchiveBenchmarks", measuring: "RuNews"),
        benchmark("TaggerBenchmarks", measuring: "RuNewsEntities"),
    ]
)

/// A benchmark executable over one product of RuNews and the shared corpus.
func benchmark(_ name: String, measuring product: String) -> Target {
    .executableTarget(
        name: name,
        dependencies: [
            .product(name: "Benchmark", package: "benchmark"),
            .product(name: product, package: runews),
            "BenchmarkCorpus",
        ],
        path: "Benchmarks/\(name)",
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
}
