import ArgumentParser
import Foundation
import RuNews

/// `runews extract`: one page in, one record out.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The record of one page or text.")

    @OptionGroup var options: PipelineOptions

    @Option(help: "The page's URL, recorded in source.url.")
    var url: String?

    @Flag(help: "Indent the JSON for reading.")
    var pretty = false

    @Argument(help: "A file, or - for standard input.")
    var input = "-"

    func run() throws {
        let bytes: [UInt8]
        if input == "-" {
            bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        } else if let data = FileManager.default.contents(atPath: input) {
            bytes = [UInt8](data)
        } else {
            throw ValidationError("cannot read \(input)")
        }
        let path = input == "-" ? nil : input
        let id = path.map(DocumentSource.id(ofPath:)) ?? "stdin"
        let document = Document(id: id, bytes: bytes, format: path.flatMap { Self.declaredFormat(of: $0) }, path: path, url: url, failure: nil)
        let record = options.record(of: document, using: options.pipeline)
        var writer = OutputWriter.standardOutput
        try writer.writeLine(pretty ? Self.indented(record.json) : record.json)
        try writer.flush()
    }

    static func declaredFormat(of path: String) -> Record.Format? {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") ? .html : lowered.hasSuffix(".txt") ? .text : nil
    }

    static func indented(_ json: [UInt8]) -> [UInt8] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json)),
              let data = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .withoutEscapingSlashes]) else {
            return json
        }
        return [UInt8](data)
    }
}
