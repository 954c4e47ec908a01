/// Text after normalisation, with the way back to the source.
///
/// Every scalar of `scalars` knows the range of source scalars it came from, so any range found in
/// the normalised text (a token, a sentence, a name) maps back to the exact source range. Offsets are
/// Unicode scalar offsets on both sides, as the record format requires.
public struct NormalizedText: Sendable {
    /// The normalised scalars; indices are the offsets every later stage uses.
    public let scalars: [Unicode.Scalar]
    /// Where the normalised scalar `i` came from: `sourceStarts[i] ..< sourceEnds[i]` in the source.
    let sourceStarts: [Int32]
    let sourceEnds: [Int32]
    /// Number of scalars in the source.
    public let sourceCount: Int
    /// What the normaliser repaired or had to replace.
    public let diagnostics: Diagnostics

    public struct Diagnostics: Sendable, Equatable {
        /// Byte sequences that were not UTF-8 and became U+FFFD.
        public var invalidUTF8Sequences = 0
        /// Format and zero-width characters removed.
        public var removedInvisibles = 0
        /// Control characters (NUL, BEL …), read as spaces.
        public var controlCharacters = 0
        /// Words whose look-alike letters of the other script were replaced.
        public var repairedHomoglyphWords = 0
        /// Scalars changed by NFC composition.
        public var composedSegments = 0
        /// Line breaks of a wrapped text read as spaces (`LineWrapping`).
        public var joinedLineBreaks = 0

        public init() {}
    }

    init(scalars: [Unicode.Scalar], sourceStarts: [Int32], sourceEnds: [Int32], sourceCount: Int,
         diagnostics: Diagnostics) {
        self.scalars = scalars
        self.sourceStarts = sourceStarts
        self.sourceEnds = sourceEnds
        self.sourceCount = sourceCount
        self.diagnostics = diagnostics
    }

    public var count: Int { scalars.count }

    /// The normalised text as a `String`.
    public var string: String { string(in: 0..<scalars.count) }

    /// The normalised text of `range` (normalised offsets).
    public func string(in range: Range<Int>) -> String {
        String(scalars: scalars[range])  // every token's text is made here
    }

    /// The source range that `range` of the normalised text came from.
    public func sourceRange(of range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else {
            let position = range.lowerBound < scalars.count ? Int(sourceStarts[range.lowerBound]) : sourceCount
            return position..<position
        }
        return Int(sourceStarts[range.lowerBound])..<Int(sourceEnds[range.upperBound - 1])
    }
}
