import Benchmark
import Foundation
import RuNewsText

/// Real news text: every `.txt` file in `$RUNEWS_BENCH_TEXTS` (one document each), else the bundled seed.
/// The README's figures come from the factRuEval-2016 dev texts (122 news articles).
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
