/// A string's text sliced by Unicode scalar offsets, the unit records count in: each scalar's UTF-8 offset
/// is read once, so that a mention's text is one copy of its bytes, not a walk from the start or an
/// append of scalar after scalar.
public struct ScalarSlicing: Sendable {
    private let text: String
    /// The UTF-8 offset of every scalar, and of the end.
    private let starts: [Int]

    public init(_ text: String) {
        var text = text
        var starts: [Int] = []
        text.withUTF8 { bytes in
            starts.reserveCapacity(bytes.count / 2 + 1)  // Cyrillic's two bytes a letter; ASCII grows it once
            for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 { starts.append(offset) }
            starts.append(bytes.count)
        }
        self.text = text
        self.starts = starts
    }

    /// The text of scalars `range`, clamped to the text: a record is written whatever a range says.
    public func text(_ range: Range<Int>) -> String {
        let last = starts.count - 1
        let lower = starts[min(max(range.lowerBound, 0), last)]
        let upper = starts[min(max(range.upperBound, 0), last)]
        let utf8 = text.utf8
        return String(text[utf8.index(utf8.startIndex, offsetBy: lower)..<utf8.index(utf8.startIndex, offsetBy: max(lower, upper))])
    }
}
