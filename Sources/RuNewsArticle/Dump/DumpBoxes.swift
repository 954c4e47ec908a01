/// The boxes of other pages' items a dump prints under their label, each from the label to its last
/// item: other news ("Читайте также"), each headline with its teaser, or comments ("Комментарии (4)"),
/// each author's dated line with the comment's lines, two items at least in a row (a label before one
/// link inside the text is followed by the text); or one link to another page under its label inside
/// the text, on one line ("Читайте также: …"). The text is read as if they were not there: they
/// are neither its prose nor a gap in it, and distances from it are measured without them. An
/// advertisement, the sentence below a label of its own ("Реклама"), is only left out of the text:
/// read as absent, it moved the runs of pages it stood in (5 dumps down on a probe of them).
struct DumpBoxes {
    let ranges: [ClosedRange<Int>]
    /// The lines of advertisements under their label.
    let advertisements: [Int]
    /// Whether each line lies in a box.
    let contains: [Bool]
    /// For each line, and one past the last, its index were the boxes not there.
    let position: [Int]

    init(_ lines: [DumpLine]) {
        var ranges: [ClosedRange<Int>] = []
        var advertisements: [Int] = []
        for label in lines.indices where ranges.last.map({ !$0.contains(label) }) ?? true {
            let kind = lines[label].boilerplate
            if kind == .ads, Self.isAdvertisement(at: label, in: lines) { advertisements.append(label + 1) }
            if kind == .related, BoilerplatePhrases.isRelatedLink(lines[label].text) {
                ranges.append(label...label)
                continue
            }
            guard kind == .related || kind == .comments else { continue }
            var items = 0, end = label
            while let last = Self.itemEnd(from: end + 1, in: lines, comments: kind == .comments) {
                items += 1
                end = last
            }
            if items >= DumpLayout.boxedItems { ranges.append(label...end) }
        }
        self.ranges = ranges
        self.advertisements = advertisements
        var contains = [Bool](repeating: false, count: lines.count)
        for range in ranges { for index in range { contains[index] = true } }
        self.contains = contains
        var position: [Int] = []
        position.reserveCapacity(lines.count + 1)
        var boxed = 0
        for index in 0...lines.count {
            position.append(index - boxed)
            if index < lines.count, contains[index] { boxed += 1 }
        }
        self.position = position
    }

    /// The last line of the item `start` opens: a headline and the teaser below it, or a comment's dated
    /// line and the comment's lines up to the next comment's (`DumpLayout.commentLines` at most, past
    /// its controls: "Ответить", "Нравится"). The last comment takes only the lines of prose below it:
    /// what follows may be the page's again (a signature, its address, its own dateline).
    static func itemEnd(from start: Int, in lines: [DumpLine], comments: Bool) -> Int? {
        guard opensItem(at: start, in: lines, comments: comments) else { return nil }
        guard comments else { return start + 1 }
        let reach = (start + 2)..<min(lines.count, start + 2 + DumpLayout.commentLines)
        let next = reach.first { lines[$0].isDateline || lines[$0].boilerplate.map { !commentControls.contains($0) } ?? false }
        if let next, opensItem(at: next, in: lines, comments: true) { return next - 1 }
        return reach.prefix { lines[$0].score > 0 && lines[$0].boilerplate == nil && !lines[$0].isDateline }.last ?? start + 1
    }

    /// What a comment's controls are ("Ответить", "Нравится"): no end of it.
    static let commentControls: Set<Article.Removed.Kind> = [.share, .comments]

    /// An advertisement's label alone on its line ("Реклама"), and the short sentence below it: not a
    /// name, a trail, the page's own headline printed after a banner's label (which repeats the dump's
    /// first line), or the article's next paragraph.
    static func isAdvertisement(at label: Int, in lines: [DumpLine]) -> Bool {
        guard label + 1 < lines.count, lines[label].words <= 3 else { return false }
        let offer = lines[label + 1]
        guard offer.boilerplate == nil, offer.endsSentence, !offer.text.hasSuffix("…"), !offer.isDateline,
              offer.words <= DumpLayout.advertisementWords, DumpTrail.pathItems(of: offer) == nil else { return false }
        let words = TextComparison.wordSet(offer.text)
        guard Double(words.intersection(TextComparison.wordSet(lines[0].text)).count) < DumpLayout.titleShare * Double(max(words.count, 1))
        else { return false }
        // A banner's label may stand alone before the article's next paragraph: an offer speaks of
        // nothing the lines around it speak of.
        let around = (max(0, label - 3)..<label).map { lines[$0].text } + ((label + 2)..<min(lines.count, label + 5)).map { lines[$0].text }
        return !TextComparison.isAbout(around.joined(separator: " "), title: offer.text)
    }

    static func opensItem(at index: Int, in lines: [DumpLine], comments: Bool) -> Bool {
        index + 1 < lines.count && (comments ? lines[index].isDateline : lines[index].isHeadline) && isItemBody(lines[index + 1])
    }

    /// The line below an item's first: prose, a line that is no headline (a comment's "Страшно!") or one
    /// longer than headlines are (a teaser cut short reads as one); never boilerplate or a dateline. A
    /// list of headlines alone is a list of links, which ends the text as it is.
    static func isItemBody(_ line: DumpLine) -> Bool {
        line.boilerplate == nil && !line.isDateline
            && (line.score > 0 || !line.isHeadline || line.words > DumpLayout.usualHeadlineWords)
    }
}
