import RuNewsMorphology
import RuNewsText

/// An abbreviation links to its full name anywhere in the text, not only in brackets right after it:
/// "Министерство внутренних дел … МВД", "ЕСПЧ … Европейский суд по правам человека". The abbreviation is
/// derived from the full name's initial letters, the way Russian abbreviations are made, not looked up:
///
/// - prepositions and conjunctions may be left out ("Организация по безопасности и сотрудничеству в
///   Европе" → ОБСЕ; `OrganisationVocabulary.abbreviationSkips`);
/// - each part of a compound word may give a letter ("Христианско-демократический союз" → ХДС);
/// - a place or an abbreviation ending the name may be left out ("… союз Германии" → ХДС, "Главное
///   управление МВД" → ГУ), and before them a phrase after a preposition of names ("… МВД России по Москве");
/// - a legal form or kind before a quoted name gives no letters ("ОАО «Российские железные дороги»" → РЖД).
///
/// A link is made only when exactly one full name of the text gives the abbreviation with the fewest words
/// left out: "СФ" is "Совет Федерации", not "Совет Федерации по информационной политике" beside it.
extension OrganisationExtractor {
    /// The organisations with each abbreviation named on its own merged into the one full name that
    /// gives it: the full name keeps its name, takes the abbreviation and its mentions.
    func linkingAbbreviations(_ organisations: [Organisation]) -> [Organisation] {
        let short = organisations.indices.filter { Self.isAbbreviationName(organisations[$0].name) }
        guard !short.isEmpty else { return organisations }
        // Each spelling's full names, those that leave the fewest words out of it.
        var spelledBy: [String: (omitted: Int, names: Set<Int>)] = [:]
        for index in organisations.indices where !Self.isAbbreviationName(organisations[index].name) {
            for (spelling, omitted) in abbreviationsWithOmissions(of: organisations[index].name) {
                if let known = spelledBy[spelling], known.omitted <= omitted {
                    if known.omitted == omitted { spelledBy[spelling]?.names.insert(index) }
                } else {
                    spelledBy[spelling] = (omitted, [index])
                }
            }
        }
        var organisations = organisations
        var merged = Set<Int>()
        for index in short {
            let abbreviation = organisations[index].name
            guard let full = spelledBy[abbreviation.uppercased()]?.names, full.count == 1, let target = full.first,
                  organisations[target].abbreviation == nil || organisations[target].abbreviation == abbreviation else { continue }
            organisations[target].abbreviation = abbreviation
            organisations[target].mentions += organisations[index].mentions
            organisations[target].mentions.sort { $0.start < $1.start }
            merged.insert(index)
        }
        return organisations.indices.filter { !merged.contains($0) }.map { organisations[$0] }
    }

    /// A name that is one word of two to eight capital letters: "МВД", "ЕСПЧ", "RCA".
    static func isAbbreviationName(_ name: String) -> Bool {
        let scalars = name.unicodeScalars
        return (2...8).contains(scalars.count) && scalars.allSatisfy { $0.hasUppercaseProperty && $0.hasAlphabeticProperty }
    }

    /// The abbreviations `name` may be written as, in capitals: every combination of the conventions above.
    func abbreviations(of name: String) -> Set<String> { Set(abbreviationsWithOmissions(of: name).keys) }

    /// The abbreviations of `name`, each with the fewest of its words a spelling of it leaves out (a
    /// quoted name's kind, a place, an abbreviation or a phrase ending it; skipped prepositions do not count).
    func abbreviationsWithOmissions(of name: String) -> [String: Int] {
        var forms: [[String]] = [Self.words(of: name)]
        let wordCount = forms[0].count
        // A quoted name spells itself: the legal form or kind before it gives no letters.
        if let open = name.firstIndex(where: { PunctuationMarks.openingQuotes.contains($0) }) {
            let quoted = name[name.index(after: open)...].filter { !PunctuationMarks.closingQuotes.contains($0) && !PunctuationMarks.openingQuotes.contains($0) }
            forms.append(Self.words(of: String(quoted)))
        }
        // So may the phrase after the last preposition of names ("Главное управление МВД России по Москве" → ГУ МВД, ГУ).
        for words in forms {
            if let cut = words.lastIndex(where: { OrganisationVocabulary.namePrepositions[Word(Folding.fold($0))] != nil }), cut >= 2 {
                forms.append(Array(words[..<cut]))
            }
        }
        // A place or abbreviation ending the name may stay out of it.
        for words in forms {
            var trimmed = words
            while trimmed.count > 2, let last = trimmed.last, isPlaceOrAbbreviation(last) { trimmed.removeLast() }
            if trimmed.count < words.count { forms.append(trimmed) }
        }
        // Each word's letters, both ways, and whether it may be skipped: read once for the four spellings
        // (keyed by bytes: a string key hashes the word's normalised form, Cyrillic scalar by scalar).
        var lettersOf: [Word: (first: String, byParts: String, skippable: Bool)] = [:]
        let keyedForms = forms.map { words in words.map { Word($0) } }
        for (word, key) in zip(forms.joined(), keyedForms.joined()) where lettersOf[key] == nil {
            lettersOf[key] = (word.abbreviationLetters(byParts: false).map { $0.uppercased() }.joined(),
                               word.abbreviationLetters(byParts: true).map { $0.uppercased() }.joined(),
                               OrganisationVocabulary.abbreviationSkips.contains(Word(Folding.fold(word))))
        }
        var spellings: [String: Int] = [:]
        for words in keyedForms {
            for skipping in [true, false] {
                for byParts in [true, false] {
                    var letters = ""
                    var spelled = 0
                    for word in words {
                        guard let read = lettersOf[word] else { continue }
                        if skipping, read.skippable { continue }
                        letters += byParts ? read.byParts : read.first
                        spelled += 1
                    }
                    // One word is no abbreviation of anything: it is its own initial.
                    if letters.count >= 2, spelled >= 2 || byParts {
                        spellings[letters] = min(spellings[letters] ?? .max, wordCount - words.count)
                    }
                }
            }
        }
        return spellings
    }

    /// The words of a name, without the quotes and punctuation around them.
    static func words(of name: String) -> [String] {
        name.split(whereSeparator: \.isWhitespace).compactMap { word in
            let isWordCharacter = { (character: Character) in character.isLetter || character.isNumber }
            guard let first = word.firstIndex(where: isWordCharacter), let last = word.lastIndex(where: isWordCharacter) else { return nil }
            return String(word[first...last])
        }
    }

    /// "Германии", "России", "МВД": a word the dictionary knows as a place, or written in capitals.
    func isPlaceOrAbbreviation(_ word: String) -> Bool {
        if Self.isAbbreviationName(word) { return true }
        guard word.first?.isUppercase == true else { return false }
        let weight = morphology.analyse(word).reduce(0) { $0 + ($1.tag.contains(.geography) && $1.method == .dictionary ? $1.score : 0) }
        return weight >= 0.3
    }
}
