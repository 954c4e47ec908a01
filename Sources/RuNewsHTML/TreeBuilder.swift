/// A forgiving tree builder over the tokenizer: enough of the HTML5 construction rules for extraction
/// (void elements, raw text, implied end tags of `p`, `li`, `dt`/`dd`, options, table cells and rows, end
/// tags that close what they match or nothing), iterative, so any depth parses.
///
/// It is not the full WHATWG algorithm: no adoption agency for misnested formatting, no foster
/// parenting, no foreign-content rules; the html5lib tree-construction suite is the yardstick for
/// growing it.
public struct TreeBuilder {
    /// Elements opened beyond this depth are added flat, so a page of 100 000 nested `<div>`s stays a
    /// tree of bounded height.
    public static let maximumDepth = 512

    public init() {}

    public func parse(_ utf8: [UInt8]) -> HTMLDocument {
        var document = HTMLDocument()
        var tokenizer = HTMLTokenizer(utf8)
        var open: [Int] = [HTMLDocument.root]

        /// Pops the open elements down to and including the nearest `name`, unless a boundary comes first.
        func close(_ name: [UInt8], boundaries: Set<[UInt8]>) {
            var index = open.count - 1
            while index > 0 {
                let element = document.nodes[open[index]].name
                if element == name {
                    open.removeSubrange(index...)
                    return
                }
                if boundaries.contains(element) { return }
                index -= 1
            }
        }

        while let token = tokenizer.next() {
            switch token {
            case .characters(let bytes):
                document.appendText(bytes, to: open[open.count - 1])
            case .comment(let bytes):
                _ = document.append(HTMLDocument.Node(kind: .comment, name: [], attributes: [], text: bytes, parent: 0),
                                    to: open[open.count - 1])
            case .doctype:
                break
            case .startTag(let tag):
                let name = tag.name
                if HTMLVocabulary.closesParagraph.contains(name) { close(HTMLVocabulary.paragraph, boundaries: HTMLVocabulary.scopeBoundaries) }
                for (member, closers) in HTMLVocabulary.selfClosingGroups where closers.contains(name) {
                    close(member, boundaries: HTMLVocabulary.scopeBoundaries.subtracting([member]))
                }
                let node = document.append(HTMLDocument.Node(kind: .element, name: name, attributes: tag.attributes, text: [], parent: 0),
                                           to: open[open.count - 1])
                if HTMLVocabulary.void.contains(name) { continue }
                if open.count < Self.maximumDepth { open.append(node) }
                if HTMLVocabulary.rawText.contains(name) {
                    tokenizer.state = name == HTMLVocabulary.script ? .scriptData : .rawtext
                    tokenizer.setLastStartTag(name)
                } else if HTMLVocabulary.escapableRawText.contains(name) {
                    tokenizer.state = .rcdata
                    tokenizer.setLastStartTag(name)
                } else if name == HTMLVocabulary.plaintext {
                    tokenizer.state = .plaintext
                }
            case .endTag(let tag):
                // Close up to the nearest open element of that name; an end tag that matches nothing is dropped.
                if let match = open.lastIndex(where: { document.nodes[$0].name == tag.name }), match > 0 {
                    open.removeSubrange(match...)
                }
            }
        }
        return document
    }
}
