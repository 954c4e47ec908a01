/// A forgiving tree builder over the tokenizer, following the WHATWG insertion modes for the document's
/// frame (doctype, `html`, `head` and what belongs in it, `body`, what comes after it) and, in the body,
/// enough of the rules for extraction: void elements, raw text, implied end tags of `p`, `li`, `dt`/`dd`,
/// options, table cells and rows, end tags that close what they match or nothing. Iterative, with a
/// depth cap, so any nesting parses.
///
/// Not yet the whole algorithm: no adoption agency for misnested formatting, no foster parenting, no
/// foreign content; `HTML5LibTreeConstructionTests` measures how far it is.
public struct TreeBuilder {
    /// Elements opened beyond this depth are added flat, so a page of 100 000 nested `<div>`s stays a
    /// tree of bounded height.
    public static let maximumDepth = 512
    /// A page is read up to this many nodes (a news page has a few thousand); the rest is left out
    /// and the document says so, so one pathological page cannot hold a batch.
    public static let maximumNodes = 1_000_000

    enum Mode { case initial, beforeHTML, beforeHead, inHead, afterHead, inBody, text, afterBody, afterAfterBody }

    public init() {}

    public func parse(_ utf8: [UInt8]) -> HTMLDocument {
        var state = State(document: HTMLDocument(), tokenizer: HTMLTokenizer(utf8))
        while let token = state.tokenizer.next() {
            guard state.document.nodes.count < Self.maximumNodes else { state.document.isTruncated = true; break }
            state.process(token)
        }
        state.finish()
        return state.document
    }

    /// The builder's state while it reads one page.
    struct State {
        var document: HTMLDocument
        var tokenizer: HTMLTokenizer
        var mode = Mode.initial
        var open: [Int] = []
        var head: Int?
        var html: Int?
        /// The mode to return to after the text of a `<title>`, `<script>`, `<style>` ….
        var originalMode = Mode.inBody

        init(document: HTMLDocument, tokenizer: HTMLTokenizer) {
            self.document = document
            self.tokenizer = tokenizer
        }

        var current: Int { open.last ?? HTMLDocument.root }

        func name(_ node: Int) -> [UInt8] { document.nodes[node].name }

        mutating func insert(_ tag: HTMLToken.Tag, push: Bool = true) -> Int {
            let node = document.append(HTMLDocument.Node(kind: .element, name: tag.name, attributes: tag.attributes, text: [], parent: 0),
                                       to: current)
            if push && !HTMLVocabulary.void.contains(tag.name) && open.count < TreeBuilder.maximumDepth { open.append(node) }
            return node
        }

        mutating func insertComment(_ bytes: [UInt8], into parent: Int? = nil) {
            _ = document.append(HTMLDocument.Node(kind: .comment, name: [], attributes: [], text: bytes, parent: 0), to: parent ?? current)
        }

        /// White space opening `bytes` stays where the builder is (in the head, after it); the rest is returned.
        mutating func insertLeadingWhitespace(of bytes: [UInt8]) -> [UInt8] {
            let leading = bytes.prefix(while: Self.isWhitespace)
            if !leading.isEmpty { document.appendText(Array(leading), to: current) }
            return Array(bytes.dropFirst(leading.count))
        }

        static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D || byte == 0x20 }

        /// Switches the tokenizer for elements whose content is text, and the builder to the text mode
        /// until their end tag.
        mutating func switchTokenizer(for name: [UInt8]) {
            if HTMLVocabulary.rawText.contains(name) {
                tokenizer.state = name == HTMLVocabulary.script ? .scriptData : .rawtext
            } else if HTMLVocabulary.escapableRawText.contains(name) {
                tokenizer.state = .rcdata
            } else {
                if name == HTMLVocabulary.plaintext { tokenizer.state = .plaintext }
                return
            }
            tokenizer.setLastStartTag(name)
            originalMode = mode
            mode = .text
        }

