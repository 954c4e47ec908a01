import RuNewsMorphology
import RuNewsText

/// Finds organisations: a kind of organisation with a quoted name ("компания «Алтек»", "МКУК «МЦБС
/// ГГО»"), capitalised adjectives before a kind ("Арбитражный суд Москвы", "Лондонская полиция"),
/// governing bodies with the place they govern ("правительство Японии", "МИД РФ"), abbreviations
/// ("ФИФА", "WFC") and names the dictionary tags as organisations ("Мосгордума"), and runs of
/// capitalised Latin words ("World Fashion Channel"). Head and agreeing words go to the nominative;
/// an abbreviation given in brackets after a full name is linked to it.
public struct OrganisationExtractor: Sendable {
    let morphology: MorphAnalyzer

    public init(morphology: MorphAnalyzer) {
        self.morphology = morphology
    }

    struct Found {
        var range: Range<Int>
        var name: String
    }

    public func extract(from text: AnalysedText, excluding taken: Set<Int> = []) -> [Organisation] {
        var found: [Found] = []
        var index = 0
        while index < text.count {
            guard !taken.contains(index), let organisation = organisation(at: index, in: text, taken: taken) else {
                index += 1
                continue
            }
            found.append(organisation)
            index = organisation.range.upperBound
        }
        return group(found, in: text)
    }

    // MARK: - Words

    func lemmas(_ index: Int, _ text: AnalysedText) -> Set<String> {
        Set(text.readings[index].filter { $0.tag.partOfSpeech == .noun }.map { Folding.fold($0.lemma) })
    }

    func isKind(_ index: Int, _ text: AnalysedText) -> Bool {
        text.kind(index) == .word && !lemmas(index, text).isDisjoint(with: OrganisationVocabulary.kinds)
    }

    func isGoverning(_ index: Int, _ text: AnalysedText) -> Bool {
        text.kind(index) == .word && (!lemmas(index, text).isDisjoint(with: OrganisationVocabulary.governing)
            || OrganisationVocabulary.governing.contains(text.folded[index]))
    }

    func isPlace(_ index: Int, _ text: AnalysedText) -> Bool {
        guard index < text.count, text.isCapitalized(index) || text.isUppercaseWord(index) else { return false }
        return text.readings[index].reduce(0.0) { $0 + ($1.tag.contains(.geography) && $1.method == .dictionary ? $1.score : 0) } >= 0.3
    }

    /// "ФИФА", "ООН", "WFC": an abbreviation that is no place ("США" is one).
    func isAbbreviation(_ index: Int, _ text: AnalysedText) -> Bool {
        guard text.isUppercaseWord(index), text.texts[index].unicodeScalars.count <= 8, !isPlace(index, text),
              !text.texts[index].unicodeScalars.contains(where: { $0.properties.numericType != nil }) else { return false }
        return !OrganisationVocabulary.legalForms.contains(text.folded[index]) || text.kind(index + 1) != .quote
    }

    func isOrganisationName(_ index: Int, _ text: AnalysedText) -> Bool {
        text.isCapitalized(index) && text.readings[index].reduce(0.0) {
            $0 + ($1.tag.contains(.organisation) && $1.method == .dictionary ? $1.score : 0)
        } >= 0.5
    }

    func isLatinWord(_ index: Int, _ text: AnalysedText) -> Bool {
        text.isCapitalized(index) && text.texts[index].unicodeScalars.allSatisfy { $0.value < 0x250 }
    }

    // MARK: - Patterns

