import RuNewsMorphology
import RuNewsText

extension RoleExtractor {
    /// The name a list's plural position must agree with: where it stands, whether it is written as its
    /// nominative, and the gender the person's name was read with.
    struct ListedName {
        let index: Int
        let isNominative: Bool
        let gender: Person.Gender?
    }

    /// A position in the plural before a list of names is each one's: "сенаторы Джон Маккейн и Марко
    /// Рубио", "игроки сборной Испании Хави Эрнандес, Андрес Иньеста" — the title in the singular
    /// ("сенатор", "игрок сборной Испании"). The list is names, commas and "и" only, right after the
    /// position's chain or a dash after it ("защитники – Брэндон Гормли, Оскар Клефбом"); the position
    /// agrees with the name (`agreesWithList`) and is no class joined ("кандидат в президенты Беларуси
    /// Андрей …"). `mention` is the name's at `nameStart`; `gender` is the person's known one (for titles
    /// only women hold), `nameGender` the one the name was read with.
    func listed(_ nameStart: Int, mention: Mention, in text: AnalysedText, names: Set<Int>,
                gender: Person.Gender?, nameGender: Person.Gender?) -> [Role] {
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
              !Self.wordsBeforeNoList.contains(text.folded[first - 1]) else { return [] }
        // A name written as its nominative may be one; another form is not ("Критики Ильхама Алиева").
        let isNominative = mention.normal.map { Folding.fold($0) == Folding.fold(mention.text) } ?? true
        let name = ListedName(index: nameStart, isNominative: isNominative, gender: nameGender)
        return before(first, in: text, names: names, gender: gender, list: name)
    }

    /// Whether the list's position, read as the plural position, and the name share a case other than the
    /// genitive: a name in the genitive after a plural is mostly whose they are ("представителей
    /// администрации Обамы"), not who — nor the accusative of a name that reads as its genitive too (an
    /// animate's accusative is its genitive: "в интересах президентов Ивана Петрова"). The name's readings
    /// of the other gender do not count.
    func agreesWithList(_ position: Int, _ name: ListedName, _ text: AnalysedText) -> Bool {
        let positionReadings = text.readings[position].filter(isPluralPositionReading)
        let otherGender: Grammeme? = name.gender == .male ? .feminine : name.gender == .female ? .masculine : nil
        func nameReads(_ grammaticalCase: Grammeme) -> Bool {
            hasLikelyReading(name.index, text) { $0.contains(grammaticalCase) && !(otherGender.map($0.contains) ?? false) }
        }
        let genitive = nameReads(.genitive)
        return Grammeme.mainCases.contains { grammaticalCase in
            grammaticalCase != .genitive && (name.isNominative || grammaticalCase != .nominative)
                && !(genitive && grammaticalCase == .accusative)
                && positionReadings.contains { $0.tag.contains(grammaticalCase) } && nameReads(grammaticalCase)
        }
    }

    /// "в президенты", "в депутаты": after "в" an animate plural in its nominative form is a class joined
    /// (the old accusative), whoever follows.
    func isClassJoined(_ position: Int, _ text: AnalysedText) -> Bool {
        let before = titleStart(of: position, in: text) - 1
        return before >= 0 && Self.intoClass.contains(text.folded[before]) && text.areAdjacent(before, before + 1)
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
    /// Words after which names are no list a position holds.
    static let wordsBeforeNoList: Set<Word> = ["и", "имени"]
    /// Prepositions before a class joined.
    static let intoClass: Set<Word> = ["в", "во"]
}
