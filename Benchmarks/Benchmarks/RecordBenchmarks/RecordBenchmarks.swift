import Benchmark
import Foundation
import RuNews

/// Real news text: every `.txt` file in `$RUNEWS_BENCH_TEXTS` (one document each), else the bundled seed.
let corpus: [String] = {
    let here = URL(fileURLWithPath: #filePath)
    let fixtures = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/pages")
    let folder = ProcessInfo.processInfo.environment["RUNEWS_BENCH_TEXTS"].map(URL.init(fileURLWithPath:)) ?? fixtures
    let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
    let texts = files.filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
        .compactMap { try? String(contentsOf: $0, encoding: .utf8) }
    precondition(!texts.isEmpty, "no .txt files in \(folder.path)")
    return texts
}()

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .peakMemoryResident],
        maxDuration: .seconds(5),
        maxIterations: 1_000
    )
    print("corpus: \(corpus.count) documents, \(corpus.reduce(0) { $0 + $1.unicodeScalars.count }) characters")

    let pipeline = Pipeline(options: Pipeline.Options(raw: true))
    Benchmark("Whole record from text (people, roles, organisations, places, dates)") { benchmark in
        for (index, text) in corpus.enumerated() {
            let record = pipeline.record(text: text, id: String(index), source: Record.Source(format: .text, bytes: text.utf8.count))
            blackHole(record.json)
        }
    }
}
