import ArgumentParser
import RuNews

/// `--format auto|html|text`.
enum FormatOption: String, ExpressibleByArgument, CaseIterable {
    case auto, html, text

    /// The format of a document: as forced, as its source says, or sniffed from its first bytes.
    func resolve(_ declared: Record.Format?, bytes: [UInt8]) -> Record.Format {
        switch self {
        case .html: return .html
        case .text: return .text
        case .auto:
            if let declared { return declared }
            let head = bytes.prefix(1024).drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
            let lowered = String(decoding: head.prefix(512), as: UTF8.self).lowercased()
            return head.first == UInt8(ascii: "<") && (lowered.contains("<html") || lowered.contains("<!doctype")
                || lowered.contains("<head") || lowered.contains("<body") || lowered.contains("<div") || lowered.contains("<p"))
                ? .html : .text
        }
    }
}

/// Options every document command shares.
struct PipelineOptions: ParsableArguments {
    @Option(help: "auto (by extension, else by content), html or text.")
    var format: FormatOption = .auto

    @Flag(help: "Plain text taken verbatim as the body: no boilerplate stripping; offsets point into the input.")
    var raw = false

    @Option(help: "Resolve year-less and relative dates against this day (YYYY-MM-DD) when the page gives none.")
    var referenceDate: String?

    func validate() throws {
        if let referenceDate, CalendarDate(iso: referenceDate) == nil {
            throw ValidationError("--reference-date must be a day as YYYY-MM-DD, not \(referenceDate)")
        }
    }

    var pipeline: Pipeline {
        Pipeline(options: Pipeline.Options(raw: raw, referenceDate: referenceDate.flatMap { CalendarDate(iso: $0) }))
    }

    func record(of document: Document, using pipeline: Pipeline) -> Record {
        pipeline.finish(draft(of: document, using: pipeline))
    }

    func draft(of document: Document, using pipeline: Pipeline) -> Draft {
        if let failure = document.failure { return .failed(id: document.id, failure) }
        return pipeline.draft(bytes: document.bytes, id: document.id, format: format.resolve(document.format, bytes: document.bytes),
                              path: document.path, url: document.url, declaredCharset: document.declaredCharset,
                              fetched: document.fetched)
    }
}
