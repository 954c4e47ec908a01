import Foundation
import RuNewsHTML
import RuNewsText

/// Finds the article in a parsed page: text blocks scored by their length, commas and link density,
/// their scores given to the containers above them, class and id hints, semantic tags, the distance
/// from the headline and the headline's words in the text weighing in;
/// the best container's blocks are the text, boilerplate phrases and link lists left out.
public struct ContentExtractor: Sendable {
    public init() {}

    /// A run of text with its nearest block element.
    struct Block {
        let element: Int
        var text: String
        /// Scalars in `text`, counted once.
        var characters = 0
        var linkCharacters: Int
        var isHeading: Bool
        var isListItem: Bool
    }

    /// What the extractor finds: the article's paragraphs, what was left out, the container chosen, and
    /// every block of the page with what locates it (for the metadata around the headline and the layout).
    struct Content {
        var paragraphs: [String] = []
        var removed: [Article.Removed] = []
        var container: Int?
        /// The block that shows the headline, the first that is it or holds it.
        var headline: Int?
        /// That block, else the heading's or the one that shows the title in other capitals
        /// (`PageLayout.headlineBlock`): where the article's text is measured from.
        var headlineBlock: Int?
        /// The standfirst printed between the headline and the article's container (`leads`), which opens the text.
        var lead: String?
        var blockDetails: [Block]
        /// For each node, the block its text went to (-1 for a node that is no text or went to none).
        var blockOfText: [Int32]
        /// Whether each node lies in the page's frame (`Hints.inFrame`).
        var inFrame: [Bool]

        /// The text of every block of the page.
        var blocks: [String] { blockDetails.map(\.text) }
    }

