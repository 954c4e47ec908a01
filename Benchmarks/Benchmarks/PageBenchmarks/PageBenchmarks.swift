import Benchmark
import Foundation
import RuNewsArticle
import RuNewsHTML

/// Real pages: every `.html` file in `$RUNEWS_BENCH_PAGES`; without it, one page built from the seed.
let pages: [[UInt8]] = {
    if let folder = ProcessInfo.processInfo.environment["RUNEWS_BENCH_PAGES"] {
        let url = URL(fileURLWithPath: folder)
        let files = (try? FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)) ?? []
        let bytes = files.filter { $0.pathExtension == "html" }.sorted { $0.path < $1.path }.compactMap { try? Data(contentsOf: $0) }
        if !bytes.isEmpty { return bytes.map { [UInt8]($0) } }
    }
    let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/pages/seed.txt")
    let text = (try? String(contentsOf: seed, encoding: .utf8)) ?? ""
    let body = text.split(separator: "\n").map { "<p>\($0)</p>" }.joined(separator: "\n")
    return [Array("<html><head><title>Seed</title></head><body><article>\(body)</article></body></html>".utf8)]
}()

/// Text dumps: every `.txt` file in `$RUNEWS_BENCH_DUMPS` (inscriptis and html-text layouts); without
/// it, the seed dump.
let dumps: [String] = {
    if let folder = ProcessInfo.processInfo.environment["RUNEWS_BENCH_DUMPS"] {
        let url = URL(fileURLWithPath: folder)
        let files = (try? FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)) ?? []
        let texts = files.filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
            .compactMap { try? String(contentsOf: $0, encoding: .utf8) }
        if !texts.isEmpty { return texts }
    }
    let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/pages/seed.txt")
    return [(try? String(contentsOf: seed, encoding: .utf8)) ?? ""]
}()

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .peakMemoryResident],
        maxDuration: .seconds(5),
        maxIterations: 1_000
    )
    let megabytes = Double(pages.reduce(0) { $0 + $1.count }) / 1_048_576
    print("pages: \(pages.count), \(megabytes) MB")

    Benchmark("Pages to articles (charset, tree, text, metadata)") { benchmark in
        for page in pages { blackHole(PageExtractor().extract(page)) }
    }

    // A dump's lines, its tables read by columns, the prose run, trail, headline and date.
    Benchmark("Text dumps to articles") { benchmark in
        for dump in dumps { blackHole(TextDumpExtractor().extract(dump)) }
    }

    Benchmark("Tokenise pages") { benchmark in
        for page in pages {
            var tokenizer = HTMLTokenizer(page)
            while let token = tokenizer.next() { blackHole(token) }
        }
    }

    Benchmark("Parse pages into trees") { benchmark in
        for page in pages { blackHole(TreeBuilder().parse(page)) }
    }
}
