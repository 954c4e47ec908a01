import CICUShim

/// Turns raw text into `NormalizedText`: the form every later stage reads.
///
/// - NFC (through ICU, only around scalars that need it);
/// - every Unicode space and NBSP becomes a space and runs collapse; line breaks become `\n`, and two or
///   more (a paragraph break) become `\n\n`; white space at the ends goes; in a text wrapped at a fixed
///   width a lone line break is a space (`LineWrapping`);
/// - soft hyphens, zero-width characters, BOMs and bidi marks are removed; control characters (NUL …)
///   count as spaces;
/// - Latin look-alikes inside Cyrillic words are repaired, and the reverse (`Homoglyphs`).
///
/// Quotes and dashes are kept as they are; `ScalarClass` tells later stages what they are.
public struct Normalizer: Sendable {
    public struct Options: Sendable {
        public var repairsHomoglyphs = true
        public var composesNFC = true
        public init() {}
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Normalises `text`; offsets of the result map back into `text.unicodeScalars`.
    public func normalize(_ text: String) -> NormalizedText {
        normalize(scalars: text.unicodeScalars, capacity: text.utf8.count, invalidUTF8: 0)
    }

    /// Normalises UTF-8 bytes. Invalid sequences become U+FFFD (one per maximal invalid subpart, as
    /// `String(decoding:as:)` does) and are counted; offsets map into that decoded text.
    public func normalize(utf8 bytes: some Collection<UInt8>) -> NormalizedText {
        let text = String(decoding: bytes, as: UTF8.self)
        let invalid = Self.countReplacements(in: text) - Self.countEncodedReplacements(in: bytes)
        return normalize(scalars: text.unicodeScalars, capacity: text.utf8.count, invalidUTF8: invalid)
    }

    private func normalize(scalars source: String.UnicodeScalarView, capacity: Int, invalidUTF8: Int) -> NormalizedText {
        var output = Output(capacity: capacity)
        output.diagnostics.invalidUTF8Sequences = invalidUTF8
        var whitespace = PendingWhitespace()
        var needsNFC = false, sawLatin = false, sawCyrillic = false
        var position: Int32 = 0
        var previousWasCarriageReturn = false

        for scalar in source {
            defer { position += 1 }
            let scalarClass = ScalarClass(scalar)
            switch scalarClass {
            case .space:
                if scalar.value < 0x20 && scalar != "\t" || (0x7F...0x9F).contains(scalar.value) {
                    output.diagnostics.controlCharacters += 1
                }
                whitespace.add(at: position, newline: false)
                previousWasCarriageReturn = false
                continue
            case .newline:
                // "\r\n" is one line break; so is a lone "\r".
                let isLineFeed = scalar == "\n"
                whitespace.add(at: position, newline: !(isLineFeed && previousWasCarriageReturn))
                previousWasCarriageReturn = scalar == "\r"
                continue
            case .invisible:
                previousWasCarriageReturn = false
                // A zero-width joiner between symbols builds an emoji sequence: keep it there.
                if scalar.value == 0x200D, let last = output.scalars.last, !ScalarClass(last).isWordPart,
                   whitespace.isEmpty {
                    output.append(scalar, from: position)
                } else {
                    output.diagnostics.removedInvisibles += 1
                }
                continue
            default:
                previousWasCarriageReturn = false
            }
            if !whitespace.isEmpty {
                if !output.scalars.isEmpty { whitespace.flush(into: &output) }
                whitespace = PendingWhitespace()
            }
            output.append(scalar, from: position)
            if scalarClass.isLatin { sawLatin = true } else if scalarClass.isCyrillic { sawCyrillic = true }
            if !NFCSegments.isSafe(scalar.value) { needsNFC = true }
        }

        if needsNFC && options.composesNFC { NFCSegments.compose(&output) }
        if sawLatin && sawCyrillic && options.repairsHomoglyphs {
            output.diagnostics.repairedHomoglyphWords = Homoglyphs.repair(&output.scalars)
        }
        output.diagnostics.joinedLineBreaks = LineWrapping.joinLines(&output.scalars)
        return NormalizedText(scalars: output.scalars, sourceStarts: output.starts, sourceEnds: output.ends,
                              sourceCount: Int(position), diagnostics: output.diagnostics)
    }

    private static func countReplacements(in text: String) -> Int {
        text.utf8.withContiguousStorageIfAvailable { countSequence(0xEF, 0xBF, 0xBD, in: $0) }
            ?? countSequence(0xEF, 0xBF, 0xBD, in: Array(text.utf8))
    }

