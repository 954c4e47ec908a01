import Dispatch

/// Records of many documents as an `AsyncSequence`, in input order, computed in parallel by the same
/// engine as `runews batch`: how another package streams a folder, a JSONL file or an archive.
///
/// ```swift
/// for await record in RecordStream(DocumentSource(["crawl.warc.gz"])) { print(record.title ?? "") }
/// ```
public struct RecordStream: AsyncSequence, Sendable {
    public typealias Element = Record

    private let makeDocuments: @Sendable () -> AnyIterator<Document>
    private let pipeline: Pipeline
    private let parallelism: Int

    /// Records of the documents `source` gives, `parallelism` at a time (all cores by default).
    public init(_ source: DocumentSource, pipeline: Pipeline = Pipeline(), parallelism: Int = 0) {
        self.init({ AnyIterator(source) }, pipeline: pipeline, parallelism: parallelism)
    }

    /// Records of the documents `documents` makes (called once per iteration).
    public init(_ documents: @escaping @Sendable () -> some IteratorProtocol<Document>, pipeline: Pipeline = Pipeline(),
                parallelism: Int = 0) {
        makeDocuments = { AnyIterator(documents()) }
        self.pipeline = pipeline
        self.parallelism = parallelism
    }

    /// Records of the pages and texts of a WARC file; damaged parts give error records.
    public init(warc path: String, pipeline: Pipeline = Pipeline(), parallelism: Int = 0) {
        self.init(DocumentSource([path], maximumBytes: pipeline.options.maximumBytes), pipeline: pipeline, parallelism: parallelism)
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(engine: EngineBox(BatchEngine(documents: makeDocuments(), pipeline: pipeline, jobs: parallelism)))
    }

    public struct Iterator: AsyncIteratorProtocol {
        let engine: EngineBox
        var ready: [Record] = []

        public mutating func next() async -> Record? {
            if ready.isEmpty {
                // A window's work runs on Dispatch's threads, not on the cooperative pool it would block.
                let engine = self.engine
                let window = await withCheckedContinuation { continuation in
                    DispatchQueue.global().async { continuation.resume(returning: engine.nextWindow()) }
                }
                guard let window else { return nil }
                ready = window.reversed()
            }
            return ready.popLast()
        }
    }

    /// The engine of one iteration, stepped by one window at a time (the iterator awaits each).
    final class EngineBox: @unchecked Sendable {
        private var engine: BatchEngine<AnyIterator<Document>>

        init(_ engine: BatchEngine<AnyIterator<Document>>) { self.engine = engine }

        func nextWindow() -> [Record]? {
            // A fresh engine resumes nothing, so it cannot mismatch.
            (try? engine.nextWindow()) ?? nil
        }
    }
}
