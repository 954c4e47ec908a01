/// The capitalisation of a word, put back on its lemma and other forms: "Владимиром" → "Владимир",
/// "ООН" → "ООН", "Римского-Корсакова" → "Римский-Корсаков", "Из-за" → "Из-за", "МИДа" → "МИД".
struct Capitalization: Equatable {
    private var isUpper = false
    /// Bit i: the i-th hyphen-separated part starts with a capital.
    private var capitalizedParts: UInt64 = 0
    /// An abbreviation with a lowercase ending ("МИДа", "ВУЗов", "ТВ-программы"): its leading capitals.
    private var leadingCapitals = 0

    private init() {}

    init(of word: String) {
        var letters = LetterCount()
        for scalar in word.unicodeScalars {
            if scalar == "-" { letters.hyphen(); continue }
            if let isUppercase = Self.case(of: scalar) { letters.letter(isUppercase: isUppercase) } else { letters.other() }
        }
        self = letters.capitalization
    }

    /// A word's letters as they come: how many are capitals, and which hyphen-separated parts start
    /// with one.
    private struct LetterCount {
        private var letters = 0, upper = 0, part = 0
        private var partHasLetter = false
        private var capitalizedParts: UInt64 = 0
        /// Capitals the word opens with, until its first other character.
        private var leading = 0, leadingEnded = false

        mutating func letter(isUppercase: Bool) {
            letters += 1
            if isUppercase { upper += 1 }
            if !partHasLetter {
                partHasLetter = true
                if isUppercase && part < 64 { capitalizedParts |= 1 << UInt64(part) }
            }
            if isUppercase && !leadingEnded { leading += 1 } else { leadingEnded = true }
        }

        mutating func hyphen() {
            part += 1
            partHasLetter = false
            leadingEnded = true
        }

        mutating func other() { leadingEnded = true }

        var capitalization: Capitalization {
            var capitalization = Capitalization()
            capitalization.isUpper = letters > 1 && upper == letters
            capitalization.capitalizedParts = capitalizedParts
            capitalization.leadingCapitals = !capitalization.isUpper && leading >= 2 ? leading : 0
            return capitalization
        }
    }

    /// Whether `scalar` is an uppercase letter, a lowercase one, or (nil) no letter; Cyrillic and ASCII
    /// without a property lookup.
    private static func `case`(of scalar: Unicode.Scalar) -> Bool? {
        switch scalar.value {
        case 0x41...0x5A, 0x401, 0x410...0x42F: return true
        case 0x61...0x7A, 0x451, 0x430...0x44F: return false
        case 0..<0x80: return nil
        default:
            let properties = scalar.properties
            guard properties.isAlphabetic else { return nil }
            return properties.isUppercase
        }
    }

    /// `word`, lowercase UTF-8, in this capitalisation. Russian and ASCII letters change case by their
    /// bytes; anything else goes through Unicode's mappings.
    func apply(to word: [UInt8]) -> String {
        word.withUnsafeBufferPointer { apply(to: $0) }
    }

    func apply(to word: UnsafeBufferPointer<UInt8>) -> String {
        if isLowercase { return String(decoding: word, as: UTF8.self) }
        var raised = true
        let string = String(unsafeUninitializedCapacity: word.count) { buffer in
            _ = buffer.initialize(from: word)
            raised = raise(UnsafeMutableBufferPointer(rebasing: buffer[..<word.count]))
            return word.count
        }
        return raised ? string : applyByScalars(to: String(decoding: word, as: UTF8.self))
    }

    func apply(to word: String) -> String {
        if isLowercase { return word }
        var word = word
        return word.withUTF8 { apply(to: $0) }
    }

    /// Whether the capitalisation changes anything.
    var isLowercase: Bool { !isUpper && capitalizedParts == 0 && leadingCapitals == 0 }

