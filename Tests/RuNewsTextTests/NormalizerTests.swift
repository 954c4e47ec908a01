import Testing
@testable import RuNewsText

@Suite struct NormalizerTests {
    let normalizer = Normalizer()

    /// (input, normalised text): one row per rule.
    static let cases: [(String, String)] = [
        ("Главная\u{00A0}страница", "Главная страница"),
        ("  много   пробелов\t\tи табов  ", "много пробелов и табов"),
        ("узкий\u{202F}и\u{2009}тонкий\u{2003}пробел", "узкий и тонкий пробел"),
        ("ин\u{00AD}фор\u{00AD}мация", "информация"),
        ("ноль\u{200B}ширины\u{FEFF}", "нольширины"),
        ("\u{FEFF}Начало", "Начало"),
        ("строка\r\nстрока\rстрока", "строка\nстрока\nстрока"),
        ("абзац\n\n\n\nабзац", "абзац\n\nабзац"),
        ("абзац \n \n абзац", "абзац\n\nабзац"),
        ("стро\u{2028}ка", "стро\nка"),
        ("нуль\u{0000}байт\u{0007}", "нуль байт"),
        ("Мо\u{0301}сква", "Мо\u{0301}сква"),  // a stress mark has nothing to compose with: kept
        ("и\u{0306}од", "йод"),                  // decomposed й composes
        ("е\u{0308}лка", "ёлка"),
        ("«цитата» — „цитата“", "«цитата» — „цитата“"),  // quotes and dashes stay
        ("Mосква", "Москва"),                    // Latin M in a Cyrillic word
        ("Cочи и Kрым", "Сочи и Крым"),
        ("Micrоsoft", "Microsoft"),              // Cyrillic о in a Latin word
        ("iPhone и Android", "iPhone и Android"),
        ("XXI век", "XXI век"),
    ]

    @Test(arguments: cases)
    func normalises(_ input: String, _ expected: String) {
        #expect(normalizer.normalize(input).string == expected)
    }

    @Test func mapsEveryScalarBackToItsSource() {
        let source = "  Про\u{00AD}верка   и\u{0306}ода\u{00A0}— да "
        let text = normalizer.normalize(source)
        #expect(text.string == "Проверка йода — да")
        let scalars = Array(source.unicodeScalars)
        func original(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        #expect(original(text.sourceRange(of: 0..<8)) == "Про\u{00AD}верка")
        #expect(original(text.sourceRange(of: 8..<9)) == "   ")
        #expect(original(text.sourceRange(of: 9..<12)) == "и\u{0306}од")
        #expect(original(text.sourceRange(of: 17..<18)) == "а")
        #expect(text.sourceRange(of: 18..<18) == scalars.count..<scalars.count)
    }

    @Test func keepsAstralScalarsAndEmojiOffsetsExact() {
        let source = "Ура 👍🏽 и 👨‍👩‍👧 и 𝔸!"
        let text = normalizer.normalize(source)
        #expect(text.string == source)
        #expect(text.sourceCount == source.unicodeScalars.count)
    }

    @Test func flagsInvalidUTF8() {
        let bytes: [UInt8] = Array("при".utf8) + [0xFF, 0xC3] + Array("вет".utf8) + Array("\u{FFFD}".utf8)
        let text = normalizer.normalize(utf8: bytes)
        #expect(text.string == "при\u{FFFD}\u{FFFD}вет\u{FFFD}")
        #expect(text.diagnostics.invalidUTF8Sequences == 2)
    }

    @Test func emptyAndBlankInputGiveEmptyText() {
        #expect(normalizer.normalize("").count == 0)
        #expect(normalizer.normalize(" \n\t\u{00A0}\u{200B}").count == 0)
        #expect(normalizer.normalize(utf8: [UInt8]()).count == 0)
    }

    @Test func countsWhatItRepaired() {
        let text = normalizer.normalize("Mосква\u{00AD} и\u{0306}")
        #expect(text.diagnostics.repairedHomoglyphWords == 1)
        #expect(text.diagnostics.removedInvisibles == 1)
        #expect(text.diagnostics.composedSegments == 1)
    }

    @Test func foldsForMatching() {
        #expect(Folding.fold("ЁЛКА Алёна Ёж") == "елка алена еж")
        #expect(Folding.fold("Ѓ ЎЖ Straße") == "ѓ ўж straße")
    }

    /// ASCII and two-byte Cyrillic are folded over the bytes: every scalar of those lead bytes (D0, D1:
    /// U+0400–U+047F, old letters included) folds as the scalar path folds it, and a text with any other
    /// scalar goes the scalar way whole.
    @Test func byteFoldingAgreesWithScalarFolding() {
        let twoScripts = (0x20...0x7E).map { String(UnicodeScalar($0)!) } + (0x400...0x47F).map { String(UnicodeScalar($0)!) }
        for letter in twoScripts {
            #expect(Folding.fold(letter) == Folding.fold(letter, keeping: { _ in true }), "\(letter)")
        }
        // Texts folded already (returned as they are, without folding) agree with the scalar path too.
        for text in ["ЁЛКА-2011 Ѡмега", "Ельцин и ΑΘΗΝΑ", "ЦСКА 😀", "", "Ѵ", "москва-2011 ѐж ђак", "ёлка", "мoсквA", "ѡмега"] {
            #expect(Folding.fold(text) == Folding.fold(text, keeping: { _ in true }), "\(text)")
        }
    }
}

@Suite struct HomoglyphTests {
    /// (Cyrillic-only letters, Cyrillic look-alikes, Latin-only letters, Latin look-alikes, verdict).
    static let verdicts: [(Int, Int, Int, Int, Homoglyphs.Verdict)] = [
        (4, 1, 0, 1, .toCyrillic),  // Mосква
        (0, 1, 6, 2, .toLatin),     // Micrоsoft
        (0, 2, 0, 1, .toCyrillic),  // all look-alikes, Cyrillic majority
        (0, 1, 0, 2, .toLatin),
        (0, 1, 0, 1, .toCyrillic),  // a tie goes to Cyrillic: the text is Russian
        (2, 0, 2, 0, .keep),        // two real scripts: leave it
        (5, 0, 0, 0, .keep),
        (0, 0, 5, 0, .keep),
    ]

    @Test(arguments: verdicts)
    func decides(_ cyrillicOnly: Int, _ cyrillicLookalikes: Int, _ latinOnly: Int, _ latinLookalikes: Int,
                 _ verdict: Homoglyphs.Verdict) {
        #expect(Homoglyphs.verdict(cyrillicOnly: cyrillicOnly, cyrillicLookalikes: cyrillicLookalikes,
                                   latinOnly: latinOnly, latinLookalikes: latinLookalikes) == verdict)
    }

    @Test func tablesAreInverse() {
        for (latin, cyrillic) in Homoglyphs.latinToCyrillic {
            #expect(Homoglyphs.cyrillicToLatin[cyrillic] == latin)
            #expect(ScalarClass(Unicode.Scalar(latin)!).isLatin)
            #expect(ScalarClass(Unicode.Scalar(cyrillic)!).isCyrillic)
        }
    }
}
