/// One token of normalised text: a half-open range of scalar offsets and what it is.
public struct Token: Sendable, Hashable {
    public let start: Int32
    public let end: Int32
    public let kind: Kind

    public init(start: Int, end: Int, kind: Kind) {
        self.start = Int32(start)
        self.end = Int32(end)
        self.kind = kind
    }

    public var range: Range<Int> { Int(start)..<Int(end) }

    public enum Kind: UInt8, Sendable, CaseIterable {
        /// Letters and digits, with inner hyphens and apostrophes: "Северо-Кавказский", "из-за", "ТМА-12",
        /// "90-х", "О’Рейли", and dotted names such as "Lenta.ru".
        case word
        /// "2023", "1 500", "3,5", "06.00", "4.1.7".
        case number
        /// "25.08.2023", "25.08.23".
        case date
        /// "07:27", "7:05:30".
        case time
        /// An initial and its period: "В.", or one of two letters (`NameInitials`) such as "Дж.".
        case initial
        /// A known abbreviation with its periods: "г.", "ул.", "т.е.", "им.", or Latin capitals each with
        /// its period: "U.S.".
        case abbreviation
        case url
        case email
        case hashtag
        /// "@user".
        case mention
        /// « » „ “ ” " and the other quotation marks.
        case quote
        /// ( ) [ ] { } and the other brackets.
        case bracket
        /// Hyphen or dash standing alone: "—", "–", "-".
        case dash
        /// Sentence-ending punctuation: ".", "!", "?", "?!", "...", "…".
        case terminal
        /// Other punctuation: , ; : / …
        case punctuation
        /// Symbols, emoji, anything else.
        case symbol
    }
}

extension Token.Kind {
    /// Tokens that carry words or numbers, as opposed to punctuation and symbols.
    public var isContent: Bool {
        switch self {
        case .word, .number, .date, .time, .initial, .abbreviation, .url, .email, .hashtag, .mention: true
        case .quote, .bracket, .dash, .terminal, .punctuation, .symbol: false
        }
    }
}
