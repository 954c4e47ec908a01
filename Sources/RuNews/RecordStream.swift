/// Records of many documents as an `AsyncSequence`, in input order, computed in parallel: how another
/// package streams an archive.
///
/// ```swift
/// for await record in RecordStream(warc: "crawl.warc.gz") { print(record.title ?? "") }
/// ```
public struct RecordStream: AsyncSequence, Sendable {
    public typealias Element = Record

    /// One document to read.
    public struct Input: Sendable {
        public var id: String
        public var bytes: [UInt8]
        public var format: Record.Format
        public var url: String?
        public var declaredCharset: String?
        public var fetched: CalendarDate?

        public init(id: String, bytes: [UInt8], format: Record.Format, url: String? = nil,
                    declaredCharset: String? = nil, fetched: CalendarDate? = nil) {
            self.id = id
            self.bytes = bytes
            self.format = format
            self.url = url
            self.declaredCharset = declaredCharset
            self.fetched = fetched
        }
    }

    private let makeInputs: @Sendable () -> AnyIterator<Input>
    private let pipeline: Pipeline
    private let parallelism: Int

    /// Records of `inputs`, `parallelism` at a time (all cores by default).
    public init(_ inputs: @escaping @Sendable () -> some IteratorProtocol<Input>, pipeline: Pipeline = Pipeline(),
                parallelism: Int = 0) {
        makeInputs = { AnyIterator(inputs()) }
        self.pipeline = pipeline
        self.parallelism = parallelism > 0 ? parallelism : Swift.max(1, System.activeProcessorCount)
    }

    /// Records of the HTML and text `response` records of a WARC file; damaged parts give failed records.
    public init(warc path: String, pipeline: Pipeline = Pipeline(), parallelism: Int = 0) {
        self.init({ () -> AnyIterator<Input> in
            guard let reader = try? WARCReader(path: path) else {
                return AnyIterator([Input(id: path, bytes: [], format: .html)].makeIterator())
            }
            var damaged = 0
            return AnyIterator {
                while let item = reader.next() {
                    switch item {
                    case .failure:
                        damaged += 1
                        return Input(id: "\(path):damaged-\(damaged)", bytes: [], format: .html)
                    case .record(let record):
                        guard let input = Input(record) else { continue }
                        return input
                    }
                }
                return nil
            }
        }, pipeline: pipeline, parallelism: parallelism)
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(inputs: makeInputs(), pipeline: pipeline, parallelism: parallelism)
    }

    public struct Iterator: AsyncIteratorProtocol {
        var inputs: AnyIterator<Input>
        let pipeline: Pipeline
        let parallelism: Int
        var ready: [Record] = []

        init(inputs: AnyIterator<Input>, pipeline: Pipeline, parallelism: Int) {
            self.inputs = inputs
            self.pipeline = pipeline
            self.parallelism = parallelism
        }

        /// Windows of `TemplateLearner.window` inputs: drafted in parallel, their sites' templates
        /// learnt, then finished in parallel.
        public mutating func next() async -> Record? {
            if ready.isEmpty {
                var window: [Input] = []
                while window.count < TemplateLearner.window, let input = inputs.next() { window.append(input) }
                guard !window.isEmpty else { return nil }
                let pipeline = self.pipeline, inputs = window
                let drafts = await Self.parallelMap(inputs.count, parallelism) { index in
                    let input = inputs[index]
                    return pipeline.draft(bytes: input.bytes, id: input.id, format: input.format, url: input.url,
                                          declaredCharset: input.declaredCharset, fetched: input.fetched)
                }
                let templates = TemplateLearner.templates(of: drafts)
                ready = await Self.parallelMap(drafts.count, parallelism) { pipeline.finish(drafts[$0], templates: templates[$0]) }.reversed()
            }
            return ready.popLast()
        }

        /// `transform` of 0..<count, at most `width` at a time, in order.
        static func parallelMap<T: Sendable>(_ count: Int, _ width: Int, _ transform: @escaping @Sendable (Int) -> T) async -> [T] {
            await withTaskGroup(of: (Int, T).self) { group in
                var results = [T?](repeating: nil, count: count)
                var next = 0
                while next < Swift.min(width, count) { let index = next; group.addTask { (index, transform(index)) }; next += 1 }
                for await (index, value) in group {
                    results[index] = value
                    if next < count { let index = next; group.addTask { (index, transform(index)) }; next += 1 }
                }
                return results.map { $0! }
            }
        }
    }
}

extension RecordStream.Input {
    /// The page a WARC `response` record carries, if it is HTML or text.
    public init?(_ record: WARCRecord) {
        guard record.type == "response" || record.type == "resource" else { return nil }
        let (headers, body) = record.type == "response" ? (record.httpResponse ?? ([:], []))
            : (["content-type": record.headers["content-type"] ?? ""], record.block)
        let contentType = headers["content-type"]?.lowercased() ?? ""
        let format: Record.Format? = contentType.contains("html") ? .html : contentType.hasPrefix("text/plain") ? .text : nil
        guard let format, !body.isEmpty else { return nil }
        self.init(id: record.id, bytes: body, format: format, url: record.targetURI,
                  declaredCharset: WARCRecord.charset(ofContentType: headers["content-type"]),
                  fetched: record.date.flatMap { CalendarDate(iso: $0) })
    }
}

import Foundation

private enum System {
    static var activeProcessorCount: Int { ProcessInfo.processInfo.activeProcessorCount }
}
