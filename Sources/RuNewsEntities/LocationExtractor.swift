import RuNewsMorphology
import RuNewsText

/// Finds places: words the dictionary knows as geographical names ("Москвы", "США"), phrases of
/// capitalised adjectives and a place noun ("Ставропольского края", "Луганской Народной Республики",
/// "Дальневосточном федеральном округе"), and capitalised adjectives before a place name ("Южной
/// Кореи"). Names are put in the nominative; mentions of one place are grouped.
public struct LocationExtractor: Sendable {
    let morphology: MorphAnalyzer

    public init(morphology: MorphAnalyzer) {
        self.morphology = morphology
    }

    /// Token ranges already taken by other entities are skipped.
    public func extract(from text: AnalysedText, excluding taken: Set<Int> = []) -> [Location] {
        let normalizer = PhraseNormalizer(morphology: morphology)
        var locations: [Location] = []
        var byName: [String: Int] = [:]  // each folded name's place, found without a walk
        var index = 0
        while index < text.count {
            guard !taken.contains(index), let (range, head) = place(at: index, in: text, taken: taken) else {
                index += 1
                continue
            }
            let name = normalizer.nominative(modifiers: Array(range.lowerBound..<head), head: head, in: text)
            let scalars = text.scalarRange(range)
            let mention = Mention(start: scalars.lowerBound, end: scalars.upperBound,
                                  text: text.segmentation.text.string(in: scalars))
            if let existing = byName[Folding.fold(name)] {
                locations[existing].mentions.append(mention)
            } else {
                var location = Location(name: name)
                location.mentions = [mention]
                byName[Folding.fold(name)] = locations.count
                locations.append(location)
            }
            index = range.upperBound
        }
        return locations
    }

    /// Dictionary readings as a geographical name outweigh the rest, or a descriptor says it.
    func isPlaceName(_ index: Int, _ text: AnalysedText) -> Bool {
        guard text.isCapitalized(index) || text.isUppercaseWord(index) else { return false }
        if text.isGeographicalName(index) || text.isPlaceAfterIn(index) { return true }
        if !text.sentenceStarts.contains(index), text.isCapitalized(index), text.weight(of: .firstName, at: index) < 0.5,
           text.hasNoun(in: LocationVocabulary.celestialBodies, at: index) {
            return true
        }
        // A word opening a sentence is no name of the descriptor before it: "2011 г. В ноябре" ends a year.
        if index > 0, LocationVocabulary.descriptors.contains(text.folded[index - 1])
            || text.hasNoun(in: LocationVocabulary.descriptorNouns, at: index - 1), text.isCapitalized(index),
           !text.sentenceStarts.contains(index), text.weight(of: .firstName, at: index) < 0.5 {
            return true
        }
        return false
    }

    /// A capitalised adjective or participle that may open a place's name ("Южной", "Соединённые");
    /// a pronominal one never does ("Эта область", "Наш город").
    func isCapitalizedAdjective(_ index: Int, _ text: AnalysedText) -> Bool {
        text.isCapitalized(index) && isAdjective(index, text)
            && !text.readings[index].contains { $0.tag.contains(.pronominal) }
    }

    /// An adjective or a participle, which agrees with its noun as an adjective does ("Объединённые
    /// Арабские Эмираты").
    func isAdjective(_ index: Int, _ text: AnalysedText) -> Bool {
        text.kind(index) == .word && text.readings[index].contains(where: \.tag.isAdjectival)
    }

    /// A place noun by any of its readings' lemmas.
    func isPlaceNoun(_ index: Int, _ text: AnalysedText) -> Bool {
        text.kind(index) == .word && text.hasNoun(in: LocationVocabulary.placeNouns, at: index)
    }

    /// Whether the adjective at `index` and the noun at `head` read in one case, the noun's second locative
    /// or genitive counting as the first ("в Южном Крыму").
    func agreesInCase(_ index: Int, with head: Int, _ text: AnalysedText) -> Bool {
        text.readings[index].contains { adjective in
            text.readings[head].contains { noun in Grammeme.mainCases.contains { adjective.tag.isIn($0) && noun.tag.isIn($0) } }
        }
    }

    /// The tokens of a place starting at `index` and its head noun.
    func place(at index: Int, in text: AnalysedText, taken: Set<Int>) -> (Range<Int>, Int)? {
        // Capitalised adjective, more adjectives, then a place noun or a place name.
        if isCapitalizedAdjective(index, text), !isPlaceName(index, text) || isAdjective(index, text) {
            var next = index + 1
            while next < text.count, !taken.contains(next), text.areAdjacent(next - 1, next), isAdjective(next, text),
                  !isPlaceNoun(next, text), next - index < 4 {
                next += 1
            }
            // The adjectives agree with the noun in case: "Сборная России" is a team of a place, not a place.
            if next < text.count, !taken.contains(next), text.areAdjacent(next - 1, next),
               isPlaceNoun(next, text) || isPlaceName(next, text),
               (index..<next).allSatisfy({ agreesInCase($0, with: next, text) }) {
                return (index..<(next + 1), next)
            }
        }
        if isPlaceName(index, text), text.readings[index].contains(where: { $0.tag.partOfSpeech == .noun || $0.tag.partOfSpeech == nil }) {
            return (index..<(index + 1), index)
        }
        return nil
    }
}
