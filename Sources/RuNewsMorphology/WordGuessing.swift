/// Words the dictionary does not hold, read as pymorphy reads them: without a particle after a
/// hyphen, as two hyphenated halves, after a known or an unknown prefix, or by analogy with dictionary
/// words that end the same way.
extension MorphAnalyzer {
    /// Readings that guessing has already produced, as pymorphy dedups them: (word, tag, paradigm),
    /// compared as code points as Python does, so hashing skips Unicode normalisation.
    struct SeenReading: Hashable {
        let word: String
        let tag: String
        let paradigm: Int?

        static func == (a: SeenReading, b: SeenReading) -> Bool {
            a.paradigm == b.paradigm && sameBytes(a.word, b.word) && sameBytes(a.tag, b.tag)
        }

        private static func sameBytes(_ a: String, _ b: String) -> Bool {
            var a = a, b = b
            return a.withUTF8 { a in b.withUTF8 { b in a.elementsEqual(b) } }
        }

        func hash(into hasher: inout Hasher) {
            Self.combine(word, into: &hasher)
            Self.combine(tag, into: &hasher)
            hasher.combine(paradigm)
        }

        private static func combine(_ text: String, into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            hasher.combine(0xFF as UInt8)  // no UTF-8 byte: ends the text
        }
    }

    /// "смотри-ка", "кто-то": the word without its particle, at 0.9.
    func particle(_ lower: String, seen: inout Set<SeenReading>, memo: inout GuessingMemo) -> [Candidate] {
        guard lower.utf8.contains(UInt8(ascii: "-")),
              let particle = WordBuilding.particlesAfterHyphen.first(where: { lower.hasSuffix($0) && lower.count > $0.count })
        else { return [] }
        var results: [Candidate] = []
        let base = String(lower.dropLast(particle.count))
        for candidate in parsePart(base, memo: &memo) {
            var suffixed = candidate
            suffixed.lexeme = candidate.lexeme?.spelledOut(forReadingOf: candidate.word)
            suffixed.word += particle
            suffixed.lemma += particle
            suffixed.score *= 0.9
            suffixed.method = .particle
            suffixed.lexeme?.addedSuffix += Array(particle.utf8)
            suffixed.halves = nil
            add(suffixed, to: &results, seen: &seen)
        }
        return results
    }

    /// "по-русски": "по-" and an adjective's dative singular is an adverb, at 0.7.
    func hyphenAdverb(_ lower: String, seen: inout Set<SeenReading>, memo: inout GuessingMemo) -> [Candidate] {
        guard lower.count >= 5, lower.hasPrefix("по-") else { return [] }
        let rest = String(lower.dropFirst(3))
        let adjectiveDative = GrammemeSet(["ADJF", "sing", "datv"] as [Grammeme])
        guard parsePart(rest, memo: &memo).contains(where: { $0.tag.grammemes.isSuperset(of: adjectiveDative) }) else { return [] }
        seen.insert(SeenReading(word: lower, tag: "ADVB", paradigm: nil))
        return [Candidate(word: lower, lemma: lower, tag: ShapeTags.adverb, score: 0.7, method: .hyphenAdverb)]
    }

