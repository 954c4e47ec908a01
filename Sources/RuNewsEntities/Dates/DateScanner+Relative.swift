import RuNewsText

/// Expressions relative to the reference: "три года назад", "в этом году", "к концу недели".
extension DateScanner {
    /// "через два дня": the reference moved forward.
    func later(at index: Int) -> DateMatch? {
        guard words[index] == "через", let relative = quantity(at: index + 1) else { return nil }
        return DateMatch(end: relative.end, kind: .relative, value: shifted(relative.amount, relative.unit, sign: 1))
    }

    /// "за два дня [до …]": a span back from an event, which the text does not date.
    func spanBack(at index: Int) -> DateMatch? {
        guard words[index] == "за", let relative = quantity(at: index + 1) else { return nil }
        return DateMatch(end: relative.end, kind: .relative, value: nil)
    }

    /// "несколько дней назад", "три года назад".
    func ago(at index: Int) -> DateMatch? {
        guard index >= 0, index < tokens.count else { return nil }
        guard let quantity = quantity(at: index), words[safe: quantity.end] == "назад" else { return nil }
        return DateMatch(end: quantity.end + 1, kind: .relative, value: shifted(quantity.amount, quantity.unit, sign: -1))
    }

    /// "в этом году", "на прошлой неделе", "на следующий день" …
    func relativePhrase(at index: Int) -> DateMatch? {
        guard index >= 0, index < tokens.count, let phrases = DateVocabulary.relativePhrasesByFirstWord[words[index]] else { return nil }
        var best: DateMatch?
        for phrase in phrases where phrase.count > (best.map { $0.end - index } ?? 0) {
            guard index + phrase.count <= tokens.count,
                  phrase.indices.allSatisfy({ words[index + $0] == phrase[$0] }) else { continue }
            var value: String?
            if let reference, phrase.last == "году", let offset = DateVocabulary.yearDeictics[phrase[phrase.count - 2]] {
                value = String(reference.year + offset)
            }
            best = DateMatch(end: index + phrase.count, kind: .relative, value: value)
        }
        return best
    }

    /// "в прошедшем году", "конца года", "к концу недели", "последних лет", "в уходящем сезоне",
    /// "В следующее десятилетие": a time unit tied to now by a part word or an adjective.
    func deicticPhrase(at index: Int) -> DateMatch? {
        guard index >= 0, index < tokens.count else { return nil }
        var next = index
        if ["в", "во", "на"].contains(words[index]) { next += 1 }
        var tied = false
        if DateVocabulary.parts.contains(words[safe: next] ?? "") { next += 1; tied = true }
        var offset: Int?
        if let word = words[safe: next], Self.opensWithDeicticPrefix(word),
           let found = DateVocabulary.deicticAdjectives.first(where: { word.hasPrefix($0.key) }) {
            next += 1
            tied = true
            offset = found.value
        }
        guard tied, let unit = words[safe: next], DateVocabulary.timeNouns.contains(unit) else { return nil }
        var value: String?
        if let reference, let offset, unit.hasPrefix("год") { value = String(reference.year + offset) }
        return DateMatch(end: next + 1, kind: .relative, value: value)
    }

    /// "несколько дней", "два года", "10 дней" → amount (nil when vague) and calendar unit.
    func quantity(at index: Int) -> (amount: Int?, unit: Character, end: Int)? {
        guard let word = words[safe: index] else { return nil }
        var amount: Int?
        var next = index + 1
        if let count = DateVocabulary.counts[word] {
            amount = count == 0 ? nil : count
        } else if tokens[index].kind == .number, let value = Int(word.text) {
            amount = value
        } else if let unit = DateVocabulary.units[word], DateVocabulary.singleUnits.contains(word) {
            return (1, unit, next)
        } else if let unit = DateVocabulary.halfUnits[word] {
            return (nil, unit, next)
        } else {
            return nil
        }
        guard let unitWord = words[safe: next], let unit = DateVocabulary.units[unitWord] else { return nil }
        next += 1
        return (amount, unit, next)
    }
}
