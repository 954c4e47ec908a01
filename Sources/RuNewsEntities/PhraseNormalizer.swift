import RuNewsMorphology
import RuNewsText

/// Puts a noun phrase in the nominative: its head noun and the adjectives that agree with it, leaving
/// what depends on them as it is: "Межпоселенческой центральной библиотеки Георгиевского городского
/// округа" → "Межпоселенческая центральная библиотека Георгиевского городского округа",
/// "Ставропольского края" → "Ставропольский край", "Соединённых Штатов" → "Соединённые Штаты".
struct PhraseNormalizer {
    let morphology: MorphAnalyzer

    /// `modifiers` agree with `head`; `rest` follows unchanged. Token indices into `text`. `number` puts the
    /// phrase in that number ("игроки сборной" → "игрок сборной"), where it stays in its own otherwise.
    func nominative(modifiers: [Int], head: Int, rest: Range<Int>? = nil, headLemmas: Set<Word> = [],
                    number: Grammeme? = nil, in text: AnalysedText) -> String {
        var headReadings = text.readings[head].filter { $0.tag.partOfSpeech == .noun || $0.tag.partOfSpeech == nil }
        // A head known to be one of `headLemmas` is read as it ("политика" as the genitive of "политик").
        let known = headLemmas.isEmpty ? [] : headReadings.filter { headLemmas.contains(Word(Folding.fold($0.lemma))) }
        if !known.isEmpty { headReadings = known }
        // The case and number the phrase agrees on, scored by the readings that fit them.
        var best: (score: Double, grammaticalCase: Grammeme, number: Grammeme, head: Parse?) = (-1, .nominative, .singular, nil)
        for number in [Grammeme.singular, .plural] {
            for grammaticalCase in Grammeme.mainCases {
                guard let headReading = headReadings.lazy.filter({ $0.tag.isIn(grammaticalCase) && $0.tag.contains(number) })
                    .max(by: { $0.score < $1.score }) else { continue }
                var score = headReading.score * 2
                for modifier in modifiers {
                    score += text.readings[modifier].lazy.filter { agrees($0, with: headReading, grammaticalCase, number) }
                        .map(\.score).max() ?? 0
                }
                if score > best.score { best = (score, grammaticalCase, number, headReading) }
            }
        }
        guard let headReading = best.head else { return words(modifiers + [head], rest, text) }
        let targetNumber = number ?? best.number
        var forms: [String] = []
        for modifier in modifiers {
            let reading = text.readings[modifier].filter { agrees($0, with: headReading, best.grammaticalCase, best.number) }
                .max { $0.score < $1.score }
            var target: Set<Grammeme> = [.nominative, targetNumber]
            if targetNumber == .singular, let gender = Self.gender(of: headReading) { target.insert(gender) }
            forms.append(reading.flatMap { morphology.inflect($0, to: target)?.word } ?? text.texts[modifier])
        }
        forms.append(headReading.tag.contains(.indeclinable) ? text.texts[head]
                     : morphology.inflect(headReading, to: [.nominative, targetNumber])?.word ?? text.texts[head])
        if let rest, !rest.isEmpty { forms.append(text.segmentation.text.string(in: text.scalarRange(rest))) }
        return forms.joined(separator: " ")
    }

    private func words(_ indices: [Int], _ rest: Range<Int>?, _ text: AnalysedText) -> String {
        let last = rest.flatMap { $0.isEmpty ? nil : $0.upperBound } ?? (indices.last.map { $0 + 1 } ?? 0)
        guard let first = indices.first, first < last else { return "" }
        return text.segmentation.text.string(in: text.scalarRange(first..<last))
    }

    static func gender(of reading: Parse) -> Grammeme? {
        [Grammeme.masculine, .feminine, .neuter].first(where: reading.tag.contains)
    }

    /// An adjective (or participle, or ordinal) reading agreeing with the head noun's; a surname's reading
    /// declines as one where the word stands as an adjective ("Никитинского суда").
    func agrees(_ reading: Parse, with head: Parse, _ grammaticalCase: Grammeme, _ number: Grammeme) -> Bool {
        guard reading.tag.isAdjectival || reading.tag.partOfSpeech == "NUMR" || reading.tag.contains(.pronominal)
                || reading.tag.contains(.surname),
              reading.tag.contains(grammaticalCase), reading.tag.contains(number) else { return false }
        guard number == .singular, let gender = Self.gender(of: head) else { return true }
        return reading.tag.contains(gender)
    }
}
