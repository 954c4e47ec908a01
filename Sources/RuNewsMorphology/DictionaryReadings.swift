/// The readings of words the dictionary holds: the path nearly every running word takes, built
/// straight into parses, with no more than one allocation per word beyond the parses' own strings.
extension MorphAnalyzer {
    /// Where a spelling of a word stands in the dictionary: in which paradigm, as which form.
    struct DictionaryEntry {
        /// Which е of the lowercase input the dictionary writes ё (`ReadingIndex.Reading.yo`).
        let yo: UInt32
        let paradigm: Int
        let form: Int
        let tagID: Int
        /// P(tag | word) from the corpus, 0 where it does not know the pair.
        var score: Double

        /// The spelling found: the lowercase input, or a variant of it with ё.
        func key(of lower: [UInt8]) -> [UInt8] {
            yo == 0 ? lower : lower.withUnsafeBufferPointer { ReadingIndex.restoringYo($0, yo) }
        }
    }

    /// The dictionary's entries for a lowercase word, ё restored where the word has е, scored by the
    /// corpus; entries the tables cannot hold are left out.
    func entries(of lower: [UInt8]) -> [DictionaryEntry] {
        lower.withUnsafeBufferPointer { lower in withEntries(of: lower) { Array($0) } }
    }

    /// The entries in a buffer on the stack, for the path every dictionary word takes.
    private func withEntries<Result>(of lower: UnsafeBufferPointer<UInt8>,
                                     _ body: (UnsafeMutableBufferPointer<DictionaryEntry>) -> Result) -> Result {
        let readings = dictionary.readings(of: lower)
        return withUnsafeTemporaryAllocation(of: DictionaryEntry.self, capacity: readings.count) { buffer in
            var count = 0
            for reading in readings {
                guard let paradigm = paradigms.paradigm(reading.paradigm), reading.form < paradigm.count,
                      paradigm.tag(reading.form) < tags.count else { continue }
                buffer.initializeElement(at: count, to: DictionaryEntry(
                    yo: reading.yo, paradigm: reading.paradigm, form: reading.form, tagID: paradigm.tag(reading.form),
                    score: Double(reading.probability) / 1_000_000))
                count += 1
            }
            defer { _ = buffer[..<count].deinitialize() }
            return body(UnsafeMutableBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// The readings of a word the dictionary holds, as `parse` and `estimate` give them (a test compares
    /// the two on the dictionary's words) without the candidates guessing needs; nil for other words.
    func dictionaryParses(of word: String, lower: UnsafeBufferPointer<UInt8>, capitalization: Capitalization) -> [Parse]? {
        // A lone capital may be an initial too: that goes the long way.
        if lower.count <= 4, word.unicodeScalars.count == 1, let letter = word.first, WordBuilding.initialLetters.contains(letter) {
            return nil
        }
        return withEntries(of: lower) { entries in
            guard !entries.isEmpty else { return nil }
            rankByCorpus(entries)
            return parses(of: entries, word: word, lower: lower, capitalization: capitalization)
        }
    }

    /// Readings of the word from its ranked entries.
    private func parses(of entries: UnsafeMutableBufferPointer<DictionaryEntry>, word: String, lower: UnsafeBufferPointer<UInt8>,
                        capitalization: Capitalization) -> [Parse] {
        var parses: [Parse] = []
        parses.reserveCapacity(entries.count)
        for (index, entry) in entries.enumerated() {
            // A spelling with ё the text wrote with е is rare: only it is copied.
            let variant = entry.yo == 0 ? nil : ReadingIndex.restoringYo(lower, entry.yo)
            let spelling = variant.map(capitalization.apply) ?? word
            let paradigm = paradigms.paradigm(entry.paradigm)!
            let lemma: String
            if entry.form == 0 {
                lemma = spelling
            } else if let same = entries[..<index].firstIndex(where: { hasTheSameLemma($0, entry) }) {
                lemma = parses[same].lemma
            } else if let variant {
                lemma = variant.withUnsafeBufferPointer { spellLemma(of: $0, paradigm: paradigm, form: entry.form, capitalization: capitalization) }
            } else {
                lemma = spellLemma(of: lower, paradigm: paradigm, form: entry.form, capitalization: capitalization)
            }
            parses.append(Parse(word: spelling, lemma: lemma, tag: tags[entry.tagID], score: entry.score, method: .dictionary,
                                lexeme: Lexeme(paradigm: UInt16(entry.paradigm), form: UInt16(entry.form))))
        }
        return parses
    }

    /// Whether two entries of a word share their lemma: one spelling, one paradigm, one stem.
    private func hasTheSameLemma(_ a: DictionaryEntry, _ b: DictionaryEntry) -> Bool {
        guard a.yo == b.yo, a.paradigm == b.paradigm, let paradigm = paradigms.paradigm(a.paradigm) else { return false }
        return a.form == b.form || (paradigm.prefix(a.form) == paradigm.prefix(b.form)
            && suffixes[paradigm.suffix(a.form)].count == suffixes[paradigm.suffix(b.form)].count)
    }

    /// Orders the entries by P(tag | word), ties in dictionary order; where the corpus does not know
    /// the word, they share the score evenly.
    private func rankByCorpus(_ entries: UnsafeMutableBufferPointer<DictionaryEntry>) {
        guard entries.contains(where: { $0.score != 0 }) else {
            for index in entries.indices { entries[index].score = 1 / Double(entries.count) }
            return
        }
        // An insertion sort, as there are a handful: stable, as pymorphy's.
        for next in entries.indices.dropFirst() {
            var position = next
            while position > 0, entries[position - 1].score < entries[position].score {
                entries.swapAt(position - 1, position)
                position -= 1
            }
        }
    }

    /// The lemma of `key`, form `form` of `paradigm`, in the input's capitalisation.
    private func spellLemma(of key: UnsafeBufferPointer<UInt8>, paradigm: Paradigm, form: Int, capitalization: Capitalization) -> String {
        spellForm(0, of: key, paradigm: paradigm, form: form) { capitalization.apply(to: $0) }
    }
}
