/// Element names by role, as data. The roles are switches over the interned tag, which the compiler
/// turns into a table lookup: pages ask them for every node, where a `Set` would hash each time.
enum HTMLVocabulary {
    /// The tokenizer's script-data check compares bytes.
    static let script = Array("script".utf8)
}

extension TagName {
    /// HTML's special elements: an end tag looking for its element stops at them (`select` no longer is,
    /// since the 2025 rules that let it hold other markup).
    var isSpecial: Bool {
        switch self {
        case .address, .applet, .area, .article, .aside, .base, .basefont, .bgsound, .blockquote, .body, .br, .button,
             .caption, .center, .col, .colgroup, .dd, .details, .dialog, .dir, .div, .dl, .dt, .embed, .fieldset,
             .figcaption, .figure, .footer, .form, .frame, .frameset, .h1, .h2, .h3, .h4, .h5, .h6, .head, .header,
             .hgroup, .hr, .html, .iframe, .img, .input, .keygen, .li, .link, .listing, .main, .marquee, .menu, .meta,
             .nav, .noembed, .noframes, .noscript, .object, .ol, .p, .param, .plaintext, .pre, .script, .search,
             .section, .source, .style, .summary, .table, .tbody, .td, .template, .textarea, .tfoot, .th, .thead,
             .title, .tr, .track, .ul, .wbr, .xmp:
            true
        default:
            false
        }
    }

    /// Elements whose text is never shown.
    public var isHidden: Bool {
        switch self {
        case .script, .style, .noscript, .template, .head, .title, .iframe, .svg, .math, .object, .embed, .select,
             .option, .button, .textarea, .noembed, .noframes:
            true
        default:
            false
        }
    }

    /// Block elements: their text starts a new line.
    public var isBlock: Bool {
        switch self {
        case .address, .article, .aside, .blockquote, .center, .dd, .details, .dialog, .dir, .div, .dl, .dt,
             .fieldset, .figcaption, .figure, .footer, .form, .h1, .h2, .h3, .h4, .h5, .h6, .header, .hgroup, .hr, .li,
             .main, .menu, .nav, .ol, .p, .pre, .section, .summary, .table, .tbody, .thead, .tfoot, .tr, .td, .th, .ul,
             .caption, .body, .html:
            true
        default:
            false
        }
    }

    /// What the head holds: met in the body or after the head, it is handled by the head's rules.
    var belongsInHead: Bool {
        switch self {
        case .base, .basefont, .bgsound, .link, .meta, .noframes, .script, .style, .template, .title: true
        default: false
        }
    }

    /// MathML's text integration points: HTML start tags and text inside them are HTML.
    var isMathMLText: Bool {
        switch self {
        case .mi, .mo, .mn, .ms, .mtext: true
        default: false
        }
    }
}
