/// Tokens the dictionary does not hold, recognised by their shape as pymorphy does.
enum WordShape {
    /// "NUMB,intg" for "12", "NUMB,real" for "12,5" or "1e3"; nil when `word` is no number.
    static func numberTag(_ word: String) -> Tag? {
        let text = word.trimmingWhitespace
        if isInteger(text) { return ShapeTags.integer }
        if isReal(text.replacingComma) { return ShapeTags.real }
        return nil
    }

    private static func isInteger(_ text: Substring) -> Bool {
        let digits = text.first == "+" || text.first == "-" ? text.dropFirst() : text
        return !digits.isEmpty && digits.allSatisfy(\.isWholeNumber)
    }

    private static func isReal(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "+" || body.first == "-" { body = body.dropFirst() }
        if ["inf", "infinity", "nan"].contains(body.lowercased()) { return true }
        var mantissa = body, exponent: Substring? = nil
        if let e = body.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = body[..<e]
            var rest = body[body.index(after: e)...]
            if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
            exponent = rest
        }
        if let exponent, exponent.isEmpty || !exponent.allSatisfy(\.isASCIIDigit) { return false }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.contains(where: { !$0.isEmpty }) else { return false }
        return parts.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
    }

    /// Only punctuation (and spaces), at least one mark.
    static func isPunctuation(_ word: String) -> Bool {
        var sawMark = false
        for scalar in word.unicodeScalars where !scalar.properties.isWhitespace {
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
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return self[first...last]
    }
}

private extension Substring {
    var replacingComma: String { String(map { $0 == "," ? "." : $0 }) }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isWholeNumber }
}

/// The tags of readings found by shape, parsed once.
enum ShapeTags {
    static let integer = Tag("NUMB,intg"), real = Tag("NUMB,real"), punctuation = Tag("PNCT")
    static let romanNumeral = Tag("ROMN"), latin = Tag("LATN"), adverb = Tag("ADVB"), unknown = Tag("UNKN")
}
