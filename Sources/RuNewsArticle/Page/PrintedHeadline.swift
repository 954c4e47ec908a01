import RuNewsHTML
import RuNewsText

/// A headline a page prints as a styled block rather than an `<h1>`: an element whose class or id names
/// it ("entrytitle", "news_head_inner", "newsheader_middle", "news_subj", "pn-title"), holding a line of
/// text. Sidebars and lists style their items so too: such a block is taken only where the page's title
/// agrees with it (`HeadlineAgreement`).
enum PrintedHeadline {
    /// The class and id words of a headline's block.
    static let hints = BytePatterns(["title", "head", "subj", "zagol"])
    /// A block with more text than this is a teaser, a header or a column, not a headline; its text is
    /// read no further.
    static let maximumBytes = 400

    /// The element's text when the hints name it a headline and it is short enough to be one.
    static func text(of element: Int, in document: HTMLDocument, hints: HintWords) -> String? {
        guard !document.nodes[element].tag.isHidden, hints.say(any: Self.hints) else { return nil }
        var bytes: [UInt8] = []
        var stack = [element]
        while let node = stack.popLast() {
            switch document.nodes[node].kind {
            case .text:
                bytes.append(contentsOf: document.nodes[node].text)
                if bytes.count > maximumBytes { return nil }
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
}