    /// Two halves around one hyphen: both inflecting alike ("человек-гора", "мусульмане-сунниты",
    /// at the left half's score × 0.75), or a fixed left half ("интернет-магазин", at the right's × 0.75).
    func hyphenated(_ lower: String, memo: inout GuessingMemo) -> [Candidate] {
        let halves = lower.split(separator: "-", omittingEmptySubsequences: false)
        guard halves.count == 2, !halves[0].isEmpty, !halves[1].isEmpty,
              WordBuilding.knownPrefixes(of: Array(lower.utf8)).isEmpty else { return [] }
        let left = String(halves[0]), right = String(halves[1])
        let leftReadings = parsePart(left, memo: &memo), rightReadings = parsePart(right, memo: &memo)
        let rightFeatures = rightReadings.map { Self.agreementFeatures($0.tag) }
        var results: [Candidate] = []
        for leftReading in leftReadings where leftReading.tag.partOfSpeech != nil {
            let features = Self.agreementFeatures(leftReading.tag)
            for (index, rightReading) in rightReadings.enumerated() where rightFeatures[index] == features {
                results.append(Candidate(word: leftReading.word + "-" + rightReading.word, lemma: leftReading.lemma + "-" + rightReading.lemma,
                                         tag: leftReading.tag, tagID: leftReading.tagID, score: leftReading.score * 0.75,
                                         method: .hyphenated, lexeme: nil,
                                         halves: HyphenHalves(left: leftReading.parse, right: rightReading.parse)))
            }
        }
        for rightReading in rightReadings where rightReading.tag.partOfSpeech != nil {
            var fixedLeft = rightReading
            fixedLeft.word = left + "-" + rightReading.word
            fixedLeft.lemma = left + "-" + rightReading.lemma
            fixedLeft.score = rightReading.score * 0.75
            fixedLeft.method = .hyphenated
            fixedLeft.lexeme = rightReading.lexeme?.spelledOut(forReadingOf: rightReading.word)
            fixedLeft.lexeme?.addedPrefix = Array((left + "-").utf8) + (rightReading.lexeme?.addedPrefix ?? [])
            results.append(fixedLeft)
        }
        return results
    }

    /// What two halves must share to inflect together: part of speech, number, case, person, tense.
    private static func agreementFeatures(_ tag: Tag) -> GrammemeSet {
        var features = tag.grammemes.intersection(agreementGrammemes)
        for (rare, common) in [("gen1", "gent"), ("loc1", "loct")] where features.contains(Grammeme(rare)) {
            features = features.subtracting(GrammemeSet([Grammeme(rare)])).union(GrammemeSet([Grammeme(common)]))
        }
        return features
    }

    private static let agreementGrammemes = GrammemeInventory.partsOfSpeech.union(GrammemeSet([
        "sing", "plur", "nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen1", "gen2", "acc2", "loc1", "loc2",
        "1per", "2per", "3per", "pres", "past", "futr",
    ] as [Grammeme]))

    /// "псевдокошка": a known prefix and a word the analyser reads, at 0.75 of its score.
    func knownPrefix(_ lower: String, seen: inout Set<SeenReading>, memo: inout GuessingMemo) -> [Candidate] {
        var results: [Candidate] = []
        for prefix in WordBuilding.knownPrefixes(of: Array(lower.utf8)) {
            let remainder = String(lower.dropFirst(prefix.count))
            guard remainder.count >= 3 else { continue }
            for candidate in parsePart(remainder, memo: &memo) where candidate.tag.isProductive {
                var prefixed = candidate
                prefixed.word = prefix + candidate.word
                prefixed.lemma = prefix + candidate.lemma
                prefixed.score = candidate.score * 0.75
                prefixed.method = .knownPrefix
                prefixed.lexeme = candidate.lexeme.map {
                    Lexeme(paradigm: $0.paradigm, form: $0.form, stemWord: $0.stem(forReadingOf: candidate.word),
                           addedPrefix: Array(prefix.utf8) + $0.addedPrefix)
                }
                add(prefixed, to: &results, seen: &seen)
            }
        }
        return results
    }

