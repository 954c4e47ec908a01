/// One JSON value read from where it starts in a JSON-LD script, the rest of the script left unread:
/// pages often carry invalid JSON around the value asked for. Strings have their escapes read
/// (`\"`, `\\`, `\n`, `\u0418` and surrogate pairs, as PHP's `json_encode` writes Cyrillic); numbers,
/// booleans and null are kept as `other`. Nesting deeper than `maximumDepth` reads as nothing.
enum JSONValue {
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])
    case other

    static let maximumDepth = 32

    /// The value that starts at the first character of `rest` other than white space and a colon (what
    /// follows a key), or nil where none can be read. Only the value's own characters are read.
    init?(after rest: Substring) {
        var reader = Reader(scalars: rest.unicodeScalars)
        reader.skip { $0 == ":" || Reader.isSpace($0) }
        guard let value = reader.value(depth: 0) else { return nil }
        self = value
    }

    /// The value's string, or nil.
    var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The value of `key` in an object, or nil.
    subscript(key: String) -> JSONValue? {
        if case .object(let pairs) = self { return pairs.first { $0.key == key }?.value }
        return nil
    }

    private struct Reader {
        let scalars: Substring.UnicodeScalarView
        var index: Substring.UnicodeScalarView.Index

        init(scalars: Substring.UnicodeScalarView) {
            self.scalars = scalars
            index = scalars.startIndex
        }

        static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\n" || scalar == "\r" || scalar == "\t"
        }

        var current: Unicode.Scalar? { index < scalars.endIndex ? scalars[index] : nil }

        mutating func advance() { index = scalars.index(after: index) }

        mutating func skip(while predicate: (Unicode.Scalar) -> Bool) {
            while let scalar = current, predicate(scalar) { advance() }
        }

        mutating func value(depth: Int) -> JSONValue? {
            guard depth < JSONValue.maximumDepth else { return nil }
            skip(while: Self.isSpace)
            guard let first = current else { return nil }
            switch first {
            case "\"": return string().map(JSONValue.string)
            case "[":
                advance()
                var items: [JSONValue] = []
                while true {
                    skip { Self.isSpace($0) || $0 == "," }
                    guard let next = current else { return nil }
                    if next == "]" { advance(); return .array(items) }
                    guard let item = value(depth: depth + 1) else { return nil }
                    items.append(item)
                }
            case "{":
                advance()
                var pairs: [(key: String, value: JSONValue)] = []
                while true {
                    skip { Self.isSpace($0) || $0 == "," }
                    guard let next = current else { return nil }
                    if next == "}" { advance(); return .object(pairs) }
                    guard next == "\"", let key = string() else { return nil }
                    skip { Self.isSpace($0) || $0 == ":" }
                    guard let item = value(depth: depth + 1) else { return nil }
                    pairs.append((key, item))
                }
            default:
                // A number, true, false or null: up to what ends a value.
                let start = index
                skip { !Self.isSpace($0) && $0 != "," && $0 != "]" && $0 != "}" }
                return index > start ? .other : nil
            }
        }

        /// The string that opens at `index` (a quote), its escapes read; nil where it does not close.
        mutating func string() -> String? {
            advance()
            var text = String.UnicodeScalarView()
            while let scalar = current {
                advance()
                switch scalar {
                case "\"": return String(text)
                case "\\":
                    guard let escape = current else { return nil }
                    advance()
                    switch escape {
                    case "n": text.append("\n")
                    case "t": text.append("\t")
                    case "r": text.append("\r")
                    case "b", "f": text.append(" ")
                    case "u": if let decoded = unicodeEscape() { text.append(decoded) }
                    default: text.append(escape)
                    }
                default:
                    text.append(scalar)
                }
            }
            return nil
        }

        /// The scalar of "\uXXXX" (the "\u" read), a surrogate pair's second half read with it.
        mutating func unicodeEscape() -> Unicode.Scalar? {
            guard let first = hex() else { return nil }
            guard (0xD800..<0xDC00).contains(first) else { return Unicode.Scalar(first) }
            // The second half follows as "\uXXXX"; anything else is left to be read as it is.
            guard current == "\\" else { return nil }
            let next = scalars.index(after: index)
            guard next < scalars.endIndex, scalars[next] == "u" else { return nil }
            index = scalars.index(after: next)
            guard let second = hex(), (0xDC00..<0xE000).contains(second) else { return nil }
            return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
        }

        mutating func hex() -> UInt32? {
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard let scalar = current, let digit = Character(scalar).hexDigitValue else { return nil }
                value = value << 4 | UInt32(digit)
                advance()
            }
            return value
        }
    }
}
