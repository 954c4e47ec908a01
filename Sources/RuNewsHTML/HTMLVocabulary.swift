/// Element names by role, as data.
enum HTMLVocabulary {
    /// The tokenizer's script-data check compares bytes.
    static let script = Array("script".utf8)

    static let pageRoots: Set<TagName> = [.html, .body]

    /// Elements that hold the page's frame rather than its article (forms: see `ContentExtractor.Hints`).
    static let frame: Set<TagName> = [.nav, .footer, .aside, .menu]

    /// HTML's special elements: an end tag looking for its element stops at them (`select` no longer is,
    /// since the 2025 rules that let it hold other markup).
    static let special: Set<TagName> = [
        .address, .applet, .area, .article, .aside, .base, .basefont, .bgsound, .blockquote, .body, .br, .button,
        .caption, .center, .col, .colgroup, .dd, .details, .dialog, .dir, .div, .dl, .dt, .embed, .fieldset, .figcaption,
        .figure, .footer, .form, .frame, .frameset, .h1, .h2, .h3, .h4, .h5, .h6, .head, .header, .hgroup, .hr, .html,
        .iframe, .img, .input, .keygen, .li, .link, .listing, .main, .marquee, .menu, .meta, .nav, .noembed, .noframes,
        .noscript, .object, .ol, .p, .param, .plaintext, .pre, .script, .search, .section, .source, .style,
        .summary, .table, .tbody, .td, .template, .textarea, .tfoot, .th, .thead, .title, .tr, .track, .ul, .wbr, .xmp,
    ]

    /// Elements whose text is never shown.
    static let hidden: Set<TagName> = [.script, .style, .noscript, .template, .head, .title, .iframe, .svg, .math,
                                       .object, .embed, .select, .option, .button, .textarea, .noembed, .noframes]

    /// Block elements: their text starts a new line.
    static let blocks: Set<TagName> = [
        .address, .article, .aside, .blockquote, .center, .dd, .details, .dialog, .dir, .div, .dl, .dt, .fieldset,
        .figcaption, .figure, .footer, .form, .h1, .h2, .h3, .h4, .h5, .h6, .header, .hgroup, .hr, .li, .main, .menu,
        .nav, .ol, .p, .pre, .section, .summary, .table, .tbody, .thead, .tfoot, .tr, .td, .th, .ul, .caption, .body,
        .html,
    ]
}
