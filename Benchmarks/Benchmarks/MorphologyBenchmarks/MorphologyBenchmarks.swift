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

    // The bundled loader reads no checksum through; a file a user names is checked by default.
    Benchmark("Load the bundled dictionary") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try MorphAnalyzer()) }
    }

    let path = MorphAnalyzer.bundledDictionaryPath!
    Benchmark("Load, verifying the checksum") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try MorphAnalyzer(path: path, verifyingChecksum: true)) }
    }

    // Each iteration reads the same words: an analyser that keeps nothing measures what every word costs
    // the first time; the default one, what a batch pays once its words are known.
    let fresh = try! MorphAnalyzer(keptWords: 0)
    Benchmark("Analyse running words (nothing kept)") { benchmark in
        for word in words { blackHole(fresh.analyse(word)) }
    }

    let analyzer = try! MorphAnalyzer()
    Benchmark("Analyse running words (words kept across calls)") { benchmark in
        for word in words { blackHole(analyzer.analyse(word)) }
    }

    let nominative: Set<Grammeme> = [.nominative]
    let readings = words.prefix(2_000).compactMap { analyzer.analyse($0).first }
    Benchmark("Inflect 2000 readings to the nominative") { benchmark in
        for reading in readings { blackHole(analyzer.inflect(reading, to: nominative)) }
    }
}
