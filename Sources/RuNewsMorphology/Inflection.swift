extension MorphAnalyzer {
    /// Every form of the word `parse` read, in paradigm order (the lemma first), in the capitalisation
    /// of `parse.word`. Empty for readings without a paradigm (numbers, Latin words …).
    public func lexeme(of parse: Parse) -> [Parse] {
        guard let lexeme = parse.lexeme, let paradigm = paradigms.paradigm(Int(lexeme.paradigm)) else { return [] }
        let capitalization = Capitalization(of: parse.word)
        return (0..<paradigm.count).filter { paradigm.tag($0) < tags.count }.map {
            form($0, of: parse, lexeme: lexeme, paradigm: paradigm, capitalization: capitalization)
        }
    }

    /// Form `target` of the paradigm `parse` is read in, as a reading of its own.
    private func form(_ target: Int, of parse: Parse, lexeme: Lexeme, paradigm: Paradigm, capitalization: Capitalization) -> Parse {
        let built = form(target, of: lexeme.stem(forReadingOf: parse.word), paradigm: paradigm, form: Int(lexeme.form))
        let text = capitalization.apply(to: String(decoding: lexeme.addedPrefix + built + lexeme.addedSuffix, as: UTF8.self))
        return Parse(word: text, lemma: parse.lemma, tag: tags[paradigm.tag(target)], score: 1, method: parse.method,
                     lexeme: Lexeme(paradigm: lexeme.paradigm, form: UInt16(target), stemWord: built,
                                    addedPrefix: lexeme.addedPrefix, addedSuffix: lexeme.addedSuffix))
    }

    /// The form of `parse` with `grammemes` ("nomn", "plur" …), keeping what they do not replace
    /// (a feminine surname stays feminine): "Набиуллиной" → "Набиуллина". Nil when no form has them.
    public func inflect(_ parse: Parse, to grammemes: Set<Grammeme>) -> Parse? {
        if let halves = parse.halves {
            // Both halves take the grammemes: "женщины-космонавта" → "женщина-космонавт".
            guard let left = inflect(halves.left, to: grammemes), let right = inflect(halves.right, to: grammemes) else { return nil }
            let capitalization = Capitalization(of: parse.word)
            return Parse(word: capitalization.apply(to: (left.word + "-" + right.word).lowercased()), lemma: parse.lemma,
                         tag: left.tag, score: 1, method: parse.method, lexeme: nil,
                         halves: HyphenHalves(left: left, right: right))
        }
        // The form is chosen by its tag; only the chosen one is spelt.
        guard let lexeme = parse.lexeme, let paradigm = paradigms.paradigm(Int(lexeme.paradigm)) else { return nil }
        let forms = (0..<paradigm.count).filter { paradigm.tag($0) < tags.count }
        func tag(_ target: Int) -> Tag { tags[paradigm.tag(target)] }
        var required = GrammemeSet(grammemes)
        var candidates = forms.filter { tag($0).grammemes.isSuperset(of: required) }
        if candidates.isEmpty {
            required = GrammemeSet(grammemes.map { Grammeme(GrammemeInventory.rareCases[$0.name] ?? $0.name) })
            candidates = forms.filter { tag($0).grammemes.isSuperset(of: required) }
        }
        // The tag the form should have: the reading's, with the required grammemes replacing their rivals.
        var wanted = parse.tag.grammemes.union(required)
        for grammeme in grammemes {
            if let index = GrammemeInventory.index[grammeme.name] {
                wanted = wanted.subtracting(GrammemeInventory.incompatible[index])
            }
        }
        func similarity(_ target: Int) -> Double {
            let grammemes = tag(target).grammemes
            return Double(wanted.intersection(grammemes).count) - 0.1 * Double(wanted.symmetricDifference(grammemes).count)
        }
        // The most similar, the first of them as Python's heapq.nlargest(1, …) picks; but of two forms
        // with the same tag (a paradigm may spell one tag two ways: "высшая", "высочайшая"), the one
        // spelt most like the word ("высшей" → "высшая").
        var best: Int?
        var bestScore = -Double.infinity
        var bestShared: Int?
        let spelling = lexeme.stem(forReadingOf: parse.word)
        func shared(_ target: Int) -> Int {
            spellForm(target, of: spelling, paradigm: paradigm, form: Int(lexeme.form)) { spelt in
                // Letters, not bytes: "58-я" and "58-ая" share "58-" with "58-й" alike.
                var count = zip(spelt, spelling).prefix { $0 == $1 }.count
                while count > 0, count < spelling.count, spelling[count] & 0xC0 == 0x80 { count -= 1 }
                return count
            }
        }
        for candidate in candidates {
            let score = similarity(candidate)
            if score > bestScore {
                best = candidate
                bestScore = score
                bestShared = nil
            } else if score == bestScore, let current = best, paradigm.tag(candidate) == paradigm.tag(current) {
                let currentShared = bestShared ?? shared(current)
                let candidateShared = shared(candidate)
                if candidateShared > currentShared {
                    best = candidate
                    bestShared = candidateShared
                } else {
                    bestShared = currentShared
                }
            }
        }
        return best.map { form($0, of: parse, lexeme: lexeme, paradigm: paradigm, capitalization: Capitalization(of: parse.word)) }
    }
}
