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

    // Whole records (article, templates, entities), as `runews batch` makes them, on one core. The
    // harness runs async benchmarks on one thread, so two jobs are timed with the command line instead.
    let pipeline = Pipeline()
    Benchmark("Records of the archive, one job", configuration: .init(maxDuration: .seconds(10), maxIterations: 5)) { benchmark in
        var records = 0
        for await record in RecordStream(warc: archive, pipeline: pipeline, parallelism: 1) {
            blackHole(record)
            records += 1
        }
        blackHole(records)
    }
}
