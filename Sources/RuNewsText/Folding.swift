/// The form used to compare words: lowercase, with ё read as е.
///
/// Text keeps its ё; dictionaries, gazetteers and coreference compare folded forms, so "Алёна" and
/// "Алена", "ЕЛЬЦИН" and "Ельцин" meet.
public enum Folding {
    /// The folded scalar: lowercase Cyrillic and Latin, ё → е.
    @inlinable
    public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        switch value {
        case 0x41...0x5A, 0x410...0x42F: return Unicode.Scalar(value + 0x20)!
        case 0x400...0x40F: return value == 0x401 ? "е" : Unicode.Scalar(value + 0x50)!
        case 0x451: return "е"
        case 0x61...0x7A, 0x430...0x44F, 0x452...0x45F: return scalar
        default:
            guard value > 0x7F, scalar.properties.isUppercase else { return scalar }
            return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
        }
    }

    /// `text`, folded scalar by scalar. (Inlinable, as the others: other modules fold every heading,
    /// block and line with them, and a generic call left unspecialised costs more than the folding.)
    @inlinable
    public static func fold(_ text: some StringProtocol) -> String {
        let count = text.utf8.count
        let folded = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            // Most words and every dictionary lemma are folded already: a string is returned as it is.
            if let string = text as? String, isFolded(bytes) { return string }
            return try? String(unsafeUninitializedCapacity: count) { out throws(OtherScript) in
                guard let written = foldLettersOfTwoScripts(bytes, into: out) else { throw OtherScript() }
                return written
            }
        }
        if case let folded?? = folded { return folded }
        return fold(text) { _ in true }
    }

    /// A scalar outside ASCII and two-byte Cyrillic: the text is folded scalar by scalar.
    @usableFromInline
    struct OtherScript: Error {
        @inlinable init() {}
    }

    /// Whether every scalar is ASCII other than a capital, or a two-byte Cyrillic letter that folds to
    /// itself: а–я, ѐ, ђ–џ (ё and capitals fold to other letters; other scalars take the scalar path).
    @inlinable
    static func isFolded(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead &- 0x41 < 26 { return false }
                index += 1
                continue
            }
            guard index + 1 < bytes.count else { return false }
            let next = bytes[index + 1]
            guard lead == 0xD0 ? next >= 0xB0 && next <= 0xBF : lead == 0xD1 && next >= 0x80 && next <= 0x9F && next != 0x91
            else { return false }
            index += 2
        }
        return true
    }

    /// Most words are ASCII and Cyrillic, whose scalars take one byte or two with a lead of D0 or D1:
    /// those are folded over the bytes without decoding and encoding every scalar, as many bytes as they
    /// came in; nil for a text with any other scalar, which the scalar path folds.
    @inlinable
    static func foldLettersOfTwoScripts(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                out[index] = lead &- 0x41 < 26 ? lead | 0x20 : lead
                index += 1
                continue
            }
            guard lead == 0xD0 || lead == 0xD1, index + 1 < bytes.count, bytes[index + 1] & 0xC0 == 0x80 else { return nil }
            let value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            // `fold(_:)` of a scalar, its Cyrillic cases written out: this runs for every letter.
            let folded: UInt32
            switch value {
            case 0x410...0x42F: folded = value + 0x20
            case 0x401, 0x451: folded = 0x435
            case 0x400...0x40F: folded = value + 0x50
            case 0x430...0x45F: folded = value
            default: folded = fold(Unicode.Scalar(value)!).value
            }
            // Cyrillic folds to Cyrillic: two bytes again.
            guard folded >= 0x80, folded < 0x800 else { return nil }
            out[index] = UInt8(0xC0 | folded >> 6)
            out[index + 1] = UInt8(0x80 | folded & 0x3F)
            index += 2
        }
        return index
    }

    /// The scalars of `text` that `keep` accepts, folded, written as UTF-8 into the result's own storage
    /// (appending to a scalar view re-validates every scalar; this runs for every token of every text).
    @inlinable
    public static func fold(_ text: some StringProtocol, keeping keep: (Unicode.Scalar) -> Bool) -> String {
        let count = text.utf8.count
        // A folded scalar takes at most half as many bytes again as the original (Ⱥ → ⱥ: 2 → 3).
        return String(unsafeUninitializedCapacity: count + count / 2 + 4) { buffer in
            var written = 0
            for scalar in text.unicodeScalars where keep(scalar) { written += UTF8Bytes.write(fold(scalar), into: buffer, at: written) }
            return written
        }
    }
}
