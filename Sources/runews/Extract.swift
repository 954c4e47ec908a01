import ArgumentParser
import Foundation
import RuNews

/// `extract`'s one input cannot be read: exit status 3.
struct UnreadableInput: Error, CustomStringConvertible {
    let reason: String
    var description: String { reason }
}

/// `runews extract`: one page in, one record out.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The record of one page or text.")

    @OptionGroup var options: PipelineOptions

    @Option(help: "The page's URL, recorded in source.url.")
    var url: String?

    @Option(help: "Read the bytes in this charset (windows-1251, koi8-r, utf-8 …), whatever the page declares.")
    var encoding: String?

    @Flag(help: "Indent the JSON for reading.")
    var pretty = false

    @Argument(help: "A file, or - for standard input.")
    var input = "-"

    func run() throws {
        let pipeline = options.pipeline
        var document: Document
        if input == "-" {
            document = Document(id: "stdin", bytes: [UInt8](FileHandle.standardInput.readDataToEndOfFile()))
            document.bytes = Charset.cut(document.bytes, to: pipeline.options.maximumBytes)
        } else {
            document = DocumentSource.file(at: input, maximumBytes: pipeline.options.maximumBytes)
            if let failure = document.failure { throw UnreadableInput(reason: failure.message) }
        }
        document.url = url
        document.forcedCharset = encoding
        let record = pipeline.record(of: document)
        var writer = OutputWriter.standardOutput
        try writer.writeLine(pretty ? Self.indented(record.json) : record.json)
        try writer.flush()
    }

    /// The JSON re-indented by two spaces, keys kept in their order (so the output stays deterministic).
    static func indented(_ json: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var depth = 0
        var inString = false
        var escaped = false
        func newline() {
            output.append(0x0A)
            output.append(contentsOf: repeatElement(0x20, count: depth * 2))
        }
        for (index, byte) in json.enumerated() {
            if inString {
                output.append(byte)
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                continue
            }
            switch byte {
            case 0x22: inString = true; output.append(byte)
            case 0x7B, 0x5B:  // { [
                output.append(byte)
                let next = index + 1 < json.count ? json[index + 1] : 0
                if next != 0x7D && next != 0x5D { depth += 1; newline() }
            case 0x7D, 0x5D:  // } ]
                let previous = index > 0 ? json[index - 1] : 0
                if previous != 0x7B && previous != 0x5B { depth -= 1; newline() }
                output.append(byte)
            case 0x2C: output.append(byte); newline()
            case 0x3A: output.append(contentsOf: [0x3A, 0x20])
            default: output.append(byte)
            }
        }
        return output
    }
}
