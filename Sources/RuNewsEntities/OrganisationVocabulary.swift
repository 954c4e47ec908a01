import RuNewsMorphology

/// Words that make an organisation, folded, as data.
enum OrganisationVocabulary {
    /// Lemmas of nouns naming a kind of organisation: "компания «Алтек»", "Арбитражный суд Москвы".
    static let kinds: Set<Word> = [
        "компания", "корпорация", "концерн", "холдинг", "фирма", "банк", "фонд", "агентство", "газета", "журнал",
        "издание", "издательство", "телеканал", "канал", "телекомпания", "радиостанция", "радио", "портал",
        "клуб", "команда", "сборная", "партия", "движение", "союз", "организация", "общество", "ассоциация",
        "комитет", "комиссия", "совет", "служба", "министерство", "ведомство", "департамент", "управление",
        "администрация", "правительство", "парламент", "дума", "собрание", "мэрия", "суд", "прокуратура",
        "полиция", "милиция", "армия", "университет", "институт", "академия", "школа", "библиотека", "музей",
        "театр", "центр", "завод", "фабрика", "комбинат", "предприятие", "учреждение", "больница", "госпиталь",
        "церковь", "патриархия", "епархия", "синод", "посольство", "консульство", "генштаб", "штаб", "биржа",
        "лаборатория", "электростанция", "палата", "конгресс", "сенат", "кабинет", "группа", "группировка",
        "корпус", "войска", "флот", "инспекция", "агентство", "бюро", "трибунал", "коллегия", "объединение",
        "кооператив", "товарищество", "консорциум", "магазин", "сеть", "ресторан", "отель", "гостиница",
        "студия", "оркестр", "хор", "ансамбль", "лига", "фронт",
    ]

    /// Bodies that take the place they govern as a genitive: "правительство Японии", "мэрии Москвы".
    static let governing: Set<Word> = [
        "правительство", "парламент", "мэрия", "администрация", "министерство", "посольство", "консульство",
        "генштаб", "полиция", "армия", "прокуратура", "суд", "минобороны", "мид", "мвд",
        "мчс", "фсб", "сборная", "конгресс", "сенат", "кабинет", "дума", "совет", "спецслужбы",
    ]

    /// Legal forms written before a quoted name: "ООО «Алтек»", "МКУК «МЦБС ГГО»".
    static let legalForms: Set<Word> = [
        "ооо", "оао", "зао", "пао", "ао", "нко", "ано", "гуп", "муп", "фгуп", "фгбу", "гбу", "гбуз", "мбоу",
        "мкук", "мбук", "мау", "мбу", "мку", "нп", "гк", "ип", "тоо", "чп", "ltd", "inc", "llc", "gmbh", "ag", "plc",
    ]

    /// Codes of law, abbreviated: with the country after them they are a law ("статья 105 УК РФ",
    /// "КоАП России"), no body of it (NEREL marks them LAW).
    static let codesOfLaw: Set<Word> = ["ук", "упк", "гк", "гпк", "апк", "коап", "нк", "тк", "жк", "бк", "зк"]

    /// Prepositions that continue an organisation's name, with the case they govern: "Комитет по
    /// иностранным делам", "Совет при Президенте РФ", "Движение против нелегальной иммиграции". ("За"
    /// continues one only after the nouns of `nounPrepositions` or a cause's kind, `causeKinds`: "Совет за
    /// неделю принял …" is a time, not a name.)
    static let namePrepositions: [Word: Grammeme] = ["по": .dative, "при": .prepositional, "против": .genitive]

    /// Pronominal adjectives that point rather than name, by lemma: they open no organisation's name
    /// ("Тем самым Национальное собрание", "Эти компании"); "Наша Украина", "Другая Россия" are names.
    static let pointingWords: Set<Word> = ["тот", "этот", "сам", "самый", "такой", "весь", "каждый", "любой", "иной"]

    /// Nouns after "по" that make a phrase of the sentence, not of a name, by lemma (the roles' own list,
    /// `RoleVocabulary.qualifyingNouns`, differs: "Комитет по образованию" is a name): "по поводу", "по
    /// словам", "по данным", "по итогам" ("Государственная дума по поводу законопроекта не высказалась").
    static let sentencePrepositionalNouns: Set<Word> = [
        "повод", "слово", "данные", "мнение", "оценка", "итог", "случай", "причина", "информация", "сведение",
        "результат", "инициатива", "приглашение", "просьба", "требование", "решение", "факт", "подозрение",
    ]

    /// Prepositions that continue a name after nouns that govern them, with the case and the nouns' lemmas:
    /// "Фонд борьбы с коррупцией", "по связям с общественностью", "Управление по контролю за оборотом".
    static let nounPrepositions: [Word: (governed: Grammeme, nouns: Set<Word>)] = [
        "с": (.instrumental, nounsGoverningS), "со": (.instrumental, nounsGoverningS),
        "за": (.instrumental, ["контроль", "надзор", "наблюдение"]),
    ]
    private static let nounsGoverningS: Set<Word> = ["борьба", "связь", "сотрудничество", "взаимодействие", "работа", "дружба"]

    /// Kinds of institution named after a person: "Лаборатория Касперского", "Музей Анны Ахматовой".
    static let namesakeKinds: Set<Word> = [
        "университет", "институт", "музей", "театр", "лаборатория", "центр", "фонд", "библиотека", "школа",
        "больница", "госпиталь", "клиника", "академия", "училище", "консерватория", "колледж", "галерея",
    ]

    /// Kinds of organisation named for a cause, "за" and what they stand for: "Движение за демократические
    /// перемены", "Союз за республику и демократию" (a capitalised head, no time after "за").
    static let causeKinds: Set<Word> = ["движение", "союз", "партия", "коалиция", "альянс", "фронт", "блок", "лига", "объединение"]

    /// Prepositions, conjunctions and articles an abbreviation usually leaves out: "Организация по
    /// безопасности и сотрудничеству в Европе" → ОБСЕ, "Radio Corporation of America" → RCA. (Some keep
    /// them; both spellings are tried.)
    static let abbreviationSkips: Set<Word> = [
        "по", "при", "в", "во", "на", "и", "с", "со", "для", "о", "об", "за", "от", "из", "к", "против", "имени",
        "of", "and", "the", "for", "de", "du", "la", "und", "&",
    ]
}
