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
        fold(text) { _ in true }
    }

    /// The scalars of `text` that `keep` accepts, folded, written as UTF-8 into the result's own storage
    /// (appending to a scalar view re-validates every scalar; this runs for every token of every text).
    @inlinable
    public static func fold(_ text: some StringProtocol, keeping keep: (Unicode.Scalar) -> Bool) -> String {
        let count = text.utf8.count
        // A folded scalar takes at most half as many bytes again as the original (Ⱥ → ⱥ: 2 → 3).
        return String(unsafeUninitializedCapacity: count + count / 2 + 4) { buffer in
            var written = 0
            for scalar in text.unicodeScalars where keep(scalar) {
                for byte in UTF8.encode(fold(scalar))! {
                    buffer[written] = byte
                    written += 1
                }
            }
            return written
        }
    }
}
