import RuNewsMorphology
import RuNewsText

/// Finds people's names, puts them in the nominative and groups the mentions of one person.
///
/// The work is in concept files: finding name sequences (`NameFinding.swift`), putting them in the
/// nominative (`NameNormalizer.swift`), grouping the mentions of one person (`PersonGrouping.swift`);
/// particles and endings are data (`NameVocabulary.swift`). A name in Latin letters in brackets right
/// after a name ("Томас Винье (Thomas Vinje)") is a mention of that person too.
public struct PersonExtractor: Sendable {
    let morphology: MorphAnalyzer

    public init(morphology: MorphAnalyzer) {
        self.morphology = morphology
    }

    /// Whether two or three words of a byline ("Елена Ткаченко", "Андреев Александр", "Севда Шахмедова")
    /// name a person: one of them reads as a first name or, likely, as a surname.
    public func isPersonName(_ name: String) -> Bool {
        name.split(whereSeparator: { $0 == " " || $0 == "." }).contains { word in
            guard word.count > 1 else { return false }
            let parses = morphology.analyse(word.lowercased())
            func weight(_ grammeme: Grammeme) -> Double { parses.filter { $0.tag.contains(grammeme) }.reduce(0) { $0 + $1.score } }
            return weight(.firstName) >= Self.nameThreshold || weight(.surname) >= Self.surnameThreshold
        }
    }

    /// A name found: its tokens and which of them is which part.
    struct NameMatch {
        var tokens: Range<Int>
        var first: [Int] = []
        var middle: [Int] = []
        var last: [Int] = []
        var initials: [Int] = []
    }

    public func extract(from text: AnalysedText) -> [Person] {
        var matches: [NameMatch] = []
        var index = 0
        var latinSpellings: [(match: Int, range: Range<Int>)] = []
        while index < text.count {
            if let match = name(at: index, in: text) {
                matches.append(match)
                index = match.tokens.upperBound
                if let latin = latinSpelling(after: match, in: text) {
                    latinSpellings.append((matches.count - 1, latin))
                    index = latin.upperBound
                }
            } else {
                index += 1
            }
        }
        var people = group(matches, in: text)
        // The person of each mention's start (the first, as a walk would find).
        var byStart: [Int: Int] = [:]
        for (person, found) in people.enumerated().reversed() { for mention in found.mentions { byStart[mention.start] = person } }
        for (matchIndex, range) in latinSpellings {
            let scalars = text.scalarRange(matches[matchIndex].tokens)
            guard let person = byStart[scalars.lowerBound] else { continue }
            let latin = text.scalarRange(range)
            let spelling = text.segmentation.text.string(in: latin)
            people[person].mentions.append(Mention(start: latin.lowerBound, end: latin.upperBound, text: spelling, normal: spelling))
        }
        attachLoneSurnames(in: text, excluding: matches, to: &people)
        for index in people.indices { people[index].mentions.sort { $0.start < $1.start } }
        return people
    }

    /// Reading weights above which a word counts as a first name, patronymic or surname.
    static let nameThreshold = 0.3, surnameThreshold = 0.5
}