    /// Puts lowercase UTF-8 `bytes` into this capitalisation in place; false when a letter to raise is
    /// neither ASCII nor Russian (the bytes are then partly raised).
    func raise(_ bytes: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        var part = 0, position = 0
        var atPartStart = true
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "-") {
                part += 1
                position += 1
                atPartStart = true
                index += 1
                continue
            }
            let width = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            if raises(position: position, part: part, atPartStart: atPartStart) && !Self.uppercase(bytes, at: index) { return false }
            atPartStart = false
            position += 1
            index += width
        }
        return true
    }

    /// Whether the character at `position` (in characters, hyphens counted) is a capital.
    private func raises(position: Int, part: Int, atPartStart: Bool) -> Bool {
        isUpper || position < leadingCapitals || (atPartStart && part < 64 && capitalizedParts & (1 << UInt64(part)) != 0)
    }

    /// The lowercase UTF-8 of a word in ASCII and the Russian alphabet, without Unicode's case tables;
    /// nil for anything else, which `String.lowercased` handles.
    static func lowercaseBytes(_ word: String) -> [UInt8]? {
        lowercased(word)?.bytes
    }

    /// The lowercase UTF-8 of a word in ASCII and the Russian alphabet and its capitalisation, in one
    /// pass over its bytes; nil for anything else.
    static func lowercased(_ word: String) -> (bytes: [UInt8], capitalization: Capitalization)? {
        var bytes = Array(word.utf8)
        guard let capitalization = bytes.withUnsafeMutableBufferPointer({ lowercase($0) }) else { return nil }
        return (bytes, capitalization)
    }

    /// Lowercases UTF-8 `bytes` in ASCII and the Russian alphabet in place and gives their
    /// capitalisation; nil for anything else (the bytes are then partly lowercased).
    static func lowercase(_ bytes: UnsafeMutableBufferPointer<UInt8>) -> Capitalization? {
        var letters = LetterCount()
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case 0x41...0x5A: bytes[index] += 0x20; letters.letter(isUppercase: true)
            case 0x61...0x7A: letters.letter(isUppercase: false)
            case UInt8(ascii: "-"): letters.hyphen()
            case 0..<0x80: letters.other()
            case 0xD0:
                guard index + 1 < bytes.count else { return nil }
                letters.letter(isUppercase: bytes[index + 1] < 0xB0)
                switch bytes[index + 1] {
                case 0x80...0x8F: bytes[index] = 0xD1; bytes[index + 1] += 0x10  // Ѐ…Џ, Ё
                case 0x90...0x9F: bytes[index + 1] += 0x20  // А…П
                case 0xA0...0xAF: bytes[index] = 0xD1; bytes[index + 1] -= 0x20  // Р…Я
                case 0xB0...0xBF: break
                default: return nil
                }
                index += 1
            case 0xD1:
                // а-я's second half and ѐ…џ; the historic letters after them have case pairs of their own.
                guard index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) else { return nil }
                letters.letter(isUppercase: false)
                index += 1
            default:
                return nil
            }
            index += 1
        }
        return letters.capitalization
    }

    /// Uppercases the letter at `index` in place; false when its bytes are not ASCII or Russian.
    private static func uppercase(_ bytes: UnsafeMutableBufferPointer<UInt8>, at index: Int) -> Bool {
        switch bytes[index] {
        case 0x61...0x7A: bytes[index] -= 0x20
        case 0..<0x80: break
        case 0xD0 where index + 1 < bytes.count && (0xB0...0xBF).contains(bytes[index + 1]):
            bytes[index + 1] -= 0x20  // а…п
        case 0xD1 where index + 1 < bytes.count && (0x80...0x8F).contains(bytes[index + 1]):
            bytes[index] = 0xD0; bytes[index + 1] += 0x20  // р…я
        case 0xD1 where index + 1 < bytes.count && (0x90...0x9F).contains(bytes[index + 1]):
            bytes[index] = 0xD0; bytes[index + 1] -= 0x10  // ѐ…џ, ё
        default: return false
        }
        return true
    }

    /// `word` in this capitalisation through Unicode's case mappings, for letters outside ASCII and
    /// the Russian alphabet.
    private func applyByScalars(to word: String) -> String {
        if isUpper { return word.uppercased() }
        guard !isLowercase else { return word }
        var result = String.UnicodeScalarView()
        var part = 0, position = 0
        var atPartStart = true
        for scalar in word.unicodeScalars {
            defer { position += 1 }
            if scalar == "-" {
                part += 1
                atPartStart = true
                result.append(scalar)
                continue
            }
            if raises(position: position, part: part, atPartStart: atPartStart) {
                result.append(contentsOf: Self.uppercase(scalar))
            } else {
                result.append(scalar)
            }
            atPartStart = false
        }
        return String(result)
    }

    private static func uppercase(_ scalar: Unicode.Scalar) -> String.UnicodeScalarView {
        switch scalar.value {
        case 0x61...0x7A, 0x430...0x44F: return String.UnicodeScalarView([Unicode.Scalar(scalar.value - 0x20)!])
        case 0x451: return String.UnicodeScalarView(["Ё"])
        default: return scalar.properties.uppercaseMapping.unicodeScalars
        }
    }
}
