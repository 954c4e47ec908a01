/// The readings of words the dictionary holds: the path nearly every running word takes, built
/// straight into parses, with no more than one allocation per word beyond the parses' own strings.
extension MorphAnalyzer {
    /// Where a spelling of a word stands in the dictionary: in which paradigm, as which form.
    struct DictionaryEntry {
        /// The spelling found: the lowercase input, or a variant of it with ё.
        let key: [UInt8]
        let paradigm: Int
        let form: Int
        let tagID: Int
        /// P(tag | word) from the corpus, 0 where it does not know the pair.
        var score: Double
    }

    /// The dictionary's entries for a lowercase word, ё restored where the word has е, scored by the
    /// corpus; entries the tables cannot hold are left out.
    func entries(of lower: [UInt8]) -> [DictionaryEntry] {
        let readings = dictionary.readings(of: lower)
        var entries: [DictionaryEntry] = []
        entries.reserveCapacity(readings.count)
        for reading in readings {
            guard let paradigm = paradigms.paradigm(reading.paradigm), reading.form < paradigm.count,
                  paradigm.tag(reading.form) < tags.count else { continue }
            entries.append(DictionaryEntry(key: ReadingIndex.restoringYo(lower, reading.yo), paradigm: reading.paradigm,
                                           form: reading.form, tagID: paradigm.tag(reading.form),
                                           score: Double(reading.probability) / 1_000_000))
        }
        return entries
    }

    static let ye = Array("е".utf8), yo = Array("ё".utf8)

    /// The readings of a word the dictionary holds, as `parse` and `estimate` give them (a test compares
    /// the two on the dictionary's words) without the candidates guessing needs; nil for other words.
    func dictionaryParses(of word: String, lower: [UInt8], capitalization: Capitalization) -> [Parse]? {
        // A lone capital may be an initial too: that goes the long way.
        if lower.count <= 4, word.unicodeScalars.count == 1, let letter = word.first, WordBuilding.initialLetters.contains(letter) {
            return nil
        }
        var entries = entries(of: lower)
        guard !entries.isEmpty else { return nil }
        rankByCorpus(&entries)
        var parses: [Parse] = []
        parses.reserveCapacity(entries.count)
        for entry in entries {
            let spelling = entry.key == lower ? word : capitalization.apply(to: entry.key)
            let paradigm = paradigms.paradigm(entry.paradigm)!
            let lemma = entry.form == 0 ? spelling : lemma(of: entry, paradigm: paradigm, capitalization: capitalization, known: parses)
            parses.append(Parse(word: spelling, lemma: lemma, tag: tags[entry.tagID], score: entry.score, method: .dictionary,
                                lexeme: Lexeme(paradigm: UInt16(entry.paradigm), form: UInt16(entry.form), stemWord: entry.key)))
        }
        return parses
    }

    /// Orders the entries by P(tag | word), ties in dictionary order; where the corpus does not know
    /// the word, they share the score evenly.
    private func rankByCorpus(_ entries: inout [DictionaryEntry]) {
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

    /// The lemma of an entry in the input's capitalisation, spelt in place; a lemma spelt already for
    /// another reading of the word is shared.
    private func lemma(of entry: DictionaryEntry, paradigm: Paradigm, capitalization: Capitalization, known: [Parse]) -> String {
        let prefixID = paradigm.prefix(0)
        let prefix = paradigmPrefixes.indices.contains(prefixID) ? paradigmPrefixes[prefixID] : []
        let suffix = suffixes[paradigm.suffix(0)]
        let stem = stem(of: entry.key, paradigm: paradigm, form: entry.form)
        let count = prefix.count + stem.count + suffix.count
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { buffer in
            var end = buffer.initialize(fromContentsOf: prefix)
            end = buffer[end...].initialize(fromContentsOf: stem)
            _ = buffer[end...].initialize(fromContentsOf: suffix)
            let spelt = UnsafeBufferPointer(buffer)
            guard capitalization.isLowercase || capitalization.raise(buffer) else {
                return capitalization.apply(to: String(decoding: form(0, of: entry.key, paradigm: paradigm, form: entry.form), as: UTF8.self))
            }
            for parse in known.reversed() where parse.lemma.utf8.count == count && parse.lemma.utf8.elementsEqual(spelt) {
                return parse.lemma
            }
            return String(decoding: spelt, as: UTF8.self)
        }
    }
}
