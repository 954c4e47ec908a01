/// A string's text sliced by Unicode scalar offsets, the unit records count in: each scalar's UTF-8 offset
/// is read once, so that a mention's text is one copy of its bytes, not a walk from the start or an
/// append of scalar after scalar.
public struct ScalarSlicing: Sendable {
    private let text: String
    /// The UTF-8 offset of every scalar, and of the end.
    private let starts: [Int32]

    public init(_ text: String) {
        var text = text
        var starts: [Int32] = []
        text.withUTF8 { bytes in
            starts.reserveCapacity(bytes.count + 1)
            for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 { starts.append(Int32(offset)) }
            starts.append(Int32(bytes.count))
        }
        self.text = text
        self.starts = starts
    }

    /// The text of scalars `range` (clamped to the text).
    public func text(_ range: Range<Int>) -> String {
        let last = starts.count - 1
        let lower = Int(starts[min(max(range.lowerBound, 0), last)])
        let upper = Int(starts[min(max(range.upperBound, 0), last)])
        let utf8 = text.utf8
        return String(text[utf8.index(utf8.startIndex, offsetBy: lower)..<utf8.index(utf8.startIndex, offsetBy: max(lower, upper))])
    }
}