    private static func countEncodedReplacements(in bytes: some Collection<UInt8>) -> Int {
        bytes.withContiguousStorageIfAvailable { countSequence(0xEF, 0xBF, 0xBD, in: $0) }
            ?? countSequence(0xEF, 0xBF, 0xBD, in: Array(bytes))
    }

    private static func countSequence(_ a: UInt8, _ b: UInt8, _ c: UInt8, in bytes: some Collection<UInt8>) -> Int {
        var count = 0
        var state = 0
        for byte in bytes {
            switch (state, byte) {
            case (_, a): state = 1
            case (1, b): state = 2
            case (2, c): count += 1; state = 0
            default: state = 0
            }
        }
        return count
    }
}

/// The growing result of a normalisation: scalars and their source ranges.
struct Output {
    var scalars: [Unicode.Scalar] = []
    var starts: [Int32] = []
    var ends: [Int32] = []
    var diagnostics = NormalizedText.Diagnostics()

    init(capacity: Int) {
        scalars.reserveCapacity(capacity)
        starts.reserveCapacity(capacity)
        ends.reserveCapacity(capacity)
    }

    mutating func append(_ scalar: Unicode.Scalar, from position: Int32) {
        append(scalar, source: position, position + 1)
    }

    mutating func append(_ scalar: Unicode.Scalar, source start: Int32, _ end: Int32) {
        scalars.append(scalar)
        starts.append(start)
        ends.append(end)
    }
}

/// A run of white space waiting for the next visible scalar, which decides whether it is emitted.
private struct PendingWhitespace {
    var start: Int32 = -1
    var end: Int32 = -1
    var lineBreaks = 0

    var isEmpty: Bool { start < 0 }

    mutating func add(at position: Int32, newline: Bool) {
        if start < 0 { start = position }
        end = position + 1
        if newline { lineBreaks += 1 }
    }

    /// One space, one line break, or a paragraph break (two), each mapped to the whole run.
    func flush(into output: inout Output) {
        switch lineBreaks {
        case 0: output.append(" ", source: start, end)
        case 1: output.append("\n", source: start, end)
        default:
            output.append("\n", source: start, end)
            output.append("\n", source: start, end)
        }
    }
}

/// NFC over the scalars that need it. Text is cut into segments that start at an NFC boundary; a
/// one-scalar segment that NFC leaves alone is kept, the others go through ICU, and every scalar ICU
/// returns maps to the source range of the whole segment.
enum NFCSegments {
    /// Scalars that start a segment and that NFC never changes: ASCII and Latin-1, the Cyrillic letters,
    /// general punctuation. Anything else is asked of ICU.
    @inline(__always)
    static func isSafe(_ value: UInt32) -> Bool {
        value < 0x300 || (0x400...0x482).contains(value) || (0x48A...0x52F).contains(value)
            || (0x2010...0x205E).contains(value)
    }

    static func hasBoundaryBefore(_ value: UInt32) -> Bool {
        isSafe(value) || runews_nfc_has_boundary_before(value) != 0
    }

    static func compose(_ output: inout Output) {
        let input = output
        var result = Output(capacity: input.scalars.count)
        result.diagnostics = input.diagnostics
        let count = input.scalars.count
        var start = 0
        var buffer = [UInt32](repeating: 0, count: 32)
        while start < count {
            var end = start + 1
            while end < count && !hasBoundaryBefore(input.scalars[end].value) { end += 1 }
            let first = input.scalars[start].value
            if end == start + 1 && (isSafe(first) || runews_nfc_quick_check_yes(first) != 0) {
                result.append(input.scalars[start], source: input.starts[start], input.ends[start])
            } else {
                let segment = input.scalars[start..<end].map(\.value)
                let composed = normalize(segment, buffer: &buffer)
                let sourceStart = input.starts[start], sourceEnd = input.ends[end - 1]
                for value in composed {
                    result.append(Unicode.Scalar(value) ?? "\u{FFFD}", source: sourceStart, sourceEnd)
                }
                if composed != segment { result.diagnostics.composedSegments += 1 }
            }
            start = end
        }
        output = result
    }

    /// NFC of one segment; on an ICU error the segment is kept as it was.
    private static func normalize(_ segment: [UInt32], buffer: inout [UInt32]) -> [UInt32] {
        while true {
            let written = segment.withUnsafeBufferPointer { input in
                buffer.withUnsafeMutableBufferPointer { output in
                    runews_nfc_normalize(input.baseAddress, Int32(input.count), output.baseAddress, Int32(output.count))
                }
            }
            if written >= 0 { return Array(buffer[0..<Int(written)]) }
            if written == -1 { return segment }
            buffer = [UInt32](repeating: 0, count: Int(-written - 2) + 1)
        }
    }
}
