/// One JSONL input line, `{"id", "html" | "text", "url"?, "fetched"?}`, read over its bytes: other keys
/// are passed over, strings are unescaped straight into bytes (a page is never a `String` twice), and
/// nested values are skipped by counting brackets, so no line can recurse or backtrack.
struct InputLine {
    var id: String?
    var html: [UInt8]?
    var text: [UInt8]?
    var url: String?
    var fetched: String?

    private static let idKey = Array("id".utf8), htmlKey = Array("html".utf8), textKey = Array("text".utf8),
                        urlKey = Array("url".utf8), fetchedKey = Array("fetched".utf8)

    struct Malformed: Error, CustomStringConvertible {
        let offset: Int
        let reason: String
        var description: String { "\(reason) at byte \(offset)" }
    }

    init(parsing bytes: [UInt8]) throws(Malformed) {
        var scanner = Scanner(bytes: bytes)
        try scanner.expect(UInt8(ascii: "{"))
        scanner.skipSpace()
        if !scanner.take(UInt8(ascii: "}")) {
            repeat {
                scanner.skipSpace()
                let key = try scanner.string()
                scanner.skipSpace()
                try scanner.expect(UInt8(ascii: ":"))
                scanner.skipSpace()
                switch key {
                case Self.idKey: id = try scanner.scalarText()
                case Self.htmlKey: html = try scanner.optionalString()
                case Self.textKey: text = try scanner.optionalString()
                case Self.urlKey: url = try scanner.optionalString().map { String(decoding: $0, as: UTF8.self) }
                case Self.fetchedKey: fetched = try scanner.optionalString().map { String(decoding: $0, as: UTF8.self) }
                default: try scanner.skipValue()
                }
                scanner.skipSpace()
            } while scanner.take(UInt8(ascii: ","))
            try scanner.expect(UInt8(ascii: "}"))
        }
        scanner.skipSpace()
        guard scanner.isAtEnd else { throw scanner.malformed("text after the object") }
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        var isAtEnd: Bool { index >= bytes.count }

        func malformed(_ reason: String) -> Malformed { Malformed(offset: index, reason: reason) }

        mutating func skipSpace() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0D || bytes[index] == 0x0A {
                index += 1
            }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        mutating func expect(_ byte: UInt8) throws(Malformed) {
            guard take(byte) else { throw malformed("expected \"\(Character(Unicode.Scalar(byte)))\"") }
        }

        mutating func literal(_ word: String) throws(Malformed) {
            for byte in word.utf8 { try expect(byte) }
        }

        /// A string or null.
        mutating func optionalString() throws(Malformed) -> [UInt8]? {
            if index < bytes.count, bytes[index] == UInt8(ascii: "n") { try literal("null"); return nil }
            return try string()
        }

        /// An id: a string, or a number as written.
        mutating func scalarText() throws(Malformed) -> String? {
            guard index < bytes.count else { throw malformed("a value is missing") }
            switch bytes[index] {
            case UInt8(ascii: "\""): return String(decoding: try string(), as: UTF8.self)
            case UInt8(ascii: "n"): try literal("null"); return nil
            default:
                let start = index
                try number()
                return String(decoding: bytes[start..<index], as: UTF8.self)
            }
        }

        mutating func number() throws(Malformed) {
            let start = index
            while index < bytes.count, Self.isNumberByte(bytes[index]) { index += 1 }
            guard index > start else { throw malformed("a value was expected") }
        }

        static func isNumberByte(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
        }

        /// A string's bytes, unescaped; "\u" escapes become UTF-8, a lone surrogate U+FFFD.
        mutating func string() throws(Malformed) -> [UInt8] {
            try expect(UInt8(ascii: "\""))
            var result: [UInt8] = []
            while true {
                let runStart = index
                while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\") { index += 1 }
                result += bytes[runStart..<index]
                guard index < bytes.count else { throw malformed("a string does not end") }
                if bytes[index] == UInt8(ascii: "\"") { index += 1; return result }
                index += 1
                guard index < bytes.count else { throw malformed("a string does not end") }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): result.append(escape)
                case UInt8(ascii: "n"): result.append(0x0A)
                case UInt8(ascii: "t"): result.append(0x09)
                case UInt8(ascii: "r"): result.append(0x0D)
                case UInt8(ascii: "b"): result.append(0x08)
                case UInt8(ascii: "f"): result.append(0x0C)
                case UInt8(ascii: "u"):
                    var value = try hex4()
                    if (0xD800...0xDBFF).contains(value), index + 1 < bytes.count,
                       bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                        let save = index
                        index += 2
                        let low = try hex4()
                        if (0xDC00...0xDFFF).contains(low) { value = 0x10000 + (value - 0xD800) << 10 + (low - 0xDC00) } else { index = save }
                    }
                    result += Array(String(Unicode.Scalar(value).map(Character.init) ?? "\u{FFFD}").utf8)
                default: throw malformed("an unknown escape")
                }
            }
        }

        mutating func hex4() throws(Malformed) -> UInt32 {
            guard index + 4 <= bytes.count else { throw malformed("a \\u escape is cut") }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[index]
                let digit: UInt32 = switch byte {
                case 0x30...0x39: UInt32(byte - 0x30)
                case 0x41...0x46: UInt32(byte - 0x41 + 10)
                case 0x61...0x66: UInt32(byte - 0x61 + 10)
                default: throw malformed("a \\u escape is not hexadecimal")
                }
                value = value << 4 | digit
                index += 1
            }
            return value
        }

        /// Any value, skipped: strings as strings, objects and arrays by counting their brackets.
        mutating func skipValue() throws(Malformed) {
            var depth = 0
            repeat {
                skipSpace()
                guard index < bytes.count else { throw malformed("a value is missing") }
                switch bytes[index] {
                case UInt8(ascii: "\""): _ = try string()
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1; index += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    guard depth > 0 else { throw malformed("a bracket closes nothing") }
                    depth -= 1; index += 1
                case UInt8(ascii: ","), UInt8(ascii: ":"):
                    guard depth > 0 else { throw malformed("a value is missing") }
                    index += 1
                case UInt8(ascii: "t"): try literal("true")
                case UInt8(ascii: "f"): try literal("false")
                case UInt8(ascii: "n"): try literal("null")
                default: try number()
                }
            } while depth > 0
        }
    }
}
