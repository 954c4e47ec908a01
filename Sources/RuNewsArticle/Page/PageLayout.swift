import RuNewsHTML

/// Where things stand on a page, in the blocks of text a reader sees: which block each node's text opens,
/// the headline's block, the article body's first and last block, which nodes lie in the page's frame.
/// Built once per page from what the content extractor already walked; every lookup is constant time.
struct PageLayout {
    let document: HTMLDocument
    let blocks: [ContentExtractor.Block]
    /// For each node, the block of the first text at or after it in document order (nil past the last).
    private let blockAtOrAfter: [Int32]
    let headline: Int?
    /// The article's container, and its blocks.
    let container: Int?
    let body: ClosedRange<Int>?
    /// Navigation, footer, aside, or a class or id of the frame (`ContentExtractor.Hints`).
    let inFrame: [Bool]
    /// For each block, the blocks of prose before it (and of all of them, last): outside the frame,
    /// less than half links. A dateline followed by "печать | обсудить" still closes the text.
    private let proseBefore: [Int]

    /// The headline's block is the content extractor's (`ContentExtractor.Content.headlineBlock`).
    init(document: HTMLDocument, content: ContentExtractor.Content) {
        self.document = document
        blocks = content.blockDetails
        inFrame = content.inFrame
        var next = [Int32](repeating: -1, count: document.nodes.count)
        var current: Int32 = -1
        for node in stride(from: document.nodes.count - 1, through: 0, by: -1) {
            if content.blockOfText[node] >= 0 { current = content.blockOfText[node] }
            next[node] = current
        }
        blockAtOrAfter = next
        var prose = [0]
        prose.reserveCapacity(blocks.count + 1)
        for block in blocks {
            let isProse = !inFrame[block.element] && block.linkCharacters * 2 < block.characters
            prose.append(prose.last! + (isProse ? 1 : 0))
        }
        proseBefore = prose
        self.headline = content.headlineBlock
        container = content.container
        if let container = content.container {
            let end = Self.lastDescendant(of: container, in: document)
            let inside = content.blockDetails.indices.filter { (container...end).contains(content.blockDetails[$0].element) }
            body = inside.first.map { $0...inside.last! }
        } else {
            body = nil
        }
    }

    /// The block that shows the headline: the one that holds the title as written (`exact`), else the
    /// `heading` element's block (the next with text at or after it), else the first that shows the
    /// `title` in other capitals ("СПИД В ЗАБАЙКАЛЬЕ СТАЛ «СТАРШЕ»").
    static func headlineBlock(_ exact: Int?, heading: Int?, title: String?, blocks: [ContentExtractor.Block], blockOfText: [Int32]) -> Int? {
        if let exact { return exact }
        if let heading, let block = blockOfText[heading...].first(where: { $0 >= 0 }) { return Int(block) }
        guard let title else { return nil }
        // Bytes against bytes, the length first: lowercase Cyrillic and Latin keep their bytes' count.
        let needle = Array(title.lowercased().utf8)
        return blocks.firstIndex { $0.text.utf8.count >= needle.count && Array($0.text.lowercased().utf8).contains(bytes: needle) }
    }

    /// The blocks of prose strictly between two blocks, `from` before `to`.
    func prose(from: Int, to: Int) -> Int {
        to > from ? proseBefore[to] - proseBefore[from + 1] : 0
    }

    /// The block an element's text opens (the next one for an element without text).
    func block(of element: Int) -> Int? {
        guard element >= 0, element < blockAtOrAfter.count, blockAtOrAfter[element] >= 0 else { return nil }
        return Int(blockAtOrAfter[element])
    }

    /// The last node below `node` in document order (the arena keeps parents before children, siblings in order).
    static func lastDescendant(of node: Int, in document: HTMLDocument) -> Int {
        var current = node
        while let last = document.lastChild(of: current) { current = last }
        return current
    }
}
