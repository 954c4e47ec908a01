/// Text wrapped at a fixed width, as plain-text archives, mail and text dumpers (html2text, lynx) write
/// it: its line breaks stand where a line was full, not where a sentence, a name or a title ends, and
/// every later stage should read them as spaces ("Борис Николаевич\nЕльцин").
public enum LineWrapping {
    /// Of a wrapped text's lines, a good share go on in lowercase (the sentence goes on); a text whose
    /// lines are paragraphs, headings and captions almost never does (4 of 6,387 line breaks in NEREL's
    /// training texts).
    static let lowercaseShare = 0.4
    /// Of a wrapped text's lone breaks nearly all are full (`isFull`; a paragraph's last line followed
    /// by the next paragraph's first need not be); of a text whose lines are paragraphs of any length,
    /// only those near the longest.
    static let fullShare = 0.7
    /// Texts are wrapped at this width at most (mail and dumpers wrap at 70–80) and at least (a list of
    /// short names or places is no wrapped text, though each of its lines is "full").
    public static let widest = 160, narrowest = 40
    /// Lines enough to tell.
    static let minimumBreaks = 3

    /// A wrapper breaks a line where the next word would not fit: the line, a space and the next line's
    /// first word are longer than the width (the longest line of two words or more).
    public static func isFull(_ length: Int, before nextWord: Int, width: Int) -> Bool {
        length + 1 + nextWord > width
    }

    /// A line of a text: where it starts, its length and its first word's length, in scalars.
    struct Line {
        var start: Int, length: Int, firstWord: Int
        /// A line of one word may run past the width: it had nowhere to break.
        var hasSpace: Bool
    }

    /// The text's lines, and the width they were wrapped at if they were: the longest with a space.
    static func lines(of scalars: [Unicode.Scalar]) -> (lines: [Line], width: Int) {
        var lines: [Line] = []
        var start = 0
        func close(_ end: Int) {
            var word = start
            while word < end, scalars[word] != " " { word += 1 }
            lines.append(Line(start: start, length: end - start, firstWord: word - start, hasSpace: word < end))
        }
        for index in scalars.indices where scalars[index] == "\n" {
            close(index)
            start = index + 1
        }
        close(scalars.count)
        return (lines, lines.lazy.filter(\.hasSpace).map(\.length).max() ?? 0)
    }

    /// Whether the text is wrapped: at least `minimumBreaks` lines after its first (paragraphs' first
    /// lines included), and either `lowercaseShare` of them open in lowercase, or its width is between
    /// `narrowest` and `widest` and `fullShare` of its lone line breaks are full.
    public static func isWrapped(_ scalars: [Unicode.Scalar]) -> Bool {
        let (lines, width) = lines(of: scalars)
        return isWrapped(scalars, lines: lines, width: width)
    }

    private static func isWrapped(_ scalars: [Unicode.Scalar], lines: [Line], width: Int) -> Bool {
        var starts = 0, lowercase = 0, breaks = 0, full = 0
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
            if isFull(previous.length, before: line.firstWord, width: width) { full += 1 }
        }
        guard starts >= minimumBreaks else { return false }
        return Double(lowercase) >= Double(starts) * lowercaseShare
            || (narrowest...widest).contains(width) && breaks >= minimumBreaks && Double(full) >= Double(breaks) * fullShare
    }

    /// Where the text is wrapped, its lone line breaks made spaces where the text goes on over them, in
    /// place (one scalar for one: offsets stay): where the next line opens in lowercase, or where a
    /// wrapper broke a full line. A short line before a capital ends a headline or a paragraph and keeps
    /// its break; so does a paragraph break (two). Returns how many were joined; the lines are read once.
    static func joinLines(_ scalars: inout [Unicode.Scalar]) -> Int {
        // Most texts have too few lines to tell: no line is read for them.
        guard scalars.count(where: { $0 == "\n" }) >= minimumBreaks else { return 0 }
        let (lines, width) = lines(of: scalars)
        guard isWrapped(scalars, lines: lines, width: width) else { return 0 }
        var joined = 0
        for index in lines.indices.dropFirst() where lines[index].length > 0 && lines[index - 1].length > 0 {
            let line = lines[index]
            guard ScalarClass(scalars[line.start]).isLowercase || isFull(lines[index - 1].length, before: line.firstWord, width: width)
            else { continue }
            scalars[line.start - 1] = " "
            joined += 1
        }
        return joined
    }

    /// The text with its lone line breaks joined where it is wrapped (`joinLines`), as it is elsewhere.
    static func joined(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var joined = scalars
        _ = joinLines(&joined)
        return joined
    }
}
