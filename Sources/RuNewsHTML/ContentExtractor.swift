import Foundation

/// Finds the article in a parsed page: text blocks scored by their length, commas and link density,
/// their scores given to the containers above them, class and id hints and semantic tags weighing in;
/// the best container's blocks are the text, boilerplate phrases and link lists left out.
public struct ContentExtractor: Sendable {
    public init() {}

    /// A run of text with its nearest block element.
    struct Block {
        let element: Int
        var text: String
        var linkCharacters: Int
        var isHeading: Bool
        var isListItem: Bool
    }

    public func extract(from document: HTMLDocument) -> (paragraphs: [String], removed: [Article.Removed], container: Int?) {
        let blocks = textBlocks(of: document)
        var scores: [Int: Double] = [:]
        for block in blocks {
            let characters = block.text.count
            guard characters >= 25, !isInsideBoilerplate(block.element, document) else { continue }
            let linkDensity = Double(block.linkCharacters) / Double(max(characters, 1))
            let commas = block.text.filter { $0 == "," }.count
            let score = (1 + Double(commas) + min(Double(characters) / 100, 3)) * (1 - linkDensity)
            let parent = document.nodes[block.element].parent
            if parent >= 0 { scores[parent, default: 0] += score }
            let grandparent = parent >= 0 ? document.nodes[parent].parent : -1
            if grandparent >= 0 { scores[grandparent, default: 0] += score / 2 }
        }
        var best: (element: Int, score: Double)?
        for (element, score) in scores {
            let weighted = score * weight(of: element, document)
            if best == nil || weighted > best!.score || weighted == best!.score && element < best!.element {
                best = (element, weighted)
            }
        }
        guard let container = best?.element else { return ([], [], nil) }
        var paragraphs: [String] = []
        var removed: [Article.Removed] = []
        let inside = Set(document.elements(under: container))
        for block in blocks where inside.contains(block.element) {
            let characters = block.text.count
            guard characters > 0 else { continue }
            if let kind = BoilerplatePhrases.kind(of: block.text) {
                removed.append(Article.Removed(kind: kind, text: block.text))
                continue
            }
            let linkDensity = Double(block.linkCharacters) / Double(characters)
            if linkDensity > 0.5 || isInsideBoilerplate(block.element, document) {
                removed.append(Article.Removed(kind: .related, text: block.text))
                continue
            }
            if !block.isHeading && block.text.split(separator: " ").count < 3 && !block.isListItem { continue }
            if paragraphs.contains(where: { TextDumpExtractor.nearlyEqual($0, block.text) || $0 == block.text }) {
                removed.append(Article.Removed(kind: .duplicateLead, text: block.text))
                continue
            }
            paragraphs.append(block.text)
        }
        return (paragraphs, removed, container)
    }

    // MARK: - Blocks

    /// The text of the page as blocks: each text node goes to its nearest block ancestor.
    func textBlocks(of document: HTMLDocument) -> [Block] {
        var blocks: [Block] = []
        var indexOfElement: [Int: Int] = [:]
        // (node, nearest block, inside a link)
        var stack: [(Int, Int, Bool)] = [(HTMLDocument.root, HTMLDocument.root, false)]
        while let (node, block, inLink) = stack.popLast() {
            let current = document.nodes[node]
            switch current.kind {
            case .text:
                let text = String(decoding: current.text, as: UTF8.self)
                guard text.contains(where: { !$0.isWhitespace }) else { continue }
                let position: Int
                if let existing = indexOfElement[block], existing == blocks.count - 1 {
                    position = existing
                } else {
                    let name = document.nodes[block].name
                    blocks.append(Block(element: block, text: "", linkCharacters: 0,
                                        isHeading: HTMLVocabulary.headings.contains(name), isListItem: name == HTMLVocabulary.listItem))
                    position = blocks.count - 1
                    indexOfElement[block] = position
                }
                let collapsed = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                let joiner = blocks[position].text.isEmpty || text.first?.isWhitespace == true ? " " : ""
                blocks[position].text = (blocks[position].text + joiner + collapsed).trimmingCharacters(in: .whitespaces)
                if text.last?.isWhitespace == true { blocks[position].text += " " }
                if inLink { blocks[position].linkCharacters += collapsed.count }
            case .element, .document:
                if HTMLVocabulary.hidden.contains(current.name) { continue }
                let isBlock = HTMLVocabulary.blocks.contains(current.name) || current.kind == .document
                let isBreak = current.name == HTMLVocabulary.lineBreak
                if isBreak { indexOfElement[block] = nil; continue }
                let nextBlock = isBlock ? node : block
                if isBlock { indexOfElement[block] = nil }
                let link = inLink || current.name == HTMLVocabulary.anchor
                for child in current.children.reversed() { stack.append((child, nextBlock, link)) }
            case .comment:
                continue
            }
        }
        return blocks.map { block in
            var block = block
            block.text = block.text.trimmingCharacters(in: .whitespaces)
            return block
        }
    }

    // MARK: - Hints

    /// Class and id words that mark the frame of a page, not its article.
    static let negativeHints = ["comment", "footer", "sidebar", "menu", "nav", "share", "social", "related", "banner",
                                "advert", "promo", "widget", "breadcrumb", "tags", "copyright", "subscribe", "popup",
                                "cookie", "header", "rating", "vote", "poll", "similar", "more", "teaser", "reklama",
                                "counter", "login", "search"]
    /// Class and id words that mark the article.
    static let positiveHints = ["article", "content", "text", "body", "post", "entry", "news", "story", "main",
                                "material", "full", "detail", "publication"]

    func hints(of element: Int, _ document: HTMLDocument) -> String {
        ((document.attribute("class", of: element) ?? "") + " " + (document.attribute("id", of: element) ?? "")).lowercased()
    }

    func weight(of element: Int, _ document: HTMLDocument) -> Double {
        let name = document.nodes[element].name
        var weight = 1.0
        if name == HTMLVocabulary.article || name == HTMLVocabulary.main { weight *= 1.5 }
        if document.attribute("itemprop", of: element)?.lowercased() == "articlebody" { weight *= 2 }
        let hints = hints(of: element, document)
        if Self.positiveHints.contains(where: hints.contains) { weight *= 1.25 }
        if Self.negativeHints.contains(where: hints.contains) { weight *= 0.5 }
        return weight
    }

    /// Inside navigation, a footer, an aside or an element whose class or id says it is the page's frame.
    func isInsideBoilerplate(_ element: Int, _ document: HTMLDocument) -> Bool {
        var node = element
        var depth = 0
        while node > 0, depth < 12 {
            let name = document.nodes[node].name
            if HTMLVocabulary.frame.contains(name) { return true }
            let hints = hints(of: node, document)
            if !hints.trimmingCharacters(in: .whitespaces).isEmpty,
               Self.negativeHints.contains(where: { hints.contains($0) }), !Self.positiveHints.contains(where: { hints.contains($0) }) {
                return true
            }
            node = document.nodes[node].parent
            depth += 1
        }
        return false
    }
}
