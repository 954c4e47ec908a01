import RuNewsText

/// The words of Russian date expressions, folded (lowercase, ё → е), as data.
enum DateVocabulary {
    /// Every case form of the month names → month number.
    static let months: [Word: Int] = Dictionary(uniqueKeysWithValues: MonthNames.numbers.map { (Word($0.key), $0.value) })

    /// Weekday forms → ISO weekday number (1 = Monday).
    static let weekdays: [Word: Int] = {
        let forms: [(Int, [String])] = [
            (1, ["понедельник", "понедельника", "понедельнику", "понедельником", "понедельнике"]),
            (2, ["вторник", "вторника", "вторнику", "вторником", "вторнике"]),
            (3, ["среда", "среду", "среды", "среде", "средой"]),
            (4, ["четверг", "четверга", "четвергу", "четвергом", "четверге"]),
            (5, ["пятница", "пятницу", "пятницы", "пятнице", "пятницей"]),
            (6, ["суббота", "субботу", "субботы", "субботе", "субботой"]),
            (7, ["воскресенье", "воскресенья", "воскресенью", "воскресеньем"]),
        ]
        var table: [Word: Int] = [:]
        for (day, words) in forms { for word in words { table[Word(word)] = day } }
        return table
    }()

    /// "года", "году", "г." …: the word after a year number.
    static let yearWords: Set<Word> = ["год", "года", "году", "годом", "годе", "г.", "г", "гг.", "годах", "годы", "годов", "годам"]

    /// Dashes between the numbers of a range: "3-4 июня", "2007–2008 годах".
    static let dashes: Set<Word> = ["-", "–", "—"]

    /// Seasons → ISO 8601 season code.
    static let seasons: [Word: String] = [
        "весна": "SP", "весны": "SP", "весну": "SP", "весне": "SP", "весной": "SP",
        "лето": "SU", "лета": "SU", "лету": "SU", "лете": "SU", "летом": "SU",
        "осень": "FA", "осени": "FA", "осенью": "FA",
        "зима": "WI", "зимы": "WI", "зиму": "WI", "зиме": "WI", "зимой": "WI",
    ]

    /// Parts of a month or a year: "в начале мая", "в конце 2005 года".
    static let parts: Set<Word> = ["начале", "начала", "началу", "конце", "конца", "концу", "середине", "середины", "середину"]

    /// Words that tie a month or year to the reference: offset in years from it.
    static let yearDeictics: [Word: Int] = [
        "этого": 0, "этом": 0, "текущего": 0, "текущем": 0, "нынешнего": 0, "нынешнем": 0, "сего": 0,
        "прошлого": -1, "прошлом": -1, "минувшего": -1, "минувшем": -1, "позапрошлого": -2, "позапрошлом": -2,
        "следующего": 1, "следующем": 1, "будущего": 1, "будущем": 1, "наступающего": 1, "наступающем": 1,
    ]

    /// Days relative to the reference: those a dateline names too, and "накануне", which only a text
    /// (the day before the event it tells) does.
    static let relativeDays: [Word: Int] = {
        var table = Dictionary(uniqueKeysWithValues: RelativeDayNames.offsets.map { (Word($0.key), $0.value) })
        table["накануне"] = -1
        return table
    }()

    /// Parts of the day after a relative day or a weekday: "вчера вечером", "в субботу утром".
    static let dayParts: Set<Word> = ["утром", "днем", "вечером", "ночью"]

    /// "19 часов", "13 часов 30 минут".
    static let hourWords: Set<Word> = ["час", "часа", "часов"]
    static let minuteWords: Set<Word> = ["минут", "минуты", "минута"]

    /// Prepositions that make "19 часов" a time of day rather than a duration.
    static let clockPrepositions: Set<Word> = ["в", "около", "к", "до", "с", "после"]

    /// Time zones a time may name after it; they belong to the expression.
    static let timeZones: [[Word]] = [
        ["мск"], ["по", "московскому", "времени"], ["по", "местному", "времени"],
        ["московского", "времени"], ["местного", "времени"],
    ]

    /// "рано утром", "поздно вечером".
    static let earlyLate: Set<Word> = ["рано", "поздно"]

    /// Hours of the day for "7 вечера", "6 утра".
    static let hourShifts: [Word: Int] = ["утра": 0, "дня": 12, "вечера": 12, "ночи": 0]

    /// Adjectives before a weekday: "в минувшую пятницу".
    static let weekdayModifiers: Set<Word> = [
        "прошедшее", "прошедший", "прошедшую", "минувшее", "минувший", "минувшую", "прошлое", "прошлый",
        "прошлую", "это", "этот", "эту", "следующее", "следующий", "следующую", "ближайшее", "ближайший",
        "ближайшую", "нынешнее", "нынешний", "нынешнюю",
    ]

    /// Units of relative expressions ("через два дня", "три года назад") and their calendar component.
    static let units: [Word: Character] = [
        "день": "D", "дня": "D", "дней": "D", "сутки": "D", "суток": "D", "неделю": "W", "недели": "W", "недель": "W",
        "месяц": "M", "месяца": "M", "месяцев": "M", "год": "Y", "года": "Y", "лет": "Y", "час": "H", "часа": "H",
        "часов": "H", "минуту": "m", "минуты": "m", "минут": "m",
    ]

