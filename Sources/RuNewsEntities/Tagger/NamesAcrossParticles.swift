import RuNewsText

extension EntityExtraction {
    /// A name right after another that opens with a particle goes on with it, read again as one: the
    /// rules and the tagger part "Тамим бен Хамад | Аль Тани".
    func joinNamesOpeningWithParticles(_ people: inout [Person], in text: AnalysedText) {
        var mentions: [(person: Int, mention: Int, tokens: Range<Int>)] = []
        for (person, named) in people.enumerated() {
            for (index, mention) in named.mentions.enumerated() { mentions.append((person, index, text.tokenRange(of: mention))) }
        }
        mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        let persons = PersonExtractor(morphology: morphology)
        var names: [PersonExtractor.NameMatch] = []
        var freed: [(person: Int, mention: Int)] = []
        var index = 0
        while index + 1 < mentions.count {
            let (one, next) = (mentions[index], mentions[index + 1])
            guard !one.tokens.isEmpty, one.tokens.upperBound == next.tokens.lowerBound, !next.tokens.isEmpty,
                  text.areAdjacent(one.tokens.upperBound - 1, next.tokens.lowerBound),
                  NameVocabulary.particles.contains(text.folded[next.tokens.lowerBound]),
                  let name = persons.proposedName(one.tokens.lowerBound..<next.tokens.upperBound, in: text)
            else { index += 1; continue }
            names.append(name)
            freed += [(one.person, one.mention), (next.person, next.mention)]
            index += 2
        }
        guard !names.isEmpty else { return }
        regroup(freed, as: names, &people, in: text)
    }
}
