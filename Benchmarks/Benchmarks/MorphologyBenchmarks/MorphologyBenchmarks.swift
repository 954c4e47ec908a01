import Benchmark
import Foundation
import RuNewsMorphology

/// Running words of real news: every `.txt` file in `$RUNEWS_BENCH_TEXTS`, else the bundled seed.
let words: [String] = {
    let here = URL(fileURLWithPath: #filePath)
    let fixtures = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/pages")
    let folder = ProcessInfo.processInfo.environment["RUNEWS_BENCH_TEXTS"].map(URL.init(fileURLWithPath:)) ?? fixtures
    let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
    let text = files.filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
        .compactMap { try? String(contentsOf: $0, encoding: .utf8) }.joined(separator: "\n")
    return text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map(String.init)
}()

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .peakMemoryResident],
        maxDuration: .seconds(5),
        maxIterations: 1_000
    )
    print("corpus: \(words.count) running words")

    Benchmark("Load the bundled dictionary") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try MorphAnalyzer()) }
    }

    let path = MorphAnalyzer.bundledDictionaryPath!
    Benchmark("Load without verifying the checksum") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try MorphAnalyzer(path: path, verifyingChecksum: false)) }
    }

    let analyzer = try! MorphAnalyzer()
    Benchmark("Analyse running words (no cache)") { benchmark in
        for word in words { blackHole(analyzer.analyse(word)) }
    }

    let nominative: Set<Grammeme> = [.nominative]
    let readings = words.prefix(2_000).compactMap { analyzer.analyse($0).first }
    Benchmark("Inflect 2000 readings to the nominative") { benchmark in
        for reading in readings { blackHole(analyzer.inflect(reading, to: nominative)) }
    }
}