    /// Number words of relative expressions.
    static let counts: [Word: Int] = [
        "один": 1, "одну": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
        "восемь": 8, "девять": 9, "десять": 10, "несколько": 0, "полтора": 0, "пару": 2, "много": 0,
        "пятнадцать": 15, "двадцать": 20, "тридцать": 30, "сто": 100, "двух": 2, "трех": 3, "пяти": 5, "десяти": 10,
    ]

    /// Adjectives that tie a time unit to now, by prefix, with the year offset they mean.
    static let deicticAdjectives: [String: Int] = [
        "эт": 0, "текущ": 0, "нынешн": 0, "уходящ": 0, "прошл": -1, "прошедш": -1, "минувш": -1, "следующ": 1,
        "будущ": 1, "наступающ": 1, "ближайш": 0, "последн": 0, "первые": 0, "того": 0,
    ]

    static let deicticPrefixBytes = deicticAdjectives.keys.map { Array($0.utf8) }

    /// Time units of such phrases.
    static let timeNouns: Set<Word> = [
        "год", "года", "году", "лет", "годы", "годах", "неделе", "недели", "неделю", "месяце", "месяца", "месяцы",
        "дни", "дней", "дня", "часы", "сезоне", "сезона", "десятилетие", "десятилетия", "века", "веке",
    ]

    /// Seasons alone are a time only in these adverbial forms: "весной", not "эту весну".
    static let adverbialSeasons: Set<Word> = ["весной", "летом", "осенью", "зимой"]

    /// Half-years and quarters → the ISO 8601 code's letter.
    static let yearParts: [Word: String] = ["полугодие": "H", "полугодии": "H", "квартал": "Q", "квартале": "Q"]

    /// "80-х годов", "90-е", "2000-х": the endings of a decade and the words after it.
    static let decadeEndings: Set<String> = ["х", "е", "ых"]
    static let decadeWords: Set<Word> = ["годов", "годах", "годы", "года"]

    /// "XXI век", "XX века".
    static let centuryWords: Set<Word> = ["век", "века", "веке", "веку", "веком"]

    /// The endings of a year written with its ordinal suffix: "2010-го", "2010-й", "2010-м".
    static let yearSuffixes: Set<String> = ["го", "й", "м"]

    /// Units "через" and "назад" count without a number: "через неделю", "год назад".
    static let singleUnits: Set<Word> = ["неделю", "месяц", "год", "час", "сутки"]

    /// Half a unit: "полчаса назад", "через полгода".
    static let halfUnits: [Word: Character] = ["полчаса": "H", "полгода": "Y", "полмесяца": "M"]

    /// Ordinals of half-years and quarters: "первое полугодие", "третий квартал".
    static let ordinals: [Word: Int] = [
        "первое": 1, "второе": 2, "первый": 1, "второй": 2, "третий": 3, "четвертый": 4,
        "первом": 1, "втором": 2, "третьем": 3, "четвертом": 4,
    ]

    /// Words an expression may begin with (besides numbers and deictic adjectives): prepositions the
    /// patterns take, and every word of the tables a pattern starts with.
    static let starters: Set<Word> = {
        var words: Set<Word> = ["в", "во", "с", "со", "около", "через", "за", "на"]
        words.formUnion(halfUnits.keys)
        words.formUnion(months.keys)
        words.formUnion(weekdays.keys)
        words.formUnion(weekdayModifiers)
        words.formUnion(parts)
        words.formUnion(seasons.keys)
        words.formUnion(relativeDays.keys)
        words.formUnion(counts.keys)
        words.formUnion(units.keys)
        words.formUnion(ordinals.keys)
        words.formUnion(relativePhrases.compactMap(\.first))
        return words
    }()

    /// Fixed relative phrases (folded words) that are no single word: "в этом году", "на прошлой неделе".
    static let relativePhrases: [[Word]] = [
        ["в", "этом", "году"], ["в", "текущем", "году"], ["в", "прошлом", "году"], ["в", "следующем", "году"],
        ["в", "нынешнем", "году"], ["в", "минувшем", "году"], ["в", "будущем", "году"], ["в", "позапрошлом", "году"],
        ["в", "этом", "месяце"], ["в", "прошлом", "месяце"], ["в", "следующем", "месяце"],
        ["на", "этой", "неделе"], ["на", "прошлой", "неделе"], ["на", "следующей", "неделе"],
        ["на", "минувшей", "неделе"], ["на", "будущей", "неделе"],
        ["на", "следующий", "день"], ["в", "тот", "же", "день"], ["в", "этот", "же", "день"], ["в", "этот", "день"],
        ["этот", "день"], ["на", "сегодняшний", "день"],
        ["в", "тот", "день"], ["на", "днях"], ["в", "прошлые", "годы"], ["в", "последние", "годы"],
        ["последние", "годы"], ["в", "эти", "дни"], ["эти", "годы"], ["днем", "позже"], ["днем", "ранее"],
        ["конца", "года"], ["конца", "этого", "года"],
    ]

    /// `relativePhrases` by their first word: most tokens a scan tries open none.
    static let relativePhrasesByFirstWord: [Word: [[Word]]] = Dictionary(grouping: relativePhrases, by: { $0[0] })
}