        mutating func process(_ token: HTMLToken) {
            switch mode {
            case .initial, .beforeHTML:
                switch token {
                case .doctype(let doctype) where mode == .initial:
                    var text = doctype.name ?? []
                    if doctype.publicIdentifier != nil || doctype.systemIdentifier != nil {
                        text += Array(" \"".utf8) + (doctype.publicIdentifier ?? []) + Array("\" \"".utf8) + (doctype.systemIdentifier ?? []) + [0x22]
                    }
                    _ = document.append(HTMLDocument.Node(kind: .doctype, name: [], attributes: [], text: text, parent: 0), to: HTMLDocument.root)
                    mode = .beforeHTML
                case .doctype:
                    break
                case .comment(let bytes):
                    insertComment(bytes, into: HTMLDocument.root)
                case .characters(let bytes):
                    let rest = Array(bytes.drop(while: Self.isWhitespace))
                    if !rest.isEmpty { startHTML([]); process(.characters(rest)) }
                case .startTag(let tag) where tag.name == HTMLVocabulary.htmlTag:
                    startHTML(tag.attributes)
                case .endTag(let tag) where !HTMLVocabulary.frameEndTags.contains(tag.name):
                    break
                default:
                    startHTML([])
                    process(token)
                }
            case .beforeHead:
                switch token {
                case .characters(let bytes):
                    let rest = Array(bytes.drop(while: Self.isWhitespace))
                    if !rest.isEmpty { startHead(HTMLToken.Tag(name: HTMLVocabulary.headTag)); process(.characters(rest)) }
                case .comment(let bytes): insertComment(bytes)
                case .doctype: break
                case .startTag(let tag) where tag.name == HTMLVocabulary.htmlTag: break
                case .startTag(let tag) where tag.name == HTMLVocabulary.headTag: startHead(tag)
                case .endTag(let tag) where !HTMLVocabulary.frameEndTags.contains(tag.name): break
                default:
                    startHead(HTMLToken.Tag(name: HTMLVocabulary.headTag))
                    process(token)
                }
            case .inHead:
                switch token {
                case .characters(let bytes):
                    let rest = insertLeadingWhitespace(of: bytes)
                    if !rest.isEmpty { leaveHead(); process(.characters(rest)) }
                case .comment(let bytes): insertComment(bytes)
                case .doctype: break
                case .startTag(let tag) where HTMLVocabulary.headContent.contains(tag.name):
                    _ = insert(tag)
                    switchTokenizer(for: tag.name)
                case .startTag(let tag) where tag.name == HTMLVocabulary.headTag || tag.name == HTMLVocabulary.htmlTag: break
                case .endTag(let tag) where tag.name == HTMLVocabulary.headTag:
                    leaveHead()
                case .endTag(let tag) where HTMLVocabulary.headContent.contains(tag.name) && open.contains(where: { name($0) == tag.name }):
                    closeNearest(tag.name)
                case .endTag(let tag) where !HTMLVocabulary.frameEndTags.contains(tag.name): break
                default:
                    leaveHead()
                    process(token)
                }
            case .afterHead:
                switch token {
                case .characters(let bytes):
                    let rest = insertLeadingWhitespace(of: bytes)
                    if !rest.isEmpty { startBody(HTMLToken.Tag(name: HTMLVocabulary.bodyTag)); process(.characters(rest)) }
                case .comment(let bytes): insertComment(bytes)
                case .doctype: break
                case .startTag(let tag) where tag.name == HTMLVocabulary.bodyTag || tag.name == HTMLVocabulary.framesetTag:
                    startBody(tag)
                case .startTag(let tag) where HTMLVocabulary.headContent.contains(tag.name):
                    // Head content after the head goes back into it.
                    if let head { open.append(head) }
                    _ = insert(tag)
                    switchTokenizer(for: tag.name)
                    if let head, let index = open.firstIndex(of: head) { open.remove(at: index) }
                case .startTag(let tag) where tag.name == HTMLVocabulary.headTag || tag.name == HTMLVocabulary.htmlTag: break
                case .endTag(let tag) where !HTMLVocabulary.frameEndTags.contains(tag.name): break
                default:
                    startBody(HTMLToken.Tag(name: HTMLVocabulary.bodyTag))
                    process(token)
                }
            case .inBody:
                inBody(token)
            case .text:
                switch token {
                case .characters(let bytes): document.appendText(bytes, to: current)
                case .endTag:
                    if open.count > 1 { open.removeLast() }
                    mode = originalMode
                default: break
                }
            case .afterBody, .afterAfterBody:
                switch token {
                case .characters(let bytes) where bytes.allSatisfy(Self.isWhitespace):
                    inBody(token)
                case .comment(let bytes):
                    insertComment(bytes, into: mode == .afterBody ? (html ?? HTMLDocument.root) : HTMLDocument.root)
                case .doctype: break
                case .startTag(let tag) where tag.name == HTMLVocabulary.htmlTag: break
                case .endTag(let tag) where tag.name == HTMLVocabulary.htmlTag: mode = .afterAfterBody
                default:
                    mode = .inBody
                    process(token)
                }
            }
        }

