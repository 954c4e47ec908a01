extension StringProtocol {
    /// Whether the text has at most `limit` characters, learnt without grapheme breaking where it can be:
    /// a character has at least one byte, so a short text is told by its bytes; a text of Latin and
    /// Cyrillic letters, digits and the usual punctuation has a character per scalar (no mark or joiner
    /// extends them), but for CR LF; only other texts are walked by characters, `limit` of them at most.
    func hasCharacters(atMost limit: Int) -> Bool {
        if utf8.count <= limit { return true }
        var scalars = 0, lineEnds = 0
        var afterCarriageReturn = false
        var isPlain = true
        for scalar in unicodeScalars {
            guard Self.standsAlone(scalar.value) else { isPlain = false; break }
            scalars += 1
            if afterCarriageReturn && scalar == "\n" { lineEnds += 1 }
            afterCarriageReturn = scalar == "\r"
        }
        if isPlain { return scalars - lineEnds <= limit }
        guard let end = index(startIndex, offsetBy: limit, limitedBy: endIndex) else { return true }
        return end == endIndex
    }

    /// Scalars that grapheme breaking never joins to their neighbours when these are such scalars too:
    /// Latin, Greek and Cyrillic letters without combining marks, general punctuation but its joiners and
    /// format controls, currency and letterlike symbols.
    private static func standsAlone(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x300, 0x370...0x482, 0x48A...0x52F, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0, 0x2100...0x214F: true
        default: false
        }
    }
}

extension Unicode.Scalar {
    /// Whether grapheme breaking joins the scalar to the one before it (a combining mark, a spacing mark,
    /// a joiner, a variation selector): after a space, the two are one character, and no space.
    var extendsCharacter: Bool {
        value >= 0x300 && (properties.isGraphemeExtend || properties.generalCategory == .spacingMark || value == 0x200D)
    }
}
