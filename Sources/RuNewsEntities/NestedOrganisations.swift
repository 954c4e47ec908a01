import RuNewsMorphology
import RuNewsText

/// The organisations an organisation's name holds: a part of a body names the body it belongs to, in the
/// genitive after the part's common noun ("пресс-служба МВД Киргизии" → "МВД Киргизии", "Главного
/// управления МВД России по Нижегородской области" → "МВД России", "Комитета Госдумы по науке" →
/// "Госдумы", "школе при ЦК КПСС" → "ЦК КПСС"). NEREL and factRuEval both mark them; the name an outer one
/// opens with ("МВД" of "МВД России", "Правительство" of "Правительство России") only NEREL marks, and it is
/// not read.
struct NestedOrganisations {
    let text: AnalysedText
    /// Tokens of people's and places' mentions: a body's name starts with neither.
    let taken: Set<Int>

    /// The token ranges of the organisations inside `outer`, outermost first, each holding those inside it.
    func inside(_ outer: Range<Int>) -> [Range<Int>] {
        guard let first = innerStart(in: outer) else { return [] }
        var end = first + 1
        // The outer body's own complement ("по Нижегородской области") is not the inner one's.
        while end < outer.upperBound, !endsName(end) { end += 1 }
        // No word up to that end ends a name, so every body further inside ends there too: one walk on,
        // each search starting where the last body starts.
        var found: [Range<Int>] = []
        var start: Int? = first
        while let next = start {
            found.append(next..<end)
            start = innerStart(in: next..<end)
        }
        return found
    }

    /// The first word after the outer name's first that opens a capitalised name, written after a common
    /// noun ("управления МВД") or "при" and not a person's or place's name.
    private func innerStart(in outer: Range<Int>) -> Int? {
        var index = outer.lowerBound + 1
        while index < outer.upperBound {
            defer { index += 1 }
            guard text.kind(index) == .word, text.isCapitalized(index) || text.isUppercaseWord(index),
                  !taken.contains(index) else { continue }
            var before = index - 1
            if text.kind(before) == .quote { before -= 1 }
            guard before >= outer.lowerBound, text.kind(before) == .word, !text.isCapitalized(before),
                  !text.isUppercaseWord(before), !text.isInLatinLetters(before) else { continue }
            let governed: Grammeme
            if text.folded[before] == "при" {
                governed = .prepositional
            } else if text.readings[before].first?.tag.partOfSpeech == .noun {
                governed = .genitive
            } else {
                continue
            }
            // A declined name must be in the case the word before governs: a nominative after a noun is the
            // outer body's own name ("Центр современной культуры «Гараж»"), as a position is no body
            // ("Совет при Президенте").
            guard text.isUppercaseWord(index) || text.isInLatinLetters(index)
                    || text.readings[index].contains(where: { $0.tag.contains(governed) }),
                  !text.hasNoun(in: RoleVocabulary.positions, at: index), !isNoBody(index) else { continue }
            return index
        }
        return nil
    }

    /// A word that opens no body's name: a place's ("Сомали", "Королевства Свазиленд"), a legal form
    /// ("ЗАО"), a century's numeral, a lone letter.
    private func isNoBody(_ index: Int) -> Bool {
        text.isGeographicalName(index) || text.hasNoun(in: LocationVocabulary.placeNouns, at: index)
            || OrganisationVocabulary.legalForms.contains(text.folded[index]) || text.isRomanNumeral(index)
            || text.folded[index].text.count < 2
    }

    /// A preposition or conjunction, or anything but a word, ends the inner name: what follows is the outer
    /// body's own ("по Нижегородской области") or joins another ("Церкви и общества").
    private func endsName(_ index: Int) -> Bool {
        // Initials belong to the name they open ("Института иностранных языков имени М. Тореза").
        if text.kind(index) == .initial { return false }
        guard text.kind(index) == .word else { return true }
        if text.isCapitalized(index) || text.isUppercaseWord(index) { return false }
        let partOfSpeech = text.readings[index].first?.tag.partOfSpeech
        return partOfSpeech == .preposition || partOfSpeech == .conjunction
    }
}