        /// The end of the input: what the frame still lacks (html, head, body) is implied, as the
        /// specification's end-of-file rules do.
        mutating func finish() {
            while true {
                switch mode {
                case .initial, .beforeHTML: startHTML([])
                case .beforeHead: startHead(HTMLToken.Tag(name: HTMLVocabulary.headTag))
                case .inHead: leaveHead()
                case .afterHead: startBody(HTMLToken.Tag(name: HTMLVocabulary.bodyTag))
                case .text:
                    if open.count > 1 { open.removeLast() }
                    mode = originalMode
                case .inBody, .afterBody, .afterAfterBody: return
                }
            }
        }

        mutating func startHTML(_ attributes: [HTMLToken.Attribute]) {
            html = insert(HTMLToken.Tag(name: HTMLVocabulary.htmlTag, attributes: attributes))
            mode = .beforeHead
        }

        mutating func startHead(_ tag: HTMLToken.Tag) {
            head = insert(tag)
            mode = .inHead
        }

        mutating func leaveHead() {
            if let head, let index = open.lastIndex(of: head) { open.removeSubrange(index...) }
            mode = .afterHead
        }

        mutating func startBody(_ tag: HTMLToken.Tag) {
            _ = insert(tag)
            mode = .inBody
        }

        /// Pops the open elements down to and including the nearest `name`, unless a boundary comes first.
        mutating func close(_ name: [UInt8], boundaries: Set<[UInt8]>) {
            var index = open.count - 1
            while index > 0 {
                let element = self.name(open[index])
                if element == name {
                    open.removeSubrange(index...)
                    return
                }
                if boundaries.contains(element) { return }
                index -= 1
            }
        }

        mutating func closeNearest(_ name: [UInt8]) {
            if let match = open.lastIndex(where: { self.name($0) == name }), match > 0 { open.removeSubrange(match...) }
        }

        mutating func inBody(_ token: HTMLToken) {
            switch token {
            case .characters(let bytes):
                let text = bytes.contains(0) ? bytes.filter { $0 != 0 } : bytes
                if !text.isEmpty { document.appendText(text, to: current) }
            case .comment(let bytes):
                insertComment(bytes)
            case .doctype:
                break
            case .startTag(let tag):
                let name = tag.name
                if name == HTMLVocabulary.htmlTag || name == HTMLVocabulary.bodyTag || name == HTMLVocabulary.headTag { return }
                if HTMLVocabulary.closesParagraph.contains(name) { close(HTMLVocabulary.paragraph, boundaries: HTMLVocabulary.scopeBoundaries) }
                for (member, closers) in HTMLVocabulary.selfClosingGroups where closers.contains(name) {
                    close(member, boundaries: HTMLVocabulary.scopeBoundaries.subtracting([member]))
                }
                if HTMLVocabulary.headings.contains(name), let last = open.last, HTMLVocabulary.headings.contains(self.name(last)) {
                    open.removeLast()  // a heading inside a heading closes the first
                }
                _ = insert(tag)
                switchTokenizer(for: name)
            case .endTag(let tag):
                switch tag.name {
                case HTMLVocabulary.bodyTag:
                    mode = .afterBody
                case HTMLVocabulary.htmlTag:
                    mode = .afterBody
                case HTMLVocabulary.paragraph where !open.contains(where: { name($0) == HTMLVocabulary.paragraph }):
                    _ = insert(HTMLToken.Tag(name: HTMLVocabulary.paragraph), push: false)
                case HTMLVocabulary.lineBreak:
                    _ = insert(HTMLToken.Tag(name: HTMLVocabulary.lineBreak))
                case let name where HTMLVocabulary.headings.contains(name):
                    // Any heading end tag closes the open heading.
                    if let match = open.lastIndex(where: { HTMLVocabulary.headings.contains(self.name($0)) }), match > 0 {
                        open.removeSubrange(match...)
                    }
                default:
                    // Close up to the nearest open element of that name; an end tag that matches nothing is dropped.
                    if let match = open.lastIndex(where: { name($0) == tag.name }),
                       !open[match...].contains(where: { HTMLVocabulary.pageRoots.contains(name($0)) && $0 != open[match] }),
                       !HTMLVocabulary.pageRoots.contains(tag.name) {
                        open.removeSubrange(match...)
                    }
                }
            }
        }
    }
}
