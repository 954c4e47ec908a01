import RuNewsEntities

/// A small, fast JSON writer for records and JSON lines: bytes out, keys in the order written, so
/// the same record always gives the same bytes.
public struct JSONOutput: Sendable {
    public private(set) var bytes: [UInt8] = []
    /// Whether the next value in the current container needs a comma first.
    private var needsComma = false

    public init() {}

    public mutating func beginObject() { separate(); bytes.append(UInt8(ascii: "{")); needsComma = false }
    public mutating func endObject() { bytes.append(UInt8(ascii: "}")); needsComma = true }
    public mutating func beginArray() { separate(); bytes.append(UInt8(ascii: "[")); needsComma = false }
    public mutating func endArray() { bytes.append(UInt8(ascii: "]")); needsComma = true }

    public mutating func key(_ name: String) {
        string(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    public mutating func string(_ value: String) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        var value = value
        // Native strings are contiguous: runs that need no escaping (most of any text) are copied whole.
        value.withUTF8 { source in
            var run = 0
            for (index, byte) in source.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[run..<index]))
                run = index + 1
                switch byte {
                case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
                case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                default: bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, Self.hex[Int(byte >> 4)], Self.hex[Int(byte & 0xF)]])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[run...]))
        }
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    private static let hex = Array("0123456789abcdef".utf8)

    public mutating func integer(_ value: Int) {
        separate()
        bytes.append(contentsOf: String(value).utf8)
        needsComma = true
    }

    /// A finite number with at most six decimals, trailing zeros dropped: the same bytes everywhere.
    public mutating func number(_ value: Double) {
        separate()
        guard value.isFinite else { bytes.append(contentsOf: "null".utf8); needsComma = true; return }
        let scaled = (value * 1_000_000).rounded()
        var integer = Int(scaled / 1_000_000)
        var fraction = Int(abs(scaled).truncatingRemainder(dividingBy: 1_000_000))
        if scaled < 0 && integer == 0 { bytes.append(UInt8(ascii: "-")) }
        bytes.append(contentsOf: String(integer).utf8)
        if fraction > 0 {
            var digits = 6
            while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
            let text = String(fraction)
            bytes.append(UInt8(ascii: "."))
            bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: digits - text.count))
            bytes.append(contentsOf: text.utf8)
        }
        integer = 0
        needsComma = true
    }

    public mutating func null() {
        separate()
        bytes.append(contentsOf: "null".utf8)
        needsComma = true
    }

    /// `{…}` with what `body` writes inside.
    public mutating func object(_ body: (inout JSONOutput) -> Void) {
        beginObject()
        body(&self)
        endObject()
    }

    /// `[…]` with what `element` writes for each item.
    public mutating func array<Items: Sequence>(_ items: Items, _ element: (inout JSONOutput, Items.Element) -> Void) {
        beginArray()
        for item in items { element(&self, item) }
        endArray()
    }

    public mutating func optionalString(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    public mutating func strings(_ values: [String]) {
        array(values) { $0.string($1) }
    }

    /// `[{"start", "end", "text"}, …]`.
    public mutating func mentions(_ mentions: [Mention]) {
        array(mentions) { json, mention in
            json.object { json in
                json.key("start"); json.integer(mention.start)
                json.key("end"); json.integer(mention.end)
                json.key("text"); json.string(mention.text)
                if let normal = mention.normal { json.key("normal"); json.string(normal) }
            }
        }
    }

    /// `[[start, end], …]`.
    public mutating func ranges(_ ranges: [Range<Int>]) {
        array(ranges) { json, range in
            json.array([range.lowerBound, range.upperBound]) { $0.integer($1) }
        }
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }
}
