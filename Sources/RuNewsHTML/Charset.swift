import CICUShim

/// Finds a page's charset and converts it to UTF-8 once: the BOM, then the charset the transport
/// declares (HTTP or WARC `Content-Type`), then a `<meta>` in the first 1024 bytes, each checked against
/// the bytes; then, for pages that declare nothing or lie, the Cyrillic charset whose decoding reads most
/// like Russian.
public enum Charset {
    public struct Decoded: Sendable {
        public let utf8: [UInt8]
        /// The charset the bytes were read as: "utf-8", "windows-1251", "koi8-r" …
        public let encoding: String
        public let warnings: [String]

        func adding(warning: String) -> Decoded {
            Decoded(utf8: utf8, encoding: encoding, warnings: warnings + [warning])
        }
    }

    /// The charsets Cyrillic pages come in, most common first.
    static let cyrillic = ["windows-1251", "koi8-r", "ibm866", "iso-8859-5", "x-mac-cyrillic"]

    public static func decode(_ bytes: [UInt8], declared: String? = nil, forced: String? = nil) -> Decoded {
        if let forced {
            let name = normalize(forced)
            if name == "utf-8" { return utf8(bytes, warnings: []) }
            if let utf8 = convert(bytes, from: name) { return Decoded(utf8: utf8, encoding: name, warnings: []) }
            return decode(bytes, declared: declared).adding(warning: "unknown charset \(forced): the page's own was read")
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return utf8(Array(bytes.dropFirst(3)), warnings: []) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let name = bytes[0] == 0xFF ? "utf-16le" : "utf-16be"
            if let utf8 = convert(Array(bytes.dropFirst(2)), from: name) { return Decoded(utf8: utf8, encoding: name, warnings: []) }
        }
        var warnings: [String] = []
        let evidence = UTF8Evidence(bytes)
        for label in [declared, metaCharset(in: bytes)].compactMap({ $0 }) {
            let name = normalize(label)
            if name == "utf-8" {
                // A few broken bytes in a UTF-8 page (a stray byte, a cut) do not make it another charset.
                if evidence.isUTF8(declared: true) { return utf8(bytes, evidence: evidence, warnings: warnings) }
                warnings.append("the page declares utf-8 but is not: its charset was detected")
            } else if let utf8 = convert(bytes, from: name) {
                // A page that declares a single-byte charset but is valid UTF-8 with Cyrillic in it is UTF-8.
                if evidence.isValid, russianScore(bytes) > russianScore(utf8) {
                    warnings.append("the page declares \(name) but is utf-8")
                    return Decoded(utf8: bytes, encoding: "utf-8", warnings: warnings)
                }
                if russianScore(utf8) >= 0 || !containsHighBytes(bytes) {
                    return Decoded(utf8: utf8, encoding: name, warnings: warnings)
                }
                warnings.append("the page declares \(name) but does not read as it: its charset was detected")
            } else {
                warnings.append("unknown charset label \(label)")
            }
        }
        if evidence.isUTF8(declared: false) { return utf8(bytes, evidence: evidence, warnings: warnings) }
        return detect(bytes, warnings: warnings)
    }

    /// UTF-8 bytes as they are, or with each ill-formed sequence replaced by U+FFFD and counted.
    private static func utf8(_ bytes: [UInt8], evidence: UTF8Evidence? = nil, warnings: [String]) -> Decoded {
        let invalid = (evidence ?? UTF8Evidence(bytes)).invalid
        guard invalid > 0 else { return Decoded(utf8: bytes, encoding: "utf-8", warnings: warnings) }
        let repaired = Array(String(decoding: bytes, as: UTF8.self).utf8)
        let noun = invalid == 1 ? "sequence" : "sequences"
        return Decoded(utf8: repaired, encoding: "utf-8",
                       warnings: warnings + ["\(invalid) ill-formed UTF-8 \(noun) replaced by U+FFFD"])
    }

    /// Where to cut `bytes` to at most `limit` of them without splitting a UTF-8 character: up to three
    /// continuation bytes go with the cut. (A single-byte charset loses at most three bytes more.)
    public static func cut(_ bytes: [UInt8], to limit: Int) -> [UInt8] {
        guard bytes.count > limit else { return bytes }
        var end = max(0, limit)
        var backed = 0
        while end > 0, backed < 3, bytes[end] & 0xC0 == 0x80 { end -= 1; backed += 1 }
        if backed == 3 && bytes[end] & 0xC0 == 0x80 { end = limit }  // no character ends here: not UTF-8
        return Array(bytes[..<end])
    }

    /// The Cyrillic charset whose decoding scores highest as Russian text.
    static func detect(_ bytes: [UInt8], warnings: [String]) -> Decoded {
        var best: (name: String, utf8: [UInt8], score: Int)?
        for name in cyrillic {
            guard let utf8 = convert(bytes, from: name) else { continue }
            let score = russianScore(utf8)
            if best == nil || score > best!.score { best = (name, utf8, score) }
        }
        guard let best else {
            return Decoded(utf8: Array(String(decoding: bytes, as: UTF8.self).utf8), encoding: "utf-8",
                           warnings: warnings + ["no charset reads these bytes: invalid sequences were replaced"])
        }
        return Decoded(utf8: best.utf8, encoding: best.name, warnings: warnings)
    }

