import RuNewsText

/// A dump wrapped at a fixed width, as html2text, lynx and w3m write them: each paragraph over several
/// lines, broken where the next word would not fit. Read one line a block, its lines would be short
/// lines (a menu's), and its text would be no run of prose at all: its paragraphs are joined first.
enum DumpWrapping {
    /// A wrapped dump has this many lines of two words or more as long as its width, within
    /// `fullSlack`, at least (an article of a few paragraphs), and this many full breaks in the middle
    /// of a sentence, `midSentenceShare` of its full breaks; a dump whose lines are paragraphs of like
    /// length has lines as long as its longest, but they end sentences.
    static let fullLines = 8, fullBreaks = 5
    static let fullSlack = 12
    static let midSentenceShare = 0.5

    /// The lines with each wrapped paragraph joined into one where a wrapper broke a full line
    /// (`LineWrapping.isFull`, the width the longest line of two words or more, indentation counted as
    /// the wrapper counts it); the lines as they are where the dump is not wrapped.
    static func unwrap(_ lines: [Substring]) -> [Substring] {
        let lengths = lines.map { $0.unicodeScalars.count }
        let trimmed = lines.map { $0.drop { $0 == " " || $0 == "\t" } }
        let breakable = lines.indices.filter { trimmed[$0].contains(" ") }
        guard let width = breakable.map({ lengths[$0] }).max(), (LineWrapping.narrowest...LineWrapping.widest).contains(width) else {
            return lines
        }
        let breaks = lines.indices.dropLast().filter { index in
            let next = trimmed[index + 1]
            guard !trimmed[index].isEmpty, !next.isEmpty, !opensItem(next) else { return false }
            return LineWrapping.isFull(lengths[index], before: next.unicodeScalars.prefix { $0 != " " }.count, width: width)
        }
        let midSentence = breaks.count { !DumpLine.endsSentence(lines[$0]) }
        guard breakable.count(where: { lengths[$0] >= width - fullSlack }) >= fullLines, midSentence >= fullBreaks,
              Double(midSentence) >= Double(breaks.count) * midSentenceShare else { return lines }
        // A paragraph grows by each line after a break, and closes at a line no break follows.
        let isBreak = Set(breaks)
        var joined: [Substring] = [], paragraph = ""
        joined.reserveCapacity(lines.count - breaks.count)
        for index in lines.indices {
            if index > 0 && isBreak.contains(index - 1) {
                // The line's own trailing spaces would read as a gap between columns.
                while paragraph.last == " " || paragraph.last == "\t" { paragraph.removeLast() }
                paragraph += " " + trimmed[index]
            } else {
                paragraph += lines[index]
            }
            if !isBreak.contains(index) {
                joined.append(Substring(paragraph))
                paragraph = ""
            }
        }
        return joined
    }

    /// Whether a line opens a list item ("- Главная", "• Спорт", "— Новости"): a bullet before anything
    /// but a lowercase word. A dash before a lowercase word goes on with a sentence the wrapper broke
    /// ("идеи\n- сотрудники").
    static func opensItem(_ line: Substring) -> Bool {
        guard let bullet = DumpLine.bullets.first(where: { line.hasPrefix($0) }) else { return false }
        return !(line.dropFirst(bullet.count).first?.isLowercase ?? false)
    }
}
