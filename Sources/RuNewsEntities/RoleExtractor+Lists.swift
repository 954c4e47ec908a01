import RuNewsMorphology
import RuNewsText

extension RoleExtractor {
    /// A position in the plural before a list of names is each one's: "сенаторы Джон Маккейн и Марко
    /// Рубио", "игроки сборной Испании Хави Эрнандес, Андрес Иньеста" — the title in the singular
    /// ("сенатор", "игрок сборной Испании"). The list is names, commas and "и" only, right after the
    /// position's chain or a dash after it ("защитники – Брэндон Гормли, Оскар Клефбом"); the position agrees with the name (`agreesWithList`) and is not a class joined
    /// ("кандидат в президенты Беларуси Андрей …"). `mention` is the name's at `nameStart`, `gender` the
    /// person's as the name was read.
    func listed(_ nameStart: Int, mention: Mention, in text: AnalysedText, names: Set<Int>, gender: Person.Gender?) -> [Role] {
        var first = nameStart
        var cursor = nameStart - 1
        while cursor >= 0, nameStart - cursor <= Self.listTokens, text.areAdjacent(cursor, cursor + 1) {
            if names.contains(cursor) {
                first = cursor
            } else if !(text.texts[cursor] == "," || text.folded[cursor] == "и") {
                break
            }
            cursor -= 1
        }
        // Not after another "и" ("сотрудники Росприроднадзора и Рыбохраны" lists no names), nor after
        // "имени", whose name is a namesake ("солисты театра имени Немировича-Данченко").
        guard first > 0, !names.contains(first - 1), text.kind(first - 1) == .word || text.kind(first - 1) == .dash,
              !["и", "имени"].contains(text.folded[first - 1]) else { return [] }
        // A name written as its nominative may be one; another form is not ("Критики Ильхама Алиева").
        let nominative = mention.normal.map { Folding.fold($0) == Folding.fold(mention.text) } ?? true
        return before(first, in: text, names: names, gender: gender, plural: true).filter { role in
            guard let position = text.tokens(covering: role.mentions).sorted().first(where: { isPluralPosition($0, text) }) else { return false }
            return agreesWithList(position, nameStart, nominative: nominative, gender: gender, text)
        }
    }

    /// Whether the list's position, read as the plural position, and the name share a case other than the
    /// genitive: a name in the genitive after a plural is mostly whose they are ("представителей
    /// администрации Обамы"), not who — nor the accusative of a name that reads as its genitive too (an
    /// animate's accusative is its genitive: "в интересах президентов Ивана Петрова"). The name's readings
    /// of the other gender do not count.
    func agreesWithList(_ position: Int, _ name: Int, nominative: Bool, gender: Person.Gender?, _ text: AnalysedText) -> Bool {
        let positionReadings = text.readings[position].filter(isPluralPositionReading)
        let otherGender: Grammeme? = gender == .male ? .feminine : gender == .female ? .masculine : nil
        func nameReads(_ grammaticalCase: Grammeme) -> Bool {
            hasLikelyReading(name, text) { $0.contains(grammaticalCase) && !(otherGender.map($0.contains) ?? false) }
        }
        let genitive = nameReads(.genitive)
        return PhraseNormalizer.cases.contains { grammaticalCase in
            grammaticalCase != .genitive && (nominative || grammaticalCase != .nominative)
                && !(genitive && grammaticalCase == .accusative)
                && positionReadings.contains { $0.tag.contains(grammaticalCase) } && nameReads(grammaticalCase)
        }
    }

    /// "в президенты", "в депутаты": after "в" an animate plural in its nominative form is a class joined
    /// (the old accusative), whoever follows.
    func isClassJoined(_ position: Int, _ text: AnalysedText) -> Bool {
        let before = titleStart(of: position, in: text) - 1
        return before >= 0 && ["в", "во"].contains(text.folded[before]) && text.areAdjacent(before, before + 1)
            && text.readings[position].contains { isPluralPositionReading($0) && $0.tag.contains(.nominative) }
    }

    /// A position noun read in the plural only ("депутаты", "игроков"), by a reading the dictionary gives
    /// half the word's weight at least (`listPositionReading`): "жертвы политики Арпайо" is policy's.
    func isPluralPosition(_ index: Int, _ text: AnalysedText) -> Bool {
        // Asked first, as it is cheap: the word's noun lemmas hold a position.
        guard text.kind(index) == .word, text.nouns[index].contains(where: { RoleVocabulary.positions.contains($0.lemma) }),
              !isPosition(index, text) else { return false }
        return text.readings[index].contains(where: isPluralPositionReading)
    }

    private func isPluralPositionReading(_ reading: Parse) -> Bool {
        reading.score >= Self.listPositionReading && reading.tag.partOfSpeech == .noun && reading.tag.contains(.plural)
            && RoleVocabulary.positions.contains(Word(Folding.fold(reading.lemma)))
    }

    /// Tokens from a listed name back to the list's first: four or five names with their commas.
    static let listTokens = 16
    /// The least score of a list's plural position reading.
    static let listPositionReading = 0.5
}