    /// How much decoded text reads like Russian: frequent lowercase letters count for, capitals inside
    /// words (what a wrong Cyrillic charset produces) and box-drawing or replacement characters against.
    static func russianScore(_ utf8: [UInt8]) -> Int {
        var score = 0
        var previousLower = false
        for scalar in String(decoding: utf8, as: UTF8.self).unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x430...0x44F, 0x451:
                score += Self.frequent.contains(value) ? 2 : 1
                previousLower = true
            case 0x410...0x42F, 0x401:
                if previousLower { score -= 4 }
                previousLower = false
            case 0x2500...0x259F, 0xFFFD, 0x80...0xBF:
                score -= 3
                previousLower = false
            default:
                previousLower = false
            }
        }
        return score
    }

    /// о е а и н т с р в л: the ten most frequent Russian letters.
    static let frequent: Set<UInt32> = [0x43E, 0x435, 0x430, 0x438, 0x43D, 0x442, 0x441, 0x440, 0x432, 0x43B]

    static func containsHighBytes(_ bytes: [UInt8]) -> Bool { bytes.contains { $0 >= 0x80 } }

    /// Whether `bytes` are well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF).
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool { UTF8Evidence(bytes).isValid }

    /// WHATWG labels to the names we report: "cp1251" → "windows-1251", "utf8" → "utf-8".
    static func normalize(_ label: String) -> String {
        let lowered = label.lowercased().trimmingCharacters(in: .whitespacesAndQuotes)
        switch lowered {
        case "utf8", "utf-8", "unicode-1-1-utf-8": return "utf-8"
        case "cp1251", "windows-1251", "x-cp1251", "win-1251": return "windows-1251"
        case "koi8-r", "koi8r", "koi", "koi8", "cskoi8r": return "koi8-r"
        case "koi8-u", "koi8-ru": return "koi8-u"
        case "cp866", "ibm866", "866", "csibm866": return "ibm866"
        case "iso-8859-5", "iso8859-5", "cyrillic", "csisolatincyrillic": return "iso-8859-5"
        case "x-mac-cyrillic", "x-mac-ukrainian", "maccyrillic": return "x-mac-cyrillic"
        case "windows-1252", "latin1", "iso-8859-1", "ascii", "us-ascii": return "windows-1252"
        default: return lowered
        }
    }

    static func convert(_ bytes: [UInt8], from charset: String) -> [UInt8]? {
        guard !bytes.isEmpty else { return [] }
        let icuName = charset == "x-mac-cyrillic" ? "macos-7_3-10.2" : charset
        var output = [UInt8](repeating: 0, count: bytes.count * 3 + 16)
        var written = bytes.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                runews_convert_to_utf8(icuName, input.baseAddress, Int32(input.count), out.baseAddress, Int32(out.count))
            }
        }
        if written < -1 {
            output = [UInt8](repeating: 0, count: Int(-written - 2) + 1)
            written = bytes.withUnsafeBufferPointer { input in
                output.withUnsafeMutableBufferPointer { out in
                    runews_convert_to_utf8(icuName, input.baseAddress, Int32(input.count), out.baseAddress, Int32(out.count))
                }
            }
        }
        guard written >= 0 else { return nil }
        return Array(output.prefix(Int(written)))
    }

    /// The WHATWG prescan, simplified: `<meta charset=…>` or `<meta http-equiv=content-type content="…;
    /// charset=…">` in the first 1024 bytes.
    static func metaCharset(in bytes: [UInt8]) -> String? {
        // Over bytes, ASCII lowercased, as the specification's prescan reads them.
        let head = bytes.prefix(1024).map(HTMLTokenizer.lower)[...]
        var searchStart = 0
        while let meta = Self.find(Self.metaOpening, in: head, from: searchStart) {
            let end = head[meta...].firstIndex(of: 0x3E) ?? head.endIndex
            if let charset = Self.find(Self.charsetWord, in: head[..<end], from: meta) {
                let value = head[charset..<end].drop { $0 == 0x20 || $0 == 0x3D || $0 == 0x22 || $0 == 0x27 }
                    .prefix { ![0x20, 0x22, 0x27, 0x3B, 0x2F, 0x3E].contains($0) }
                if !value.isEmpty { return String(decoding: value, as: UTF8.self).lowercased() }
            }
            searchStart = end
        }
        return nil
    }

    private static let metaOpening = Array("<meta".utf8), charsetWord = Array("charset".utf8)

    /// Where `word` ends at its first occurrence in `bytes` at or after `start`.
    private static func find(_ word: [UInt8], in bytes: ArraySlice<UInt8>, from start: Int) -> Int? {
        guard start <= bytes.endIndex - word.count else { return nil }
        for index in start...(bytes.endIndex - word.count) where bytes[index] == word[0] {
            if bytes[index..<index + word.count].elementsEqual(word) { return index + word.count }
        }
        return nil
    }
}

import Foundation

private extension CharacterSet {
    static let whitespacesAndQuotes = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\"'"))
}
