import Benchmark
import BenchmarkCorpus
import RuNews

let corpus = Corpus.texts

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .peakMemoryResident],
        maxDuration: .seconds(5),
        maxIterations: 1_000
    )
    print("corpus: \(corpus.count) documents, \(corpus.reduce(0) { $0 + $1.unicodeScalars.count }) characters")

    // Each iteration reads the same texts: a pipeline whose analyser and tagger keep nothing measures what a
    // new text costs; the default one, what a batch pays once its words are known.
    let fresh = Pipeline(options: Pipeline.Options(raw: true), morphology: try! MorphAnalyzer(keptWords: 0),
                         tagger: try! EntityTagger(keptSpellings: 0))
    Benchmark("Whole record from text (people, roles, organisations, places, dates)") { benchmark in
        for (index, text) in corpus.enumerated() {
            let record = fresh.record(text: text, id: String(index), source: Record.Source(format: .text, bytes: text.utf8.count))
            blackHole(record.json)
        }
    }

    let pipeline = Pipeline(options: Pipeline.Options(raw: true))
    Benchmark("Whole record from text, words kept across texts") { benchmark in
        for (index, text) in corpus.enumerated() {
            let record = pipeline.record(text: text, id: String(index), source: Record.Source(format: .text, bytes: text.utf8.count))
            blackHole(record.json)
        }
    }
}