    /// "байткод": up to five letters of anything before a dictionary word of three or more, at 0.5.
    func unknownPrefix(_ lower: String, seen: inout Set<SeenReading>) -> [Candidate] {
        var results: [Candidate] = []
        let bytes = Array(lower.utf8), offsets = Self.characterOffsets(lower)
        let longest = min(5, offsets.count - 1 - 3)
        guard longest >= 1 else { return [] }
        for length in 1...longest {
            let prefix = bytes[..<offsets[length]], remainder = Array(bytes[offsets[length]...])
            for entry in entries(of: remainder) where tags[entry.tagID].isProductive {
                let key = entry.key(of: remainder)
                let word = String(decoding: prefix + key, as: UTF8.self)
                guard seen.insert(SeenReading(word: word, tag: tags[entry.tagID].description, paradigm: entry.paradigm)).inserted,
                      let paradigm = paradigms.paradigm(entry.paradigm) else { continue }
                let lemma = entry.form == 0 ? word : String(decoding: prefix + normalForm(of: key, paradigm: paradigm, form: entry.form), as: UTF8.self)
                results.append(Candidate(word: word, lemma: lemma, tag: tags[entry.tagID], tagID: entry.tagID, score: 0.5, method: .unknownPrefix,
                                         lexeme: Lexeme(paradigm: UInt16(entry.paradigm), form: UInt16(entry.form), stemWord: key,
                                                        addedPrefix: Array(prefix))))
            }
        }
        return results
    }

    /// Where each character of `text` starts in its UTF-8, and where it ends.
    private static func characterOffsets(_ text: String) -> [Int] {
        var offsets = [0]
        for character in text { offsets.append(offsets[offsets.count - 1] + character.utf8.count) }
        return offsets
    }

    private func add(_ candidate: Candidate, to results: inout [Candidate], seen: inout Set<SeenReading>) {
        let reading = SeenReading(word: candidate.word, tag: candidate.tag.description,
                                  paradigm: candidate.lexeme.map { Int($0.paradigm) })
        guard seen.insert(reading).inserted else { return }
        results.append(candidate)
    }

    /// Endings are looked up with ё where the word has е, as pymorphy does.
    static let ye = Array("е".utf8), yo = Array("ё".utf8)

    /// Guessing by the ending: words of the dictionary that end the same way, longest ending first,
    /// scored by how many dictionary words share the reading.
    func knownSuffix(_ word: String, lower: String, seen: inout Set<SeenReading>) -> [Candidate] {
        guard word.count >= 4 else { return [] }
        let bytes = Array(lower.utf8), offsets = Self.characterOffsets(lower)
        var totals = [Int](repeating: 1, count: paradigmPrefixes.count)
        var found: [(count: Int, candidate: Candidate, prefixID: Int)] = []
        for prefixID in paradigmPrefixes.indices.reversed() {
            guard lower.hasPrefix(String(decoding: paradigmPrefixes[prefixID], as: UTF8.self)) else { continue }
            let dawg = predictions[prefixID]
            for length in stride(from: maxSuffixLength, through: 1, by: -1) {
                let split = offsets[max(0, offsets.count - 1 - length)]
                for (suffixKey, node) in dawg.similarKeys(Array(bytes[split...]), substituting: Self.ye, with: Self.yo) {
                    let fixedBytes = Array(bytes[..<split]) + suffixKey
                    let fixedWord = String(decoding: fixedBytes, as: UTF8.self)
                    dawg.payloads(at: node) { payload, bytes in
                        guard bytes == 8 else { return }
                        let count = Int(payload >> 32), paradigmID = Int(payload >> 16 & 0xFFFF), form = Int(payload & 0xFFFF)
                        guard let paradigm = paradigms.paradigm(paradigmID), form < paradigm.count,
                              paradigm.tag(form) < tags.count else { return }
                        let tag = tags[paradigm.tag(form)]
                        guard tag.isProductive else { return }
                        totals[prefixID] += count
                        guard seen.insert(SeenReading(word: fixedWord, tag: tag.description, paradigm: paradigmID)).inserted,
                              let candidate = reading(of: fixedBytes, fixedWord: fixedWord, paradigmID: paradigmID,
                                                      form: form, score: 0, method: .suffix, stemWord: fixedBytes) else { return }
                        found.append((count, candidate, prefixID))
                    }
                }
                if totals[prefixID] > 1 { break }
            }
        }
        let results = found.map { item -> Candidate in
            var candidate = item.candidate
            candidate.score = Double(item.count) / Double(totals[item.prefixID]) * 0.5
            return candidate
        }
        return results.stableSorted { $0.score > $1.score }
    }
}
