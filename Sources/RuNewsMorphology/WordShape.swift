/// Tokens the dictionary does not hold, recognised by their shape as pymorphy does.
enum WordShape {
    /// "NUMB,intg" for "12", "NUMB,real" for "12,5" or "1e3"; nil when `word` is no number.
    static func numberTag(_ word: String) -> Tag? {
        let text = word.trimmingWhitespace
        if isInteger(text) { return ShapeTags.integer }
        if isReal(text.utf8) { return ShapeTags.real }
        return nil
    }

    private static func isInteger(_ text: Substring) -> Bool {
        let digits = text.first == "+" || text.first == "-" ? text.dropFirst() : text
        guard !digits.isEmpty else { return false }
        // ASCII answers by its bytes; other digits ("١٢") by their Unicode properties.
        if digits.utf8.allSatisfy(isASCIIDigit) { return true }
        return digits.utf8.contains { $0 >= 0x80 } && digits.allSatisfy(\.isWholeNumber)
    }

    /// Python's `float` over ASCII: "1.5", "1,5" (the comma read as a point), "-2e3", ".5", "inf", "NaN".
    private static func isReal(_ text: Substring.UTF8View) -> Bool {
        var body = text[...]
        if let sign = body.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { body = body.dropFirst() }
        if ["inf", "infinity", "nan"].contains(where: { body.elementsEqual($0.utf8) { ASCII.lowercase($0) == $1 } }) { return true }
        var mantissa = body
        if let e = body.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            mantissa = body[..<e]
            var exponent = body[body.index(after: e)...]
            if let sign = exponent.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { exponent = exponent.dropFirst() }
            guard !exponent.isEmpty, exponent.allSatisfy(isASCIIDigit) else { return false }
        }
        var points = 0, digits = 0
        for byte in mantissa {
            if isASCIIDigit(byte) { digits += 1 } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") { points += 1 } else { return false }
        }
        return digits > 0 && points <= 1
    }

    private static func isASCIIDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    /// Only punctuation (and spaces), at least one mark.
    static func isPunctuation(_ word: String) -> Bool {
        var sawMark = false
        for scalar in word.unicodeScalars {
            // Letters and digits answer without a property lookup.
            if ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) { return false }
            if scalar.properties.isWhitespace { continue }
            switch scalar.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                 .initialPunctuation, .finalPunctuation, .otherPunctuation:
                sawMark = true
            default:
                return false
            }
        }
        return sawMark
    }

    /// At least one letter, and every letter Latin. ASCII and Cyrillic answer without the Unicode name.
    static func isLatin(_ word: String) -> Bool {
        var sawLetter = false
        for scalar in word.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A: sawLetter = true; continue
            case 0..<0x80: continue
            case 0x400...0x481, 0x48A...0x52F: return false  // Cyrillic letters
            default: break
            }
            guard scalar.properties.isAlphabetic && scalar.properties.generalCategory.isLetter else { continue }
            guard (scalar.properties.name ?? "").contains("LATIN") else { return false }
            sawLetter = true
        }
        return sawLetter
    }

    /// A Roman numeral up to 4999, any case: "XXI", "mcmxc".
    static func isRomanNumeral(_ word: String) -> Bool {
        // Only these letters (and "ı", whose capital is "I") can spell one.
        guard word.unicodeScalars.allSatisfy({ "IVXLCDMivxlcdmı".unicodeScalars.contains($0) }) else { return false }
        var rest = Substring(word.uppercased())
        guard !rest.isEmpty else { return false }
        func take(_ options: [String]) { if let match = options.first(where: { rest.hasPrefix($0) }) { rest = rest.dropFirst(match.count) } }
        func repeated(_ letter: Character, max: Int) { var n = 0; while n < max, rest.first == letter { rest = rest.dropFirst(); n += 1 } }
        repeated("M", max: 4)
        if rest.hasPrefix("CM") || rest.hasPrefix("CD") { take(["CM", "CD"]) } else { if rest.first == "D" { rest = rest.dropFirst() }; repeated("C", max: 3) }
        if rest.hasPrefix("XC") || rest.hasPrefix("XL") { take(["XC", "XL"]) } else { if rest.first == "L" { rest = rest.dropFirst() }; repeated("X", max: 3) }
        if rest.hasPrefix("IX") || rest.hasPrefix("IV") { take(["IX", "IV"]) } else { if rest.first == "V" { rest = rest.dropFirst() }; repeated("I", max: 3) }
        return rest.isEmpty
    }
}

private extension Unicode.GeneralCategory {
    var isLetter: Bool {
        switch self {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
        default: false
        }
    }
}

private extension String {
    var trimmingWhitespace: Substring {
        // A word that starts and ends with visible ASCII has nothing to trim.
        if let first = utf8.first, let last = utf8.last, (0x21..<0x7F).contains(first), (0x21..<0x7F).contains(last) { return self[...] }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return self[first...last]
    }
}

private enum ASCII {
    static func lowercase(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
}

/// The tags of readings found by shape, parsed once.
enum ShapeTags {
    static let integer = Tag("NUMB,intg"), real = Tag("NUMB,real"), punctuation = Tag("PNCT")
    static let romanNumeral = Tag("ROMN"), latin = Tag("LATN"), adverb = Tag("ADVB"), unknown = Tag("UNKN")
}
