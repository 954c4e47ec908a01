/// What every later stage needs to know about one Unicode scalar, decided once.
///
/// The normaliser, tokenizer and sentence splitter branch on this instead of asking
/// `Unicode.Scalar.Properties` in their loops: scalars below U+0530 (ASCII, Latin, Cyrillic)
/// come from a table, the rest from the standard library's properties.
public enum ScalarClass: UInt8, Sendable, CaseIterable {
    case other
    /// Horizontal white space of any kind (space, tab, NBSP, the U+2000 spaces …).
    case space
    /// Line and paragraph separators.
    case newline
    /// Invisible characters dropped by the normaliser: soft hyphen, zero-width space, BOM, bidi marks.
    /// (Control characters count as `.space`.)
    case invisible
    case cyrillicUpper, cyrillicLower
    case latinUpper, latinLower
    /// Letters of other scripts (Greek, Georgian, CJK …), cased or not.
    case otherLetter
    /// Combining marks: they belong to the scalar before them.
    case mark
    case digit
    /// `-` and the Unicode hyphens: joins the parts of "из-за", "ТМА-12".
    case hyphen
    /// Figure, en and em dashes, the horizontal bar.
    case dash
    /// Every quotation mark: « » „ “ ” " ‚ ‘ ’ ‹ ›. `'` is `.apostrophe`.
    case quote
    case apostrophe
    case openingBracket, closingBracket
    case period
    /// `!` and `?`.
    case terminal
    /// `…`
    case ellipsis
    /// Other punctuation: , ; : / and the like.
    case punctuation
    case symbol

    @inlinable public var isLetter: Bool {
        switch self {
        case .cyrillicUpper, .cyrillicLower, .latinUpper, .latinLower, .otherLetter: true
        default: false
        }
    }

    @inlinable public var isUppercase: Bool { self == .cyrillicUpper || self == .latinUpper }
    @inlinable public var isLowercase: Bool { self == .cyrillicLower || self == .latinLower }
    @inlinable public var isCyrillic: Bool { self == .cyrillicUpper || self == .cyrillicLower }
    @inlinable public var isLatin: Bool { self == .latinUpper || self == .latinLower }
    /// Letters, digits and marks: what a word is made of.
    @inlinable public var isWordPart: Bool { isLetter || self == .digit || self == .mark }
    @inlinable public var isWhitespace: Bool { self == .space || self == .newline }

    /// The class of `scalar`.
    @inlinable public init(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        if value < UInt32(ScalarClassTable.shared.count) {
            self = ScalarClassTable.shared[Int(value)]
        } else {
            self = ScalarClassTable.classify(scalar)
        }
    }
}

/// The lookup table behind `ScalarClass.init` and the rules that fill it.
@usableFromInline
enum ScalarClassTable {
    /// Classes of U+0000 … U+052F, the ranges Russian news text lives in.
    @usableFromInline static let shared: [ScalarClass] = (0..<0x530).map { value in
        classify(Unicode.Scalar(UInt32(value))!)
    }

    /// Scalars whose class the general category does not tell.
    static let explicit: [UInt32: ScalarClass] = [
        0x09: .space, 0x0A: .newline, 0x0B: .newline, 0x0C: .newline, 0x0D: .newline,
        0x85: .newline, 0x2028: .newline, 0x2029: .newline,
        0xAD: .invisible, 0x200B: .invisible, 0x200C: .invisible, 0x200D: .invisible,
        0x200E: .invisible, 0x200F: .invisible, 0x2060: .invisible, 0xFEFF: .invisible,
        0x2D: .hyphen, 0x2010: .hyphen, 0x2011: .hyphen, 0x00AF: .symbol,
        0x2012: .dash, 0x2013: .dash, 0x2014: .dash, 0x2015: .dash,
        0x22: .quote, 0xAB: .quote, 0xBB: .quote, 0x201E: .quote, 0x201C: .quote, 0x201D: .quote,
        0x201A: .quote, 0x2018: .quote, 0x2019: .quote, 0x2039: .quote, 0x203A: .quote, 0x201F: .quote,
        0x201B: .quote, 0x300C: .quote, 0x300D: .quote,
        0x27: .apostrophe, 0x2BC: .apostrophe,
        0x2E: .period, 0x21: .terminal, 0x3F: .terminal, 0x2026: .ellipsis,
        0x203C: .terminal, 0x2047: .terminal, 0x2048: .terminal, 0x2049: .terminal,
    ]

    @usableFromInline static func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
        if let known = explicit[scalar.value] { return known }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .titlecaseLetter:
            return script(of: scalar, upper: true)
        case .lowercaseLetter:
            return script(of: scalar, upper: false)
        case .modifierLetter, .otherLetter:
            return .otherLetter
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return .mark
        case .decimalNumber:
            return .digit
        case .spaceSeparator:
            return .space
        case .lineSeparator, .paragraphSeparator:
            return .newline
        case .control:
            // NUL and the other controls of binary garbage separate words rather than join them.
            return .space
        case .format, .surrogate, .unassigned, .privateUse:
            // Format characters that carry meaning (ZWJ in emoji, bidi marks) are handled by the
            // normaliser; every other one is noise in scraped text.
            return .invisible
        case .dashPunctuation:
            return .dash
        case .openPunctuation:
            return .openingBracket
        case .closePunctuation:
            return .closingBracket
        case .initialPunctuation, .finalPunctuation:
            return .quote
        case .otherPunctuation, .connectorPunctuation:
            return .punctuation
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol, .letterNumber, .otherNumber:
            return .symbol
        @unknown default:
            return .other
        }
    }

    private static func script(of scalar: Unicode.Scalar, upper: Bool) -> ScalarClass {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF:
            upper ? .latinUpper : .latinLower
        case 0x400...0x52F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F:
            upper ? .cyrillicUpper : .cyrillicLower
        default:
            .otherLetter
        }
    }
}
