import Benchmark
import BenchmarkCorpus
import RuNewsText

let corpus = Corpus.texts

let scalarCount = corpus.reduce(0) { $0 + $1.unicodeScalars.count }
let tokenCount = corpus.reduce(0) { $0 + Segmentation($1).tokens.count }

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .peakMemoryResident, .mallocCountTotal],
        maxDuration: .seconds(5),
        maxIterations: 1_000
    )
    print("corpus: \(corpus.count) documents, \(scalarCount) scalars, \(tokenCount) tokens")

    let normalizer = Normalizer()
    let tokenizer = Tokenizer()
    let splitter = SentenceSplitter()

    Benchmark("Normalise corpus") { benchmark in
        for text in corpus { blackHole(normalizer.normalize(text)) }
    }

    let normalized = corpus.map { normalizer.normalize($0) }
    Benchmark("Tokenise corpus") { benchmark in
        for text in normalized { blackHole(tokenizer.tokenize(text)) }
    }

    let tokenized = normalized.map { ($0, tokenizer.tokenize($0)) }
    Benchmark("Split corpus into sentences") { benchmark in
        for (text, tokens) in tokenized { blackHole(splitter.split(text, tokens: tokens)) }
    }

    Benchmark("Normalise + tokenise + split corpus") { benchmark in
        for text in corpus {
            let segmentation = Segmentation(text: normalizer.normalize(text), tokenizer: tokenizer, splitter: splitter)
            blackHole(segmentation.sentences)
        }
    }
}
