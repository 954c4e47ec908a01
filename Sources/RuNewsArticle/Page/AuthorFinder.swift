import RuNewsHTML
/// Who wrote an article when the markup does not say: a byline beside the headline, an agency's
/// dateline crediting its correspondent, or a signature closing the text — in that order.
struct AuthorFinder {
    /// Whether a name is a person's (the caller's dictionary knows), not an agency's or a rubric's.
    let isPersonName: (String) -> Bool

    /// How many blocks on either side of the headline a byline may sit.
    static let reach = 6

    /// `body`, where known, is the text's place among the blocks: a signature in the block after it counts
    /// too, and with `bylinesBeside` a marked byline just before or after it (a dump keeps "Ирина
    /// ЗРАЖЕВСКАЯ — 17.01.2012 15:44" above the text, a signature with © below it).
    func authors(around headline: Int?, in blocks: [String], text paragraphs: [String], body: Range<Int>? = nil,
                 bylinesBeside: Bool = true) -> [String] {
        headline.flatMap { bylineNear(headline: $0, in: blocks) }
            ?? paragraphs.first.flatMap(Byline.opening).flatMap(people)
            ?? paragraphs.last.flatMap(signature)
            ?? body.flatMap { signature(after: $0, in: blocks) }
            ?? body.flatMap { bylinesBeside ? bylineBeside($0, in: blocks) : nil }
            ?? []
    }

    /// A signature in the block right after the text's.
    private func signature(after body: Range<Int>, in blocks: [String]) -> [String]? {
        blocks.indices.contains(body.upperBound) ? signature(blocks[body.upperBound]) : nil
    }

    /// A marked byline in the three blocks before the text or the three after it, nearest first.
    func bylineBeside(_ body: Range<Int>, in blocks: [String]) -> [String]? {
        (1...3).flatMap { [body.lowerBound - $0, body.upperBound - 1 + $0] }.filter(blocks.indices.contains)
            .lazy.compactMap { markedByline(blocks[$0]) }.first
    }

    /// The people of a line that says it is a byline.
    func markedByline(_ line: String) -> [String]? {
        guard let byline = Byline(line), byline.isMarked else { return nil }
        return people(byline)
    }

    /// Only a line that says it is a byline counts beside the headline, or a bare name beside the
    /// dateline ("28.11.2011 16:08" | "Павел Козаченко"): a bare name elsewhere there may be a caption.
    func bylineNear(headline index: Int, in blocks: [String]) -> [String]? {
        blocks.indices(around: index, within: 1...Self.reach).lazy
            .compactMap { markedByline(blocks[$0]) ?? labelledByline(at: $0, in: blocks) ?? nameBesideDateline(at: $0, in: blocks) }.first
    }

    /// A block of a bare name (or a marked byline: `signature`) with a dateline block right before or after it.
    func nameBesideDateline(at index: Int, in blocks: [String]) -> [String]? {
        guard [index - 1, index + 1].contains(where: { blocks.indices.contains($0) && Dateline.read(blocks[$0]) != nil }) else { return nil }
        return signature(blocks[index])
    }

    /// A byline laid out over two blocks, as tables do: the label in one, the name in the next
    /// ("Автор:" | "Денис Дорошенко").
    func labelledByline(at index: Int, in blocks: [String]) -> [String]? {
        guard index + 1 < blocks.count, Byline.isLabel(blocks[index]) else { return nil }
        return markedByline(blocks[index] + " " + blocks[index + 1])
    }

    /// A signature: a marked byline, or a line of a bare name, closing the text or just after it.
    func signature(_ line: String) -> [String]? {
        guard let byline = Byline(line), byline.isMarked || line.split(separator: " ").count <= 3 else { return nil }
        return people(byline)
    }

    /// The byline's names that are people's; nil when none is.
    func people(_ byline: Byline) -> [String]? {
        let people = byline.names.filter(isPersonName)
        return people.isEmpty ? nil : people
    }
}
