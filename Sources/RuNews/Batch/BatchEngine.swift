import Foundation

/// The one engine behind `runews batch` and `RecordStream`: documents in, records out in input order,
/// the same records whatever the number of jobs.
///
/// Documents go through in fixed windows of `TemplateLearner.window`: each window's documents are
/// drafted in parallel, their sites' templates learnt from the whole window, then finished in
/// parallel; records whose text an earlier record had are marked `duplicateOf` it. Memory holds one
/// window and the duplicates' hashes, however long the input.
public struct BatchEngine<Documents: IteratorProtocol<Document>> {
    public let pipeline: Pipeline
    public let jobs: Int
    /// The documents still to read (a `DocumentSource` tells what it passed over).
    public private(set) var documents: Documents
    public private(set) var summary = BatchSummary()
    private var duplicates = DuplicateFinder()
    /// Records an earlier run already wrote, which the first windows must not give again.
    private var alreadyWritten: Int
    private var read = 0

    /// A resume that does not match its inputs: the earlier output has more records than they give.
    public struct ResumeMismatch: Error, CustomStringConvertible {
        public let written: Int
        public let documents: Int
        public var description: String {
            "the output already holds \(written) records, but the inputs give only \(documents) documents: not the inputs it was made from"
        }
    }

    /// `jobs` documents at a time (all cores when 0). With `resuming`, the records an earlier run
    /// wrote (in its order, its `(id, text)` for each record) are not made again; the window they end
    /// in is read again so that it learns the same templates.
    public init(documents: Documents, pipeline: Pipeline = Pipeline(), jobs: Int = 0,
                resuming written: [(id: String, text: String?)] = [], writtenCount: Int? = nil) {
        self.documents = documents
        self.pipeline = pipeline
        self.jobs = jobs > 0 ? jobs : Self.processorCount
        alreadyWritten = writtenCount ?? written.count
        for record in written.suffix(DuplicateFinder.capacity) {
            _ = duplicates.original(ofID: record.id, text: record.text ?? "")
        }
    }

    /// The records of the next window, in input order; nil when the documents are done.
    public mutating func nextWindow() throws(ResumeMismatch) -> [Record]? {
        let window = TemplateLearner.window
        // Whole windows the earlier run wrote are passed over unread.
        while read + window <= alreadyWritten {
            for _ in 0..<window {
                guard documents.next() != nil else { throw ResumeMismatch(written: alreadyWritten, documents: read) }
                read += 1
            }
        }
        var chunk: [Document] = []
        chunk.reserveCapacity(window)
        while chunk.count < window, let document = documents.next() { chunk.append(document) }
        let done = max(0, alreadyWritten - read)
        read += chunk.count
        guard read >= alreadyWritten else { throw ResumeMismatch(written: alreadyWritten, documents: read) }
        guard chunk.count > done else { return nil }
        let pipeline = self.pipeline, documentsOfChunk = chunk
        let drafts = parallelMap(documentsOfChunk.count, width: jobs) { pipeline.draft(of: documentsOfChunk[$0]) }
        let templates = TemplateLearner.templates(of: drafts)
        var records = parallelMap(drafts.count - done, width: jobs) { pipeline.finish(drafts[done + $0], templates: templates[done + $0]) }
        for index in records.indices {
            if records[index].failure == nil {
                records[index].duplicateOf = duplicates.original(ofID: records[index].id, text: records[index].text)
            } else {
                _ = duplicates.original(ofID: records[index].id, text: "")
            }
            summary.count(records[index])
        }
        return records
    }

    static var processorCount: Int { System.activeProcessorCount }
}

/// What a batch wrote: records, error lines by kind, duplicates.
public struct BatchSummary: Sendable, Equatable, CustomStringConvertible {
    public private(set) var records = 0
    public private(set) var errors: [Record.Failure.Kind: Int] = [:]
    public private(set) var duplicates = 0
    public private(set) var bytes = 0

    public var lines: Int { records + errors.values.reduce(0, +) }

    mutating func count(_ record: Record) {
        if let failure = record.failure {
            errors[failure.kind, default: 0] += 1
        } else {
            records += 1
            bytes += record.source?.bytes ?? 0
            if record.duplicateOf != nil { duplicates += 1 }
        }
    }

    /// "1200 records (3 duplicates), 4 error lines (2 damaged, 2 invalid-input)".
    public var description: String {
        var text = "\(records) records"
        if duplicates > 0 { text += " (\(duplicates) duplicate\(duplicates == 1 ? "" : "s"))" }
        let errorCount = errors.values.reduce(0, +)
        text += ", \(errorCount) error line\(errorCount == 1 ? "" : "s")"
        if errorCount > 0 {
            text += " (" + errors.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.value) \($0.key.rawValue)" }.joined(separator: ", ") + ")"
        }
        return text
    }
}

private enum System {
    static var activeProcessorCount: Int { ProcessInfo.processInfo.activeProcessorCount }
}
