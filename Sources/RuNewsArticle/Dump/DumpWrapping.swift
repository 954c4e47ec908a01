/// A dump wrapped at a fixed width, as html2text, lynx and w3m write them: each paragraph over several
/// lines, broken where the next word would not fit. Read one line a block, its lines would be short
/// lines (a menu's), and its text would be no run of prose at all: its paragraphs are joined first.
enum DumpWrapping {
    /// Lines are wrapped this short at most (the dumpers wrap at 72–80).
    static let widest = 160
    /// A wrapped dump has this many lines as long as the longest, within `fullSlack`, at least (an
    /// article of a few paragraphs), and this many breaks where a wrapper would put them in the middle
    /// of a sentence, `midSentenceShare` of those it has; a dump whose lines are paragraphs of like
    /// length has lines as long as its longest, but they end sentences.
    static let fullLines = 8, fullBreaks = 5
    static let fullSlack = 12
    static let midSentenceShare = 0.5

    /// The lines with each wrapped paragraph joined into one: a line breaks where a wrapper puts a break
    /// when it, a space and the next line's first word are longer than the longest line of two words or
    /// more. Lines as they are where the dump is not wrapped.
    static func unwrap(_ lines: [Substring]) -> [Substring] {
        let lengths = lines.map { $0.unicodeScalars.count }
        let trimmed = lines.map { $0.drop { $0 == " " || $0 == "\t" } }
        // The width the dump was wrapped at: a line of one word (an address) may be longer, it had
        // nowhere to break.
        guard let longest = lines.indices.filter({ trimmed[$0].contains(" ") }).map({ lengths[$0] }).max(), longest <= widest else {
            return lines
        }
        func breaksHere(_ index: Int) -> Bool {
            let next = trimmed[index + 1]
            guard !trimmed[index].isEmpty, !next.isEmpty, !opensItem(next) else { return false }
            let word = next.unicodeScalars.prefix { $0 != " " }.count
            return lengths[index] + 1 + word > longest
        }
        let breaks = lines.indices.dropLast().filter(breaksHere)
        let midSentence = breaks.count { !DumpLine.endsSentence(lines[$0]) }
        guard lengths.count(where: { $0 >= longest - fullSlack }) >= fullLines, midSentence >= fullBreaks,
              Double(midSentence) >= Double(breaks.count) * midSentenceShare else { return lines }
        // A paragraph grows by each line after a break, and closes at a line no break follows.
        let isBreak = Set(breaks)
        var joined: [Substring] = [], paragraph = ""
        joined.reserveCapacity(lines.count - breaks.count)
        for index in lines.indices {
            paragraph += index > 0 && isBreak.contains(index - 1) ? " " + trimmed[index] : lines[index]
            if !isBreak.contains(index) {
                joined.append(Substring(paragraph))
                paragraph = ""
            }
        }
        return joined
    }

    /// Whether a line opens a list item ("- Главная", "• Спорт"): a mark before a word in capitals. A
    /// dash before a lowercase word goes on with a sentence the wrapper broke ("идеи\n- сотрудники").
    static func opensItem(_ line: Substring) -> Bool {
        guard let mark = line.first, DumpLine.marks.contains(String(mark)) else { return false }
        let word = line.dropFirst().drop { $0 == " " }
        return !(word.first?.isLowercase ?? false)
    }
}
