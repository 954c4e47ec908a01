import Benchmark
import Foundation
import RuNews

/// A WARC file: `$RUNEWS_BENCH_WARC` (make one with Tools/make_warc.py), else none and no benchmark.
let archive = ProcessInfo.processInfo.environment["RUNEWS_BENCH_WARC"]

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .throughput, .peakMemoryResident], maxDuration: .seconds(5))
    guard let archive else { return }

    Benchmark("Read WARC records") { benchmark in
        guard let reader = try? WARCReader(path: archive) else { return }
        var records = 0
        for item in reader { if case .record = item { records += 1 } }
        blackHole(records)
    }

    Benchmark("Read WARC records and their HTTP responses") { benchmark in
        guard let reader = try? WARCReader(path: archive) else { return }
        for item in reader { if case .record(let record) = item { blackHole(record.httpResponse) } }
    }
}