    /// `title` is the page's headline and `heading` its element, where the metadata found them: the
    /// article's text follows its headline.
    func extract(from document: HTMLDocument, title: String?, heading: Int?) -> Content {
        let hints = Hints(document)
        let (blocks, blockOfText) = textBlocks(of: document, inFrame: hints.inFrame)
        var content = Content(blockDetails: blocks, blockOfText: blockOfText, inFrame: hints.inFrame)
        content.headline = title.flatMap { Self.index(of: $0, in: blocks) }
        // Each container's score and the blocks it came from, first and last, by node; the containers in
        // the order they were first scored.
        var scores = [Double](repeating: 0, count: document.nodes.count)
        var spans = [ClosedRange<Int>?](repeating: nil, count: document.nodes.count)
        var containers: [Int] = []
        // The blocks each container was scored for, as one list through all of them: the last one's
        // entry by node, and each entry's block and the entry before it (two entries a block at most).
        var lastEntry = [Int32](repeating: -1, count: document.nodes.count)
        var entries: [(block: Int32, previous: Int32)] = []
        func add(_ share: Double, to container: Int, from block: Int) {
            guard container >= 0, share > 0 else { return }
            if let span = spans[container] { spans[container] = span.lowerBound...block } else {
                spans[container] = block...block
                containers.append(container)
            }
            scores[container] += share
            entries.append((Int32(block), lastEntry[container]))
            lastEntry[container] = Int32(entries.count - 1)
        }
        for (index, block) in blocks.enumerated() {
            let characters = block.characters
            guard characters >= 25, !hints.inFrame[block.element], !BoilerplatePhrases.isCopyrightNotice(block.text) else { continue }
            let linkDensity = Double(block.linkCharacters) / Double(max(characters, 1))
            let commas = block.text.utf8.count { $0 == UInt8(ascii: ",") }
            let score = (1 + Double(commas) + min(Double(characters) / 100, 3)) * (1 - linkDensity)
            let parent = document.nodes[block.element].parent
            add(score, to: parent, from: index)
            add(score / 2, to: parent >= 0 ? document.nodes[parent].parent : -1, from: index)
        }
        let headline = PageLayout.headlineBlock(content.headline, heading: heading, title: title, blocks: blocks, blockOfText: blockOfText)
        content.headlineBlock = headline
        let distance = TextDistance(blocks: blocks, inFrame: hints.inFrame, from: headline)
        // A container's score, weighed by its hints and by how far from the headline it stands.
        func placed(_ element: Int) -> Double {
            scores[element] * hints.weight(of: element, document) * distance.weight(of: spans[element]!)
        }
        // And by how many of the headline's words the text it was scored for repeats: read only for the
        // containers that can still win, and for each block once.
        let headlineWords = HeadlineWords(title)
        var blockWords = [UInt64?](repeating: nil, count: headlineWords.isEmpty ? 0 : blocks.count)
        func wordsWeight(_ element: Int) -> Double {
            guard !headlineWords.isEmpty else { return 1 }
            var shared: UInt64 = 0
            var entry = lastEntry[element]
            while entry >= 0 {
                let block = Int(entries[Int(entry)].block)
                if blockWords[block] == nil { blockWords[block] = headlineWords.shared(with: blocks[block].text) }
                shared |= blockWords[block]!
                entry = entries[Int(entry)].previous
            }
            return headlineWords.weight(of: shared)
        }
        func weighted(_ element: Int) -> Double { placed(element) * wordsWeight(element) }
        // Highest placed first: one that the headline's words cannot lift to the best found is the end.
        let ranked = containers.map { ($0, placed($0)) }.sorted { $0.1 > $1.1 || $0.1 == $1.1 && $0.0 < $1.0 }
        var best: (element: Int, score: Double)?
        for (element, placedScore) in ranked {
            if let best, placedScore * HeadlineWords.greatestWeight < best.score { break }
            let score = placedScore * wordsWeight(element)
            if best == nil || score > best!.score || score == best!.score && element < best!.element { best = (element, score) }
        }
        guard let container = best?.element else { return content }
        var paragraphs: [String] = []
        var removed: [Article.Removed] = []
        var seen: Set<ByteKey> = []
        // Siblings that score well too belong to the article (a text split around an inset or a photo).
        var chosen = [container]
        let parent = document.nodes[container].parent
        if parent > 0, let bestScore = best?.score {
            for sibling in document.children(of: parent) where sibling != container && !hints.inFrame[sibling] {
                if spans[sibling] != nil, weighted(sibling) >= bestScore * 0.2 { chosen.append(sibling) }
            }
        }
        // The arena is in document order: what lies under a node is the run of nodes up to its last
        // descendant; the chosen elements are siblings, so their runs are apart and marked once each.
        var isInside = [Bool](repeating: false, count: document.nodes.count)
        for element in chosen { for node in element...PageLayout.lastDescendant(of: element, in: document) { isInside[node] = true } }
        let inside = blocks.indices.filter { isInside[blocks[$0].element] }
        let leads = Self.leads(between: headline, and: inside, in: blocks, inFrame: hints.inFrame)
        content.lead = leads.first.map { blocks[$0].text }
        for block in (leads + inside).map({ blocks[$0] }) {
            let characters = block.characters
            guard characters > 0 else { continue }
            if let kind = BoilerplatePhrases.kind(of: block.text) {
                removed.append(Article.Removed(kind: kind, text: block.text))
                continue
            }
            let linkDensity = Double(block.linkCharacters) / Double(characters)
            if linkDensity > 0.5 || hints.inFrame[block.element] {
                removed.append(Article.Removed(kind: .related, text: block.text))
                continue
            }
            if !block.isHeading && block.text.utf8.count(where: { $0 == 0x20 }) < 2 && !block.isListItem { continue }
            // A paragraph the page prints twice (a lead, a teaser) is kept once.
            if characters >= 40 {
                let key = TextComparison.letters(block.text)
                if !seen.insert(ByteKey(key)).inserted {
                    removed.append(Article.Removed(kind: .duplicateLead, text: block.text))
                    continue
                }
            }
            paragraphs.append(block.text)
        }
        content.paragraphs = paragraphs
        content.removed = removed
        content.container = container
        return content
    }

