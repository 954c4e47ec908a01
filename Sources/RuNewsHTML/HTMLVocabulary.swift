/// Element names by role, as data.
enum HTMLVocabulary {
    private static func set(_ names: [String]) -> Set<[UInt8]> { Set(names.map { Array($0.utf8) }) }

    static let paragraph = Array("p".utf8), script = Array("script".utf8), plaintext = Array("plaintext".utf8)
    static let anchor = Array("a".utf8), lineBreak = Array("br".utf8), listItem = Array("li".utf8)
    static let article = Array("article".utf8), main = Array("main".utf8), form = Array("form".utf8)
    static let htmlTag = Array("html".utf8), headTag = Array("head".utf8), bodyTag = Array("body".utf8)
    static let framesetTag = Array("frameset".utf8)

    /// What the head holds: met after it, it is put back in.
    static let headContent = set(["base", "basefont", "bgsound", "link", "meta", "title", "noscript", "noframes",
                                  "style", "script", "template"])

    /// End tags the document's frame modes act on; others are ignored there.
    static let frameEndTags = set(["head", "body", "html", "br"])
    static let pageRoots = set(["html", "body"])

    static let headings = set(["h1", "h2", "h3", "h4", "h5", "h6"])

    /// Elements that hold the page's frame rather than its article (forms: see `ContentExtractor.Hints`).
    static let frame = set(["nav", "footer", "aside", "menu"])

    /// Elements that never have content.
    static let void = set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                           "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame"])

    /// Elements whose content is read as raw text or escapable raw text.
    static let rawText = set(["script", "style", "xmp", "iframe", "noembed", "noframes"])
    static let escapableRawText = set(["title", "textarea"])

    /// Elements whose text is never shown.
    static let hidden = set(["script", "style", "noscript", "template", "head", "title", "iframe", "svg", "math",
                             "object", "embed", "select", "option", "button", "textarea", "noembed", "noframes"])

    /// Block elements: their text starts a new line.
    static let blocks = set(["address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "dir", "div",
                             "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
                             "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre",
                             "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption",
                             "body", "html"])

    /// Start tags that close an open `<p>`.
    static let closesParagraph = set(["address", "article", "aside", "blockquote", "center", "details", "dialog", "dir",
                                      "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
                                      "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu", "nav", "ol",
                                      "p", "pre", "section", "summary", "table", "ul", "li", "dd", "dt"])

    /// Elements an implied end tag may close, and what closes them: a new one of the same group.
    static let selfClosingGroups: [[UInt8]: Set<[UInt8]>] = [
        Array("li".utf8): set(["li"]), Array("dt".utf8): set(["dt", "dd"]), Array("dd".utf8): set(["dt", "dd"]),
        Array("option".utf8): set(["option", "optgroup"]), Array("tr".utf8): set(["tr"]),
        Array("td".utf8): set(["td", "th", "tr"]), Array("th".utf8): set(["td", "th", "tr"]),
    ]

    /// Containers an implied end tag does not cross: a `<li>` of an inner list does not close an outer one.
    static let scopeBoundaries = set(["ul", "ol", "table", "html", "body", "td", "th", "div", "section", "article"])
}
