import ArgumentParser
import Foundation
import RuNews

/// `runews segment`: JSONL `{"id", "text"}` in, JSONL `{"id", "tokens", "sentences"}` out, offsets in
/// Unicode scalars of the input text.
struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tokens and sentences of each text, as scalar offsets into it.",
        discussion: """
            Reads JSON lines {"id": …, "text": …} and writes {"id", "tokens": [[start, end], …], \
            "sentences": [[start, end], …]} for each, in order. Offsets are Unicode scalar offsets into the \
            input text. By default tokens follow the OpenCorpora convention (periods of abbreviations and \
            initials, digit groups of "1 500" are tokens of their own); --units keeps them whole.
            """
    )

    @Argument(help: "A JSONL file, or - for standard input.")
    var input = "-"

    @Flag(help: "Whole units as tokens: \"т.е.\", \"В.\", \"1 500\".")
    var units = false

    @Flag(help: "Read plain text and print one sentence a line, tokens separated by \" | \" (for people).")
    var plain = false

    func run() throws {
        let reader = try LineReader(path: input)
        var writer = OutputWriter.standardOutput
        let style: Segmentation.TokenStyle = units ? .units : .openCorpora
        if plain {
            try printPlain(reader.readAll(), style: style, to: &writer)
            return
        }
        var lineNumber = 0
        while let line = reader.next() {
            lineNumber += 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            var json = JSONOutput()
            json.beginObject()
            do {
                let request = try JSONDecoder().decode(SegmentRequest.self, from: Data(line))
                let segmentation = Segmentation(request.text)
                json.key("id"); json.string(request.id.value)
                json.key("tokens"); json.ranges(segmentation.sourceTokenRanges(style: style))
                json.key("sentences"); json.ranges(segmentation.sourceSentenceRanges())
            } catch {
                json.key("id"); json.string("line \(lineNumber)")
                json.key("error")
                json.object { json in
                    json.key("kind"); json.string("input")
                    json.key("message"); json.string("line \(lineNumber) is not {\"id\", \"text\"}: \(error)")
                }
            }
            json.endObject()
            try writer.writeLine(json.bytes)
        }
        try writer.flush()
    }

    private func printPlain(_ bytes: [UInt8], style: Segmentation.TokenStyle, to writer: inout OutputWriter) throws {
        let segmentation = Segmentation(text: Normalizer().normalize(utf8: bytes))
        let source = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        let tokens = segmentation.sourceTokenRanges(style: style)
        var next = 0
        for sentence in segmentation.sourceSentenceRanges() {
            var words: [String] = []
            while next < tokens.count && tokens[next].lowerBound < sentence.upperBound {
                words.append(String(String.UnicodeScalarView(source[tokens[next]])))
                next += 1
            }
            try writer.writeLine(Array(words.joined(separator: " | ").utf8))
        }
        try writer.flush()
    }
}

private struct SegmentRequest: Decodable {
    let id: FlexibleID
    let text: String
}
