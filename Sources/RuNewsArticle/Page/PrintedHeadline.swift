import RuNewsHTML
import RuNewsText

/// A headline a page prints as a block rather than an `<h1>`: an element whose class or id names it
/// ("entrytitle", "news_head_inner", "newsheader_middle", "news_subj", "pn-title"), holding a line of
/// text, or one that prints a part of the `<title>` and nothing else (`TitleParts`). Sidebars and lists
/// style their items so too: such a block is taken only where the page's title agrees with it
/// (`HeadlineAgreement`).
enum PrintedHeadline {
    /// The class and id words of a headline's block.
    static let hints = BytePatterns(["title", "head", "subj", "zagol"])
    /// A block with more text than this is a teaser, a header or a column, not a headline; its text is
    /// read no further.
    static let maximumBytes = 400

    /// The element's text when the hints name it a headline and it is short enough to be one.
    static func text(of element: Int, in document: HTMLDocument, hints: HintWords) -> String? {
        guard !document.nodes[element].tag.isHidden, hints.say(any: Self.hints) else { return nil }
        return text(of: element, in: document, atMost: maximumBytes)
    }

    /// The element's visible text, white space collapsed, or nil when it has none or more than `limit` bytes.
    static func text(of element: Int, in document: HTMLDocument, atMost limit: Int) -> String? {
        var bytes: [UInt8] = []
        var stack = [element]
        while let node = stack.popLast() {
            switch document.nodes[node].kind {
            case .text:
                bytes.append(contentsOf: document.nodes[node].text)
                if bytes.count > limit { return nil }
            case .element:
                if document.nodes[node].tag.isHidden { continue }
                if document.nodes[node].tag.isBlock || document.nodes[node].tag == .br { bytes.append(0x20) }
                stack.append(contentsOf: document.childrenFromLast(of: node))
            default:
                break
            }
        }
        let text = CollapsedWhitespace.string(bytes)
        return text.isEmpty ? nil : text
    }

    /// The parts of a page's title of three words or more, folded, white space collapsed: a block that
    /// prints one of them, all of its text, is a heading whatever its class says (hashed class names say
    /// nothing; "Независимое бюро новостей | В Днепропетровске …", "Сайт в Москве: Карантин …").
    struct TitleParts {
        /// Compared as bytes: a string's hashing normalises every Cyrillic text first.
        private(set) var parts: Set<ByteKey> = []
        /// The parts' bytes, shortest to longest; nil while there is none.
        private var lengths: ClosedRange<Int>?

        /// The parts of the page's `<title>`, the text `PageTags` read of it.
        init(_ title: String) {
            let bytes = Array(title.utf8)
            // Split as the agreement splits it; its parts' stems are not needed here.
            for range in HeadlineAgreement.Title.parts(of: bytes) {
                let part = PageMetadata.folded(String(decoding: bytes[range], as: UTF8.self))
                guard part.split(separator: " ").count >= 3 else { continue }
                parts.insert(ByteKey(part))
                let length = part.utf8.count
                lengths = lengths.map { min($0.lowerBound, length)...max($0.upperBound, length) } ?? length...length
            }
        }

        /// The part the element prints, and nothing else, outside a heading (whose subtitle may be a part
        /// of the title too: "<h1>Евро подешевел …<br><small>Официальный курс …</small></h1>") and outside
        /// a link (a logo linking home, a teaser, the trail's last item).
        func printed(by element: Int, in document: HTMLDocument) -> String? {
            guard let lengths, !document.nodes[element].tag.isHidden, document.nodes[element].tag != .a,
                  case let limit = Self.limit(lengths), (lengths.lowerBound...limit).contains(textLength(of: element, in: document, atMost: limit)),
                  let text = PrintedHeadline.text(of: element, in: document, atMost: limit),
                  parts.contains(ByteKey(Folding.fold(text))) else { return nil }
            var ancestor = document.nodes[element].parent
            while ancestor > 0 {
                if document.nodes[ancestor].tag.isHeading || document.nodes[ancestor].tag == .a { return nil }
                ancestor = document.nodes[ancestor].parent
            }
            return text
        }

        /// The bytes of a block that may print a part, its white space not yet collapsed (indented markup).
        static func limit(_ lengths: ClosedRange<Int>) -> Int { lengths.upperBound * 2 + 64 }

        /// The bytes of text in the element's children and in theirs, counted without gathering them; -1
        /// where a child is a block, a grandchild an element, or the text runs past `limit`: most elements.
        private func textLength(of element: Int, in document: HTMLDocument, atMost limit: Int) -> Int {
            var length = 0
            for child in document.children(of: element) {
                switch document.nodes[child].kind {
                case .text:
                    length += document.nodes[child].text.count
                case .element:
                    guard !document.nodes[child].tag.isBlock else { return -1 }
                    for inner in document.children(of: child) {
                        switch document.nodes[inner].kind {
                        case .text: length += document.nodes[inner].text.count
                        case .element: return -1
                        default: continue
                        }
                    }
                default:
                    continue
                }
                if length > limit { return -1 }
            }
            return length
        }
    }
}
