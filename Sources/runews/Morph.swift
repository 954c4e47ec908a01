import ArgumentParser
import RuNews

/// `runews morph`: one word a line in, JSONL `{"word", "parses": [{"lemma", "tags", "score"}]}` out.
struct Morph: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Readings of each word: lemma, OpenCorpora grammemes and score, the likeliest first."
    )

    @Argument(help: "A file with one word a line, or - for standard input.")
    var input = "-"

    @Option(help: "A morphology file other than the bundled OpenCorpora dictionary.")
    var dictionary: String?

    func run() throws {
        let analyzer = try dictionary.map { path throws(MorphologyError) in try MorphAnalyzer(path: path) }
            ?? MorphAnalyzer.shared.get()
        let reader = try LineReader(path: input)
        var writer = OutputWriter.standardOutput
        while case .line(var line)? = reader.next() {
            if line.last == 0x0D { line.removeLast() }
            let word = String(decoding: line, as: UTF8.self)
            var json = JSONOutput()
            json.object { json in
                json.key("word"); json.string(word)
                json.key("parses")
                json.array(analyzer.analyse(word)) { json, parse in
                    json.object { json in
                        json.key("lemma"); json.string(parse.lemma)
                        json.key("tags")
                        json.array(parse.tag.description.utf8.split(whereSeparator: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: " ") })) {
                            $0.string(String(decoding: $1, as: UTF8.self))
                        }
                        json.key("score"); json.number(parse.score)
                    }
                }
            }
            try writer.writeLine(json.bytes)
        }
        try writer.flush()
    }
}
