/// Text wrapped at a fixed width, as plain-text archives, mail and text dumpers (html2text, lynx) write
/// it: its line breaks stand where a line was full, not where a sentence, a name or a title ends, and
/// every later stage should read them as spaces ("Борис Николаевич\nЕльцин").
public enum LineWrapping {
    /// Of a wrapped text's lines, a good share go on in lowercase (the sentence goes on); a text whose
    /// lines are paragraphs, headings and captions almost never does (4 of 6,387 line breaks in NEREL's
    /// training texts).
    static let lowercaseShare = 0.4
    /// A wrapper breaks a line where the next word would not fit: the line, a space and the next line's
    /// first word are longer than the longest line. Of a wrapped text's breaks nearly all are so (a
    /// paragraph's last line followed by the next paragraph's first need not be); of a text whose lines
    /// are paragraphs of any length, only those near the longest.
    static let fullShare = 0.7
    /// Lines are wrapped this short at most (mail and dumpers wrap at 70–80).
    static let widest = 160
    /// Lines enough to tell.
    static let minimumBreaks = 3

    /// Whether the text is wrapped: at least `minimumBreaks` lines after its first (paragraphs' first
    /// lines included), and either `lowercaseShare` of them open in lowercase, or its lines are `widest`
    /// at most and `fullShare` of its lone line breaks stand where a wrapper would put them.
    public static func isWrapped(_ scalars: [Unicode.Scalar]) -> Bool {
        let lines = self.lines(of: scalars)
        var starts = 0, lowercase = 0, breaks = 0, full = 0
        let longest = lines.lazy.filter(\.hasSpace).map(\.length).max() ?? 0
        for (index, line) in lines.enumerated().dropFirst() {
            var first = line.start
            while first < line.start + line.length, scalars[first] == " " || scalars[first] == "\t" { first += 1 }
            guard first < line.start + line.length else { continue }
            starts += 1
            if ScalarClass(scalars[first]).isLowercase { lowercase += 1 }
            // A lone line break: a paragraph's (two) leaves an empty line before this one.
            let previous = lines[index - 1]
            guard previous.length > 0 else { continue }
            breaks += 1
            if previous.length + 1 + line.firstWord > longest { full += 1 }
        }
        guard starts >= minimumBreaks else { return false }
        return Double(lowercase) >= Double(starts) * lowercaseShare
            || longest <= widest && breaks >= minimumBreaks && Double(full) >= Double(breaks) * fullShare
    }

    /// A wrapped text's lone line breaks made spaces where the text goes on over them, in place (one
    /// scalar for one: offsets stay): where the next line opens in lowercase, or where a wrapper broke a
    /// full line. A short line before a capital ends a headline or a paragraph and keeps its break; so
    /// does a paragraph break (two). Returns how many were joined.
    static func joinLines(_ scalars: inout [Unicode.Scalar]) -> Int {
        let lines = self.lines(of: scalars)
        let longest = lines.lazy.filter(\.hasSpace).map(\.length).max() ?? 0
        var joined = 0
        for index in lines.indices.dropFirst() where lines[index].length > 0 && lines[index - 1].length > 0 {
            let previous = lines[index - 1], line = lines[index]
            guard ScalarClass(scalars[line.start]).isLowercase || previous.length + 1 + line.firstWord > longest else { continue }
            scalars[line.start - 1] = " "
            joined += 1
        }
        return joined
    }

    /// Each line of the text: where it starts, its length, its first word's length, whether it has a
    /// space (a line of one word may run past the width: it had nowhere to break).
    static func lines(of scalars: [Unicode.Scalar]) -> [(start: Int, length: Int, firstWord: Int, hasSpace: Bool)] {
        var lines: [(start: Int, length: Int, firstWord: Int, hasSpace: Bool)] = []
        var start = 0
        func close(_ end: Int) {
            var word = start
            while word < end, scalars[word] != " " { word += 1 }
            lines.append((start, end - start, word - start, word < end))
        }
        for index in scalars.indices where scalars[index] == "\n" {
            close(index)
            start = index + 1
        }
        close(scalars.count)
        return lines
    }
}
