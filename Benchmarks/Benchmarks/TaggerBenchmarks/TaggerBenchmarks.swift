import Benchmark
import BenchmarkCorpus
import Foundation
import RuNewsEntities
import RuNewsMorphology
import RuNewsText

let corpus = Corpus.texts

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .peakMemoryResident, .mallocCountTotal],
        maxDuration: .seconds(5),
        maxIterations: 1_000
    )
    let morphology = try! MorphAnalyzer()
    // The tagger's own cost: texts segmented and analysed beforehand, as the pipeline has them.
    let texts = corpus.map { AnalysedText(segmentation: Segmentation($0), morphology: morphology) }
    let tokens = texts.reduce(0) { $0 + $1.segmentation.tokens.count }
    print("corpus: \(corpus.count) documents, \(tokens) tokens")

    Benchmark("Load the bundled tagger") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try EntityTagger()) }
    }

    // RUNEWS_TAGGER=FILE measures another tagger file (a size built by Tools/train_tagger.py --out).
    // Each iteration tags the same texts: a tagger that keeps no spelling's row measures what a new text
    // costs; the default one, what a batch pays once its words are known.
    let fresh = try! ProcessInfo.processInfo.environment["RUNEWS_TAGGER"].map { try EntityTagger(path: $0, keptSpellings: 0) }
        ?? EntityTagger(keptSpellings: 0)
    // Throughput is reported in tokens: one iteration tags every text of the corpus.
    Benchmark("Tag the corpus (PER/ORG/LOC spans)") { benchmark in
        for text in texts { blackHole(fresh.spans(in: text)) }
    }

    let tagger = try! EntityTagger()
    Benchmark("Tag the corpus, rows kept across texts") { benchmark in
        for text in texts { blackHole(tagger.spans(in: text)) }
    }
    print("tokens/s = \(tokens) / the wall clock of one iteration")
}
