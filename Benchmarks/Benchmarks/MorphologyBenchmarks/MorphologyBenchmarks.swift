import Benchmark
import BenchmarkCorpus
import RuNewsMorphology

let words = Corpus.words

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