    /// Whether the text under `node` has a letter (Latin, or Cyrillic by its lead bytes): the subtree is
    /// the run of nodes up to its last descendant, and frame pieces inside paragraphs are small.
    static func hasLetters(under node: Int, in document: HTMLDocument) -> Bool {
        (node...PageLayout.lastDescendant(of: node, in: document)).contains { index in
            document.nodes[index].kind == .text && document.nodes[index].text.contains { byte in
                (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0xD0 || byte == 0xD1
            }
        }
    }

    /// A lead is this long at least, and less than this share of it is links.
    static let leadCharacters = 80
    static let leadLinkShare = 0.3
    /// A lead stands right below the headline: no more than a few blocks (a dateline, a byline, a photo's
    /// caption) between them and the text; further apart, what is between is other pages' teasers.
    static let leadReach = 10

    /// A lead printed between the headline and the article's container, outside it (a standfirst in a
    /// heading or a box of its own): the blocks of prose between them, not the frame's, not links, not
    /// repeated by the text.
    static func leads(between headline: Int?, and body: [Int], in blocks: [Block], inFrame: [Bool]) -> [Int] {
        guard let headline, let text = body.first, headline + 1 < text,
              text - headline <= leadReach else { return [] }
        let candidates = ((headline + 1)..<text).filter { index in
            let block = blocks[index]
            return block.characters >= leadCharacters && !inFrame[block.element]
                && Double(block.linkCharacters) < Double(block.characters) * leadLinkShare
        }
        guard !candidates.isEmpty else { return [] }
        // A lead the text repeats is there already: most of its runs of three words stand in one of the
        // text's paragraphs, or two in a row (a lead may join the first two). That the text uses the
        // lead's words says nothing: it speaks of the same things.
        let bodyRuns = body.map { Self.wordRuns(of: blocks[$0].text) }
        return candidates.filter { index in
            let runs = Self.wordRuns(of: blocks[index].text)
            let repeated = bodyRuns.indices.contains { paragraph in
                let next = paragraph + 1 < bodyRuns.count ? bodyRuns[paragraph + 1] : []
                let shared = runs.count { bodyRuns[paragraph].contains($0) || next.contains($0) }
                return Double(shared) >= Double(runs.count) * repeatedLeadShare
            }
            return !repeated
        }
    }

    /// The share of a lead's runs of words the text must repeat for the lead to be its repeat.
    static let repeatedLeadShare = 0.6

    /// A text's runs of three words, each one key (the words' bytes with a space between).
    static func wordRuns(of text: String) -> Set<ByteKey> {
        let words = ByteKey.wordList(of: text)
        guard words.count >= 3 else { return Set(words) }
        var runs: Set<ByteKey> = []
        for start in 0...(words.count - 3) {
            var bytes = words[start].bytes
            for word in words[(start + 1)...(start + 2)] {
                bytes.append(0x20)
                bytes.append(contentsOf: word.bytes)
            }
            runs.insert(ByteKey(bytes))
        }
        return runs
    }

    /// The block that shows the headline: the first that is it or holds it, compared as bytes.
    static func index(of headline: String, in blocks: [Block]) -> Int? {
        let needle = Array(headline.utf8)
        guard !needle.isEmpty else { return nil }
        return blocks.firstIndex { $0.text.utf8.contains(bytes: needle) }
    }

    // MARK: - Blocks

    /// The text of the page as blocks: each text node goes to its nearest block ancestor; and for each
    /// node, the block its text went to.
    func textBlocks(of document: HTMLDocument, inFrame: [Bool]) -> (blocks: [Block], blockOfText: [Int32]) {
        var blocks: [Block] = []
        var blockOfText = [Int32](repeating: -1, count: document.nodes.count)
        var pieces: [[UInt8]] = []
        var openBlock: Int?  // index in `blocks` of the block text is going to
        var openElement = -1
        // (node, nearest block, inside a link)
        var stack: [(Int, Int, Bool)] = [(HTMLDocument.root, HTMLDocument.root, false)]
        while let (node, block, inLink) = stack.popLast() {
            guard node >= 0 else { openBlock = nil; continue }  // a block element ended
            // Fields are read in place: copying a node would retain its four arrays.
            switch document.nodes[node].kind {
            case .text:
                guard document.nodes[node].text.contains(where: { $0 > 0x20 }) else {
                    if openBlock != nil { pieces[pieces.count - 1].append(0x20) }
                    continue
                }
                if openBlock == nil || openElement != block {
                    let tag = document.nodes[block].tag
                    blocks.append(Block(element: block, text: "", linkCharacters: 0, isHeading: tag.isHeading, isListItem: tag == .li))
                    pieces.append([])
                    openBlock = blocks.count - 1
                    openElement = block
                }
                pieces[pieces.count - 1].append(contentsOf: document.nodes[node].text)
                blockOfText[node] = Int32(blocks.count - 1)
                if inLink { blocks[blocks.count - 1].linkCharacters += document.nodes[node].text.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) } }
            case .element, .document:
                let tag = document.nodes[node].tag
                if tag.isHidden { continue }
                if tag == .br {
                    openBlock = nil  // a line break starts a new run
                    continue
                }
                let isBlock = tag.isBlock || document.nodes[node].kind == .document
                // An inline piece of the frame inside a paragraph that has no words (its comment counter
                // "0") says nothing of it; one with words may be a headline's or a date's ("title-header").
                if !isBlock, inFrame[node], !inFrame[document.nodes[node].parent], !Self.hasLetters(under: node, in: document) { continue }
                if isBlock { openBlock = nil }  // so does a block
                let link = inLink || tag == .a
                // After a block's children, text goes to a new run of the enclosing block.
                if isBlock { stack.append((-1, block, false)) }
                for child in document.childrenFromLast(of: node) { stack.append((child, isBlock ? node : block, link)) }
            case .comment, .doctype:
                continue
            }
        }
        for index in blocks.indices {
            blocks[index].text = CollapsedWhitespace.string(pieces[index])
            // Scalars counted by their first bytes: walking the scalar view decodes every one.
            blocks[index].characters = blocks[index].text.utf8.withContiguousStorageIfAvailable { bytes in
                bytes.count { $0 & 0xC0 != 0x80 }
            } ?? blocks[index].text.unicodeScalars.count
        }
        return (blocks, blockOfText)
    }
}
