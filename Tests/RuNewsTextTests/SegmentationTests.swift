import Testing
@testable import RuNewsText

@Suite struct SegmentationTests {
    func sourceStrings(_ source: String, _ ranges: [Range<Int>]) -> [String] {
        let scalars = Array(source.unicodeScalars)
        return ranges.map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    @Test func offsetsPointIntoTheSource() {
        let source = "\u{FEFF}  Губернатор\u{00A0}В.\u{00A0}Владимиров  посетил г.\u{00A0}Ставрополь\u{00AD}.\r\n\r\nДа."
        let segmentation = Segmentation(source)
        #expect(sourceStrings(source, segmentation.sourceTokenRanges()) ==
                ["Губернатор", "В.", "Владимиров", "посетил", "г.", "Ставрополь", ".", "Да", "."])
        #expect(sourceStrings(source, segmentation.sourceSentenceRanges()) ==
                ["Губернатор\u{00A0}В.\u{00A0}Владимиров  посетил г.\u{00A0}Ставрополь\u{00AD}.", "Да."])
    }

    @Test func openCorporaStyleSplitsPeriodsAndDigitGroups() {
        let source = "т.е. В. Иванов, 1 500 руб."
        let segmentation = Segmentation(source)
        #expect(sourceStrings(source, segmentation.sourceTokenRanges(style: .openCorpora)) ==
                ["т", ".", "е", ".", "В", ".", "Иванов", ",", "1", "500", "руб", "."])
        #expect(sourceStrings(source, segmentation.sourceTokenRanges(style: .units)) ==
                ["т.е.", "В.", "Иванов", ",", "1 500", "руб."])
    }

    @Test func emojiAndAstralOffsetsStayExactInScalars() {
        let source = "𝔸 👨‍👩‍👧 Привет! Да"
        let segmentation = Segmentation(source)
        #expect(sourceStrings(source, segmentation.sourceTokenRanges()) == ["𝔸", "👨‍👩‍👧", "Привет", "!", "Да"])
        #expect(segmentation.sourceTokenRanges()[2] == 8..<14)
    }

    @Test func nulBytesAndInvalidUTF8LoseNothingElse() {
        var bytes = Array("Текст\u{0}с нулём".utf8)
        bytes.insert(0xFE, at: 2)
        let text = Normalizer().normalize(utf8: bytes)
        #expect(text.diagnostics.invalidUTF8Sequences == 1)
        #expect(text.diagnostics.controlCharacters == 1)
        #expect(render(text.string) == ["Т/word", "\u{FFFD}/symbol", "екст/word", "с/word", "нулём/word"])
    }

    @Test func aFiftyMegabyteLineIsOneLinearPass() {
        let word = "слово, "
        let repeats = 50_000_000 / word.utf8.count
        let source = String(repeating: word, count: repeats)
        let segmentation = Segmentation(source)
        #expect(segmentation.tokens.count == repeats * 2)
        #expect(segmentation.sentences.count == 1)
        #expect(segmentation.sourceTokenRanges().last == (source.unicodeScalars.count - 2)..<(source.unicodeScalars.count - 1))
    }

    @Test func mixedScriptsKeepTheirWords() {
        let segmentation = Segmentation("Компания Apple и 华为 подписали MoU с ΕΕ.")
        let words = segmentation.tokens.filter { $0.kind == .word }.map { segmentation.text.string(in: $0.range) }
        #expect(words == ["Компания", "Apple", "и", "华为", "подписали", "MoU", "с", "ΕΕ"])
    }
}