    func organisation(at index: Int, in text: AnalysedText, taken: Set<Int>) -> Found? {
        let normalizer = PhraseNormalizer(morphology: morphology)
        // "компания «Алтек»", "ООО «Алтек»", "МКУК «МЦБС ГГО»"
        if isKind(index, text) || OrganisationVocabulary.legalForms.contains(text.folded[index]), let quoted = quotedName(at: index + 1, in: text) {
            let head = text.isUppercaseWord(index) ? text.texts[index]
                : normalizer.nominative(modifiers: [], head: index, in: text)
            return Found(range: index..<quoted.upperBound, name: head + " " + text.segmentation.text.string(in: text.scalarRange(quoted)))
        }
        // "Арбитражный суд Москвы", "Русской винно-водочной компании", "Лондонская полиция"
        if text.isCapitalized(index), text.readings[index].contains(where: { $0.tag.partOfSpeech == .adjective }) {
            var next = index + 1
            while next < text.count, next - index < 4, text.areAdjacent(next - 1, next),
                  text.readings[next].contains(where: { $0.tag.partOfSpeech == .adjective }), !isKind(next, text) {
                next += 1
            }
            if next < text.count, text.areAdjacent(next - 1, next), isKind(next, text) {
                var end = next + 1
                if end < text.count, text.areAdjacent(next, end), isPlace(end, text) || isAbbreviation(end, text) { end += 1 }
                let name = normalizer.nominative(modifiers: Array(index..<next), head: next, rest: (next + 1)..<end, in: text)
                return Found(range: index..<end, name: name)
            }
        }
        // "правительство Японии", "мэрии Москвы", "МИД РФ"
        if isGoverning(index, text), text.areAdjacent(index, index + 1), isPlace(index + 1, text), !taken.contains(index + 1) {
            let head = text.isUppercaseWord(index) ? text.texts[index] : normalizer.nominative(modifiers: [], head: index, in: text)
            return Found(range: index..<(index + 2), name: head + " " + text.texts[index + 1])
        }
        // "РИА «Новости»"
        if isAbbreviation(index, text), let quoted = quotedName(at: index + 1, in: text), text.areAdjacent(index, index + 1) {
            return Found(range: index..<quoted.upperBound, name: text.segmentation.text.string(in: text.scalarRange(index..<quoted.upperBound)))
        }
        // "в Конгрессе", "Сенат США": a kind of organisation written with a capital inside a sentence.
        if text.isCapitalized(index), !text.sentenceStarts.contains(index), isKind(index, text) {
            var end = index + 1
            if end < text.count, text.areAdjacent(index, end), isPlace(end, text) { end += 1 }
            return Found(range: index..<end, name: normalizer.nominative(modifiers: [], head: index, rest: (index + 1)..<end, in: text))
        }
        if isAbbreviation(index, text) || isOrganisationName(index, text) {
            let name = text.isUppercaseWord(index) ? text.texts[index] : normalizer.nominative(modifiers: [], head: index, in: text)
            return Found(range: index..<(index + 1), name: name)
        }
        // "World Fashion Channel"
        if isLatinWord(index, text), text.kind(index) == .word, !text.sentenceStarts.contains(index) || isLatinWord(index + 1, text) {
            var next = index + 1
            while next < text.count, text.areAdjacent(next - 1, next), isLatinWord(next, text) || text.isUppercaseWord(next) && text.texts[next].unicodeScalars.allSatisfy({ $0.value < 0x250 }) {
                next += 1
            }
            return Found(range: index..<next, name: text.segmentation.text.string(in: text.scalarRange(index..<next)))
        }
        return nil
    }

    /// «…» right after `index`: the tokens inside the quotes, and the range including them.
    func quotedName(at index: Int, in text: AnalysedText) -> Range<Int>? {
        guard text.kind(index) == .quote, text.areAdjacent(index - 1, index) || text.areAdjacent(index - 1, index) == false else { return nil }
        var end = index + 1
        while end < text.count, end - index <= 8, text.kind(end) != .quote {
            if text.segmentation.text.scalars[Int(text.segmentation.tokens[end].start)] == "\n" { return nil }
            end += 1
        }
        guard end < text.count, text.kind(end) == .quote, end > index + 1,
              text.isCapitalized(index + 1) || text.isUppercaseWord(index + 1) || text.kind(index + 1) == .number else { return nil }
        return index..<(end + 1)
    }

    // MARK: - Grouping

    /// Mentions of one name are one organisation; "(ФИФА)" right after a full name is its abbreviation.
    func group(_ found: [Found], in text: AnalysedText) -> [Organisation] {
        var organisations: [Organisation] = []
        var previous: (range: Range<Int>, organisation: Int)?
        for item in found {
            let scalars = text.scalarRange(item.range)
            let mention = Mention(start: scalars.lowerBound, end: scalars.upperBound, text: text.segmentation.text.string(in: scalars))
            let isAbbreviation = item.range.count == 1 && text.isUppercaseWord(item.range.lowerBound)
            if isAbbreviation, let previous, item.range.lowerBound == previous.range.upperBound + 1,
               text.kind(previous.range.upperBound) == .bracket, organisations[previous.organisation].abbreviation == nil {
                organisations[previous.organisation].abbreviation = item.name
                organisations[previous.organisation].mentions.append(mention)
                continue
            }
            let key = Folding.fold(item.name)
            if let existing = organisations.firstIndex(where: { Folding.fold($0.name) == key || $0.abbreviation.map(Folding.fold) == key }) {
                organisations[existing].mentions.append(mention)
                previous = (item.range, existing)
            } else {
                var organisation = Organisation(name: item.name)
                organisation.mentions = [mention]
                organisations.append(organisation)
                previous = (item.range, organisations.count - 1)
            }
        }
        return organisations
    }
}
