/// The elements the HTML parsing algorithm names, interned once per tag so the tree builder's rules are a
/// `switch` over small integers rather than byte comparisons. Everything else is `unknown` and compared by
/// its bytes.
public enum TagName: String, CaseIterable, Sendable {
    case a, address, applet, area, article, aside, b, base, basefont, bgsound, big, blockquote, body, br, button
    case caption, center, code, col, colgroup, dd, details, dialog, dir, div, dl, dt, em, embed, fieldset
    case figcaption, figure, font, footer, form, frame, frameset, h1, h2, h3, h4, h5, h6, head, header, hgroup
    case hr, html, i, iframe, image, img, input, keygen, li, link, listing, main, marquee, menu, meta, nav, nobr
    case noembed, noframes, noscript, object, ol, optgroup, option, p, param, plaintext, pre, rb, rp, rt, rtc
    case ruby, s, script, search, section, select, small, source, span, strike, strong, style, sub, summary, sup
    case table, tbody, td, template, textarea, tfoot, th, thead, title, tr, track, tt, u, ul, `var`, wbr, xmp
    // Foreign content: the roots, MathML's text and HTML integration points, SVG's HTML integration points.
    case math, svg, mi, mo, mn, ms, mtext, mglyph, malignmark, desc
    case annotationXML = "annotation-xml", foreignObject = "foreignobject"
    /// Read by the extraction, not the parser.
    case time
    case unknown = ""

    /// Names of up to eight bytes (nearly all) are looked up as one integer, the rest by their bytes:
    /// hashing a word costs more than the rest of a tag's handling.
    private static let byShortName: [UInt64: TagName] = Dictionary(
        uniqueKeysWithValues: allCases.filter { $0 != .unknown && $0.rawValue.utf8.count <= 8 }.map { (packed($0.rawValue.utf8), $0) })
    private static let byLongName: [[UInt8]: TagName] = Dictionary(
        uniqueKeysWithValues: allCases.filter { $0.rawValue.utf8.count > 8 }.map { (Array($0.rawValue.utf8), $0) })

    private static func packed(_ name: some Collection<UInt8>) -> UInt64 {
        name.reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// The tag of a lowercase name.
    public init(_ name: [UInt8]) {
        if name.count <= 8 {
            self = name.isEmpty ? .unknown : Self.byShortName[Self.packed(name)] ?? .unknown
        } else {
            self = Self.byLongName[name] ?? .unknown
        }
    }

    public var isHeading: Bool {
        switch self { case .h1, .h2, .h3, .h4, .h5, .h6: true; default: false }
    }
}

/// The namespace of an element: HTML, or the foreign content of `<svg>` and `<math>`.
public enum Namespace: UInt8, Sendable { case html, svg, mathML }
