/// How far a run of blocks stands from the headline, in the characters of the text between them: an
/// article's text follows its headline, and a long block further down (a site's legal notice, its
/// rules for comments, a list of officials) outweighs a short article only by standing apart from it.
/// Text of the page's frame does not count, so menus and share buttons between the two do not.
struct TextDistance {
    /// At this many characters between them, a container counts half.
    static let halfWeight = 2_000.0

    private let headline: Int?
    /// The characters of the blocks before each block (and of all of them, last), frame left out.
    private let before: [Int]

    init(blocks: [ContentExtractor.Block], inFrame: [Bool], from headline: Int?) {
        self.headline = headline
        var before = [0]
        before.reserveCapacity(blocks.count + 1)
        for block in blocks { before.append(before.last! + (inFrame[block.element] ? 0 : block.characters)) }
        self.before = before
    }

    /// The characters between the headline's block and the nearest of `span`'s, 0 where it holds the headline.
    func characters(to span: ClosedRange<Int>) -> Int {
        guard let headline else { return 0 }
        if span.lowerBound > headline { return before[span.lowerBound] - before[headline + 1] }
        if span.upperBound < headline { return before[headline] - before[span.upperBound + 1] }
        return 0
    }

    /// What a container whose text is `span` weighs for standing where it does: 1 next to the headline
    /// or without one, less the further away it stands.
    func weight(of span: ClosedRange<Int>) -> Double {
        1 / (1 + Double(characters(to: span)) / Self.halfWeight)
    }
}
