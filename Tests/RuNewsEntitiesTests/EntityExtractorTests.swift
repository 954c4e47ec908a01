import Testing
import RuNewsMorphology
import RuNewsText
@testable import RuNewsEntities

let morphology: MorphAnalyzer = {
    switch MorphAnalyzer.shared {
    case .success(let analyzer): return analyzer
    case .failure(let error): fatalError("the bundled dictionary does not load: \(error)")
    }
}()

func analysed(_ text: String) -> AnalysedText {
    AnalysedText(segmentation: Segmentation(text), morphology: morphology)
}

func people(_ text: String) -> [Person] {
    let analysed = analysed(text)
    var people = PersonExtractor(morphology: morphology).extract(from: analysed)
    RoleExtractor(morphology: morphology).attachRoles(to: &people, in: analysed)
    return people
}

@Suite struct PersonExtractorTests {
    /// (text, expected names in the nominative, in order of first mention).
    static let names: [(String, [String])] = [
        ("подписанного губернатором Владимиром Владимировым", ["Владимир Владимиров"]),
        ("встреча с Эльвирой Набиуллиной", ["Эльвира Набиуллина"]),
        ("рассказали об Олеге Тинькове", ["Олег Тиньков"]),
        ("Открыла встречу Светлана Вячеславовна Умеренко.", ["Светлана Вячеславовна Умеренко"]),
        ("письмо подписал С. В. Умеренко", ["С. В. Умеренко"]),
        ("с главой района Сергеем Саенко", ["Сергей Саенко"]),
        ("выступил Реджеп Тайип Эрдоган", ["Реджеп Тайип Эрдоган"]),
        ("лидер партии Марин Ле Пен", ["Марин Ле Пен"]),
        // Arabic names go on through their particles and the names joined to one.
        ("заявил министр Абдулла бин Хамад аль-Аттия", ["Абдулла бин Хамад аль-Аттия"]),
        ("бежал ли президент Зин эль-Абидин Бен Али", ["Зин эль-Абидин Бен Али"]),
        ("оскорбление эмира Сабаха ас-Сабаха", ["Сабах ас-Сабах"]),
        ("король Абдалла ибн Абдель Азиз Аль Сауд умер", ["Абдалла ибн Абдель Азиз Аль Сауд"]),
        ("гибель Марка Дуггана. Дугган был безоружен.", ["Марк Дугган"]),
        ("председатель КНР Ху Цзиньтао", ["Ху Цзиньтао"]),
        // After a position, an unknown adjective agreeing with the lowercase noun after it is no name.
        ("глава Антрацитовского района Иван Петров открыл школу", ["Иван Петров"]),
        ("глава Московской области Борис Громов", ["Борис Громов"]),
        ("сотрудники МКУК «МЦБС ГГО»", []),
        ("Фернандо Алонсо, пилот Формулы-1, заявил об этом", ["Фернандо Алонсо"]),
        ("В Грозном прошёл митинг", []),
        // A name read in the case only in the plural stays as written: one person's name is singular.
        ("заявил защитник Киран Гиббс", ["Киран Гиббс"]),
        ("сообщил Матиас Йорш", ["Матиас Йорш"]),
        // A foreign name ending in a vowel stays; a case ending is no such vowel.
        ("встреча с Нэнси Пелоси", ["Нэнси Пелоси"]),
        ("письмо Юрию Мильнеру", ["Юрий Мильнер"]),
        ("проиграл Бесселю Коку", ["Бессель Кок"]),
        ("арест Виталия Рымашевского", ["Виталий Рымашевский"]),
        // A lone surname of an adjective's shape agreeing with the lowercase word after it is its adjective,
        // but not before "и" or "в" (letters the dictionary also reads as nouns).
        ("решение вынес судья Никитинского суда", []),
        // A surname and a first name after it join only in one case, number and gender.
        ("ректор Института Пушкина Виталий Григорьевич Костомаров", ["Пушкин", "Виталий Григорьевич Костомаров"]),
        ("депутат Винницкого городского совета", []),
        ("на фото Березовский бывший владелец клуба, а Ходорковский сам это подтвердил", ["Березовский", "Ходорковский"]),
        ("на борту россияне Новицкий и Юрчихин", ["Новицкий"]),  // "Юрчихин" the dictionary does not know
        // A preposition or a position in an oblique case before a name gives its case where the readings
        // cannot; a position in the nominative does not ("заместитель Постникова" is his deputy).
        ("начался процесс над Хосни Мубараком", ["Хосни Мубарак"]),
        ("всего у Леха Валенсы три ордена", ["Лех Валенса"]),
        ("дружил с Кадырбаевым", ["Кадырбаев"]),
        ("соглашение подписано Араповым", ["Арапов"]),  // a surname's singular, not its plural dative
        ("в картинах режиссёра Вима Вендерса", ["Вим Вендерс"]),
        ("выступил первый заместитель Постникова", ["Постников"]),
        // So does a preposition opening a sentence; a name listed or captioned on a line of its own, or
        // before a bracket or a dash there, is in the nominative.
        ("Переговоры прервали. Над Хосни Мубараком начался суд.", ["Хосни Мубарак"]),
        ("Его нашли. С Джаредом Лафнером говорили.", ["Джаред Лафнер"]),
        ("Судьи матча:\n• Коффи Коджа (Бенин)\n• Хорхе Ларрионда (Уругвай)", ["Коффи Коджа", "Хорхе Ларрионда"]),
        ("Фумио Кисида\nПремьер-министр заявил о визите.", ["Фумио Кисида"]),
        // One the dictionary knows whole it declines there too.
        ("Владимиру Путину — 70 лет\nПрезидент отметил юбилей.", ["Владимир Путин"]),
    ]

    @Test(arguments: names)
    func findsAndNormalises(_ text: String, _ expected: [String]) {
        #expect(people(text).map(\.name) == expected)
    }

    /// A foreign name the readings leave as written is the oblique form of one the text writes in the
    /// nominative elsewhere; a feminine surname of a Russian stem stays hers.
    @Test func readsAForeignNameByTheTextsOwnNominative() throws {
        let pitt = people("Брэд Питт приехал. Фильм Брэда Питта вышел.")
        #expect(pitt.count == 1 && pitt.first?.mentions.map(\.normal) == ["Брэд Питт", "Брэд Питт"])
        // A syllable of an East Asian name is a stem too.
        let kim = EntityExtraction(morphology: morphology, tagger: tagger)
            .extract(from: analysed("Лидер КНДР Ким Чен Ын заявил о ракетах. Сестра Ким Чен Ына приехала в Сеул.")).people
        #expect(kim.count == 1 && kim.first?.mentions.map(\.normal) == ["Ким Чен Ын", "Ким Чен Ын"])
        let wife = people("Ильхам Алиев и Мехрибан Алиева приехали.")
        #expect(wife.map(\.name) == ["Ильхам Алиев", "Мехрибан Алиева"])
    }

    /// A first name the dictionary gives one gender decides the person's, not a guessed surname's
    /// ending; a man's surname in "-а" declines as a feminine noun where his first name shows the case,
    /// and an indeclinable first name shows none.
    @Test func theFirstNameTellsTheGender() throws {
        #expect(people("Кейт Мидлтон родила сына.").map(\.gender) == [.female])
        #expect(people("Александр Вучич заявил журналистам.").map(\.gender) == [.male])
        #expect(people("Жозе Моуринью покинул клуб.").map(\.gender) == [.male])
        let man = try #require(people("Вчера сотрудники задержали Алексея Дудку.").first)
        #expect(man.name == "Алексей Дудка" && man.gender == .male)
        #expect(people("Глава ЕЦБ Марио Драги заявил.").map(\.name) == ["Марио Драги"])
        // One person's first name is singular: "Ангелы" is Ангела's genitive, not a plural nominative.
        #expect(people("Визит канцлера Германии Ангелы Меркель завершился.").map(\.name) == ["Ангела Меркель"])
    }

    /// A verb in the past right after a name shows the person's gender and the nominative where the name's
    /// readings cannot; a name another word governs ("под руководством Вячеслава Быкова") is no subject.
    @Test func theVerbsTellTheGender() throws {
        #expect(people("Вчера Джули Гербердинг сообщила о вспышке.").map(\.gender) == [.female])
        let woman = people("Александра Панфилова отказалась от комментариев.")
        #expect(woman.map(\.name) == ["Александра Панфилова"] && woman.first?.gender == .female)
        let man = people("Японский учёный Сюдзи Накамура получил премию. Сюдзи Накамура заявил, что доволен.")
        #expect(man.map(\.name) == ["Сюдзи Накамура"] && man.first?.gender == .male)
        // An age agrees in any case, and with a verb outweighs a first name the dictionary calls a man's.
        let poisoned = EntityExtraction(morphology: morphology, tagger: tagger)
            .extract(from: analysed("Вчера в Лондоне 44-летняя Дон Стерджесс скончалась.")).people
        #expect(poisoned.map(\.gender) == [.female])
        // A word alone read as a first name that is the named person's surname is theirs, and votes too.
        let chief = EntityExtraction(morphology: morphology, tagger: tagger)
            .extract(from: analysed("Комиссаром полиции назначена Крессида Дик. Дик отдала службе тридцать лет.")).people
        #expect(chief.map(\.name) == ["Крессида Дик"] && chief.first?.mentions.count == 2 && chief.first?.gender == .female)
        // After a position's chain that a proper name ends, the name is in apposition, a subject still.
        #expect(people("Президент ЮАР Джейкоб Зума сообщил о визите.").map(\.name) == ["Джейкоб Зума"])
        let coach = people("Команда под руководством Вячеслава Быкова встретилась со сборной Финляндии.")
        #expect(coach.map(\.name) == ["Вячеслав Быков"] && coach.first?.gender == .male)
    }

    @Test func groupsMentionsOfOnePerson() throws {
        let found = people("Сергей Саенко прибыл в город. Саенко сказал, что Саенко доволен.")
        #expect(found.count == 1)
        let person = try #require(found.first)
        #expect(person.mentions.map(\.text) == ["Сергей Саенко", "Саенко", "Саенко"])
        #expect(person.gender == .male)
        // A surname alone in a case of the person's is theirs, whatever its readings made of it ("Яровой"
        // of Яровая, not a man's "Яровой").
        let woman = people("Депутат Ирина Яровая внесла законопроект. Поправки Яровой приняли.")
        #expect(woman.map(\.name) == ["Ирина Яровая"] && woman.first?.mentions.last?.normal == "Яровая")
        let man = people("Сергей Михайлов прибыл. Слова Михайлова подтвердили.")
        #expect(man.map(\.name) == ["Сергей Михайлов"] && man.first?.mentions.count == 2)
        // A surname the dictionary reads as a patronymic is no patronymic beside itself.
        #expect(people("Клуб купил Романа Абрамовича друг. Роман Абрамович сказал.").map(\.name) == ["Роман Абрамович"])
    }

    /// The first of several given names may stand alone beside the surname; other first names are namesakes.
    @Test func groupsAFirstGivenNameWithAllOfThem() throws {
        let found = people("Реджеп Тайип Эрдоган прибыл в Киев. Вечером Реджеп Эрдоган встретился с журналистами.")
        #expect(found.map(\.name) == ["Реджеп Тайип Эрдоган"])
        #expect(found.first?.mentions.count == 2)
        #expect(people("Анна Петрова и Мария Петрова пришли вместе.").map(\.name) == ["Анна Петрова", "Мария Петрова"])
        #expect(people("Пётр Тайип Иванов и Тайип Иванов пришли вместе.").count == 2)
    }

    /// A name joins the first person it may be, as a walk over the people would find (the index keeps that order).
    @Test func joinsTheFirstPersonANameMayBe() throws {
        let found = people("Иван Петров и Иван Сидоров пришли. Иван сказал, что С. Умеренко и Светлана Умеренко согласны.")
        #expect(found.map(\.name) == ["Иван Петров", "Иван Сидоров", "Светлана Умеренко"])
        #expect(found.first?.mentions.map(\.text) == ["Иван Петров", "Иван"])
        #expect(found.last?.mentions.count == 2)
    }

    /// A name in the nominative after one in another case is another person, the subject after the
    /// name its noun governs; a surname of all cases and one the dictionary reads only as a plural first
    /// name go on as one.
    @Test func aNominativeNameAfterAnotherCaseIsAnotherPerson() throws {
        #expect(people("Подозреваемый в гибели Марины Голуб Алексей Русаков задержан.").map(\.name) == ["Марина Голуб", "Алексей Русаков"])
        #expect(people("Менеджер Ирвина Джон Стэйнтон сообщил об этом.").map(\.name).contains("Джон Стэйнтон"))
        #expect(people("Песни Анны Герман звучали весь вечер.").map(\.name) == ["Анна Герман"])
        #expect(people("Задержан 47-летний Сулейман Абусаидович Керимов.").first?.mentions.map(\.text) == ["Сулейман Абусаидович Керимов"])
    }

    /// A compound the dictionary lacks that ends in a position is no part of a name, at a sentence's start too.
    @Test func aPositionCompoundIsNoName() throws {
        #expect(people("Медиа-эксперт Джонатан Тэплин считает иначе.").flatMap(\.mentions).map(\.text) == ["Джонатан Тэплин"])
        #expect(people("Экс-советник Трампа заявил об этом.").flatMap(\.mentions).map(\.text) == ["Трампа"])
    }

    @Test func splitsNameParts() throws {
        let person = try #require(people("Открыла встречу Светлана Вячеславовна Умеренко.").first)
        #expect(person.first == "Светлана" && person.middle == "Вячеславовна" && person.last == "Умеренко")
        #expect(person.gender == .female)
    }

    @Test func tellsPeopleFromOrganisationsInBylines() {
        let people = PersonExtractor(morphology: morphology)
        for name in ["Елена Ткаченко", "Андреев Александр", "Динара Нажипова"] { #expect(people.isPersonName(name), "\(name)") }
        for name in ["Забайкальское Информационное Агентство", "РИА Новости", "Новости Москвы"] { #expect(!people.isPersonName(name), "\(name)") }
    }

    /// A title keeps the lowercase genitive that names no body or place ("министр иностранных дел",
    /// "тренер вратарей"); the organisation is what follows.
    @Test func readsRoles() throws {
        let governor = try #require(people("подписанного губернатором Ставропольского края Владимиром Владимировым").first)
        #expect(governor.roles == [Role(title: "губернатор", organisation: "Ставропольский край",
                                        text: "губернатором Ставропольского края",
                                        mentions: [Mention(start: 13, end: 46, text: "губернатором Ставропольского края")])])
        let minister = try #require(people("Сергей Лавров, министр иностранных дел России, заявил").first)
        #expect(minister.roles.first?.title == "министр иностранных дел")
        #expect(minister.roles.first?.organisation == "Россия")
        let coach = try #require(people("Заявил тренер вратарей Андреас Кёпке.").first)
        #expect(coach.roles.first?.title == "тренер вратарей" && coach.roles.first?.organisation == nil)
        let chairman = try #require(people("Сказал председатель правления банка Иван Петров.").first)
        #expect(chairman.roles.first?.title == "председатель правления" && chairman.roles.first?.organisation == "банк")
        // A plural names no one person, but each of a list after it (`aPluralPositionBeforeAListIsEachOnes`).
        #expect(people("встретились президенты Владимир Путин и Джо Байден").map { $0.roles.map(\.title) } == [["президент"], ["президент"]])
        let interests = people("в интересах президентов Ивана Петрова нет")
        #expect(!interests.isEmpty && interests.allSatisfy { $0.roles.isEmpty })
    }

    /// A chain runs through a quoted name whatever its words, through "при" and "по" phrases and through
    /// "в" before a name, never through a reading the dictionary all but rules out ("из" as a name).
    /// A name right after a position in a case it cannot share, but the genitive, is the position's
    /// complement; its holder is someone else.
    @Test func aComplementOfAPositionHoldsNone() throws {
        func roles(_ text: String) -> [String: [String]] {
            Dictionary(people(text).map { ($0.last ?? "", $0.roles.map(\.title)) }, uniquingKeysWith: +)
        }
        #expect(roles("Абызов стал советником Медведева в 2012 году.")["Медведев"] == [])
        #expect(roles("Представитель Обамы отказался от комментариев.")["Обама"] == [])
        #expect(roles("Встреча с министром Лавровым прошла.")["Лавров"] == ["министр"])
    }

    /// What "по" says a title is about stays in it, the organisation after it; not what a person is by.
    @Test func aTitleKeepsWhatItIsAbout() throws {
        let minister = people("Министр по делам религии Индонезии Лукман Сайфуддин заявил.").flatMap(\.roles)
        #expect(minister.map(\.title) == ["министр по делам религии"] && minister.map(\.organisation) == ["Индонезия"])
        #expect(people("Юрист по образованию Иван Петров заявил.").flatMap(\.roles).map(\.title) == ["юрист"])
    }

    /// One acting in a position holds it as such, however "и. о." is written, the title in the genitive.
    @Test func anActingHolderHoldsTheTitleAsSuch() throws {
        func titles(_ text: String) -> [String] { people(text).flatMap(\.roles).map(\.title) }
        #expect(titles("Вчера и.о. губернатора области Иван Петров провёл совещание.") == ["и. о. губернатора"])
        #expect(titles("Заявление сделал И. о. министра финансов Антон Силуанов.") == ["и. о. министра финансов"])
        #expect(titles("Совещание провёл временно исполняющий обязанности главы района Иван Петров.") == ["и. о. главы"])
        #expect(titles("Губернатор области Иван Петров провёл совещание.") == ["губернатор"])
    }

    /// A hyphenated compound of a position is one, put in the nominative half by half; after a person noun
    /// the position alone is the title. One title is one role, whichever mention names its organisation.
    @Test func readsCompoundPositionsAndMergesATitle() throws {
        func roles(_ text: String) -> [String] {
            EntityExtraction(morphology: morphology, tagger: tagger).extract(from: analysed(text)).people
                .flatMap(\.roles).map { "\($0.title)|\($0.organisation ?? "")" }
        }
        #expect(roles("Акция в поддержку журналиста-расследователя Ивана Голунова прошла.") == ["журналист-расследователь|"])
        #expect(roles("Первая корейская женщина-космонавт Ли Со Ён вернулась на Землю.") == ["космонавт|"])
        #expect(roles("Спикер палаты представителей Нэнси Пелоси выступила. Бывший спикер Нэнси Пелоси заявила о дефиците.")
                == ["спикер|палата представителей"])
    }

    @Test func readsRolesThroughQuotesAndPrepositions() throws {
        let found = people("Пришли правозащитник Лев Пономарев, координатор движения «Левый фронт» Сергей Удальцов.")
        #expect(found.first { $0.last == "Пономарев" }?.roles.map(\.title) == ["правозащитник"])
        let coordinator = try #require(found.first { $0.last == "Удальцов" }?.roles.first)
        #expect(coordinator.title == "координатор" && coordinator.organisation == "движение «Левый фронт»")
        let spokesman = try #require(people("сообщил официальный представитель Следственного комитета при прокуратуре Владимир Маркин").first?.roles.first)
        #expect(spokesman.organisation == "Следственный комитет при прокуратуре")
        let ambassador = try #require(people("заявил посол Японии в России Масахару Коно").first?.roles.first)
        #expect(ambassador.title == "посол")
        let grandmaster = try #require(people("Победил Зденко Кожул, гроссмейстер из Хорватии.").first)
        #expect(grandmaster.roles.allSatisfy { $0.organisation == nil })
    }

    /// A position in the genitive after another is the other's chain, unless the name is in the genitive
    /// too (a person's genitive: "Анатолий" is none, for all the genitive plural of "Анатолия"); "экс-"
    /// makes a position of any case of one.
    @Test func readsAPositionOfAPositionAsItsChain() throws {
        let envoy = try #require(people("Полпред президента РФ в Северо-Кавказском федеральном округе Александр Хлопонин приехал.").first)
        #expect(envoy.roles.map(\.title) == ["полпред президента"])
        let deputy = try #require(people("Вчера заместитель министра обороны Анатолий Антонов прибыл в Женеву.").first)
        #expect(deputy.roles.map(\.title) == ["заместитель министра обороны"])
        #expect(envoy.roles.first?.organisation == "РФ в Северо-Кавказском федеральном округе")
        let adviser = people("советник президента России Дмитрия Медведева Аркадий Дворкович")
        #expect(adviser.first { $0.last == "Медведев" }?.roles.first?.title == "президент")
        #expect(people("Экс-премьера Пакистана Беназир Бхутто взяли под арест").first?.roles.first?.title == "экс-премьер")
    }

    /// An institution's eponym holds no position of its staff, the name after it does; "почётный" and
    /// "теневой" are part of the title.
    @Test func anEponymIsNoHolderAndQualifiersStay() throws {
        let theatre = people("Художественный руководитель театра комедии имени Н. П. Акимова Татьяна Казакова рассказала о премьере.")
        #expect(theatre.first { $0.last == "Акимов" }?.roles.isEmpty == true)
        #expect(theatre.first { $0.last == "Казакова" }?.roles.map(\.title) == ["художественный руководитель"])
        #expect(people("Почётный президент клуба Франц Беккенбауэр приехал.").first?.roles.map(\.title) == ["почетный президент"])
        #expect(people("Теневой министр финансов Джордж Осборн выступил.").first?.roles.map(\.title) == ["теневой министр финансов"])
        #expect(people("Врио главы региона Иван Петров выступил.").first?.roles.map(\.title) == ["врио главы"])
        let lawyer = try #require(people("Иван Петров, юрист по образованию, заявил.").first?.roles.first)
        #expect(lawyer.title == "юрист" && lawyer.organisation == nil, "what he is by, not where he works")
    }

    /// In a list of names each with its position after a dash, a position is its own name's, not the next's.
    @Test func aListOfAppositionsKeepsEachPosition() throws {
        let found = people("Выступят Светлана Яковлева - директор фонда, Кирилл Разлогов - директор института, Виктор Майклсон.")
        #expect(found.first { $0.last == "Разлогов" }?.roles.map(\.organisation) == ["институт"])
        #expect(found.first { $0.last == "Майклсон" }?.roles.isEmpty == true)
    }

    /// A name in the nominative after a noun of kin and a position in the genitive is the holder's relative;
    /// one in the genitive there is the holder.
    @Test func aRelativeIsNoHolder() throws {
        #expect(people("Супруга президента США Мишель Обама посетила школу.").first?.roles.isEmpty == true)
        #expect(people("Вдова первого президента России Наина Ельцина выступила.").first { $0.first == "Наина" }?.roles.isEmpty == true)
        let daughter = people("Дочь президента Узбекистана Ислама Каримова Лола Каримова сообщила о болезни.")
        #expect(daughter.first { $0.first == "Ислам" }?.roles.map(\.title) == ["президент"])
    }

    /// A chain runs past an abbreviation in brackets, an adverb before its adjective, "против" inside a
    /// name and "в" before a noun of places; a position in another case than the nearer one is another
    /// person's.
    @Test func readsChainsPastBracketsAdverbsAndPlaceNouns() throws {
        let leader = try #require(people("Кандидатом стала лидер французского крайне правого Национального фронта (FN) Марин Ле Пен.").first)
        #expect(leader.roles.map(\.title) == ["лидер"])
        #expect(leader.roles.first?.organisation == "французский крайне правый Национальный фронт")
        let movement = people("сказал в беседе с корреспондентом «Голоса Америки» лидер Движения против нелегальной иммиграции Александр Белов.")
        #expect(movement.first?.roles.map(\.title) == ["лидер"])
        #expect(movement.first?.roles.first?.organisation == "Движение против нелегальной иммиграции")
        let envoy = people("Полпред президента в округе Александр Хлопонин приехал.")
        #expect(envoy.first?.roles.first?.organisation == "президент в округе")
    }

    /// A chain that opens with "и" joins the title to another noun, not to a body; one that opens with
    /// "в" names the place the title is held in, which is its organisation without the preposition.
    @Test func aChainOpeningWithAJoinerNamesNoBodyOrAPlace() throws {
        let president = try #require(people("В гости пришли президент и миссис Обама.").first?.roles.first)
        #expect(president.title == "президент" && president.organisation == nil && president.text == "президент")
        let ambassador = try #require(people("сказал бывший посол в Китае Джон Хантсмен").first?.roles.first)
        #expect(ambassador.title == "посол" && ambassador.organisation == "Китай")
    }

    /// An age and a verb of becoming after a position in the instrumental stand between a title and its name.
    @Test func readsTitlesPastAnAgeAndAVerbOfBecoming() throws {
        #expect(people("Новым премьер-министром стала Аленка Братушек.").first?.roles.map(\.title) == ["премьер-министр"])
        #expect(people("Победу одержал президент страны 54-летний Джон Махама.").first?.roles.map(\.title) == ["президент страны"])
        #expect(people("Премьер-министр стала Аленка Братушек.").first?.roles.isEmpty == true)
        // After a dash: up to three adjectives before the position.
        #expect(people("Габдулла Тукай — выдающийся татарский народный поэт.").first?.roles.map(\.title) == ["народный поэт"])
        // A dash right before the name reads as "is" when the position agrees with the name.
        #expect(people("Министр обороны — Иван Петров.").first?.roles.map(\.title) == ["министр обороны"])
        #expect(people("Победил действующий глава республики — 57-летний Иван Петров.").first?.roles.first?.organisation == "республика")
        #expect(people("Директором стал Олег Сидоров, а продюсером — Иван Петров.").first { $0.last == "Петров" }?.roles.isEmpty == true)
    }

    /// A predicate after the name gives a role: a verb of becoming with the position in the instrumental,
    /// or of holding an office with the position in the genitive; a candidate holds no position yet.
    @Test func readsRolesFromPredicates() throws {
        let premier = try #require(people("В 1992 году Черномырдин был назначен председателем Совета Министров РФ.").first)
        #expect(premier.roles.map(\.title) == ["председатель"] && premier.roles.first?.organisation == "Совет Министров РФ")
        let minister = try #require(people("Э.Барак занимал должность министра обороны Израиля.").first)
        #expect(minister.roles.map(\.title) == ["министр обороны"] && minister.roles.first?.organisation == "Израиль")
        #expect(people("Стив Джобс ушел с поста гендиректора Apple.").first?.roles.map(\.title) == ["гендиректор"])
        #expect(people("Иван Петров был дома весь день.").first?.roles.isEmpty == true)
        #expect(people("Марин Ле Пен стала кандидатом на пост главы Франции.").first?.roles.isEmpty == true)
        // An office right after the name, and a relative clause or a participle after a comma.
        #expect(people("Первым назначили Марио Драги на пост главы Европейского центрального банка.").first?.roles.map(\.title) == ["глава"])
        #expect(people("Он осудил Ивана Петрова, который занимал пост президента компании.").first?.roles.map(\.title) == ["президент"])
        #expect(people("Сергей Собянин назначил главой департамента своего заместителя.").first?.roles.isEmpty == true)
        #expect(people("Сергей Магнитский, работавший юристом в компании, умер.").first?.roles.map(\.title) == ["юрист"])
        // A count of years ends the chain; a numbered unit stays in it.
        #expect(people("Юрий Лужков проработал на посту мэра Москвы 18 лет.").first?.roles.first?.organisation == "Москва")
        #expect(people("Заявил командир 58-й армии Иван Петров.").first?.roles.first?.organisation == "58-я армия")
        // A form the dictionary hardly reads as the position is the other noun: "критике" is criticism.
        #expect(people("Дональд Трамп подвергся критике.").first?.roles.isEmpty == true)
    }

    /// A position in the plural before a list of names is each one's, in the singular; not when the name is
    /// whose they are, or the position is a phrase's complement, or the list is of something else.
    @Test func aPluralPositionBeforeAListIsEachOnes() throws {
        let senators = people("Сенаторы Джон Маккейн и Марко Рубио выступили против.")
        #expect(senators.map { $0.roles.map(\.title) } == [["сенатор"], ["сенатор"]])
        let players = people("Вышли игроки сборной России Иван Петров, Сергей Сидоров и Олег Иванов.")
        #expect(players.count == 3 && players.allSatisfy { $0.roles.map(\.title) == ["игрок"] && $0.roles.first?.organisation == "сборная России" })
        #expect(people("Он работал с режиссёрами Стивеном Спилбергом и Мартином Скорсезе.").map { $0.roles.map(\.title) } == [["режиссер"], ["режиссер"]])
        #expect(people("Главные роли сыграли актёры — Ирина Петрова и Олег Сидоров.").map { $0.roles.map(\.title) } == [["актер"], ["актер"]])
        #expect(people("Критики Ильхама Алиева считают иначе.").first?.roles.isEmpty == true)
        #expect(people("Выдвинулся кандидат в президенты Беларуси Иван Петров.").first?.roles.contains { $0.title == "президент" } == false)
        // A plural position inside the chain is the chain's; a singular one in the genitive too.
        let members = people("Пришли члены совета директоров Иван Петров и Олег Сидоров.")
        #expect(members.count == 2 && members.allSatisfy { $0.roles.map(\.title) == ["член"] && $0.roles.first?.organisation == "совет директоров" })
        #expect(people("Пришли помощники президента Иван Петров и Олег Сидоров.").first?.roles.map(\.title) == ["помощник президента"])
        #expect(people("Пришли сотрудники Росприроднадзора и Иван Петров.").first { $0.last == "Петров" }?.roles.isEmpty == true)
    }

    /// A title only women hold is refused to a man only when the dictionary gives his first name as male,
    /// and tells the gender where a surname's ending misled; a title is read as the position it is ("политика"
    /// as the genitive of "политик").
    @Test func aWomensTitleNeedsAKnownMan() throws {
        let actress = try #require(people("Умерла актриса Кэрри Фишер.").first)
        #expect(actress.roles.map(\.title) == ["актриса"] && actress.gender == .female)
        // The dictionary's first name decides, not the surname's ending.
        let host = try #require(people("Вчера актриса Джейн Линч выступила.").first)
        #expect(host.roles.map(\.title) == ["актриса"] && host.gender == .female)
        #expect(people("Он встретил политика Ивана Петрова.").first?.roles.map(\.title) == ["политик"])
        #expect(people("Вчера актриса Иван Петров выступил.").first?.roles.isEmpty == true)
    }

    /// Occupations learned from NEREL train are positions too (`LearnedOccupations.swift`).
    @Test func readsLearnedOccupations() throws {
        #expect(people("Скончалась канадская писательница Элис Манро.").first?.roles.map(\.title) == ["писательница"])
        #expect(people("Вчера конгрессмен Патрик Мерфи выступил.").first?.roles.map(\.title) == ["конгрессмен"])
    }

    /// A word that is hardly ever a noun is no position ("после" is not the locative of "посол"); a
    /// position followed by a name is that person's, not the one before the comma; a title only a woman
    /// holds is no man's.
    @Test func readsNoRoleWhereTheWordsSaySomethingElse() throws {
        let after = try #require(people("После встречи Андрей Смирнов уехал домой.").first)
        #expect(after.roles.isEmpty)
        let found = people("На встрече были Виктор Янукович, премьер-министр Турции Реджеп Эрдоган и другие.")
        #expect(found.first { $0.last == "Янукович" }?.roles.isEmpty == true)
        #expect(found.first { $0.last == "Эрдоган" }?.roles.first?.title == "премьер-министр")
        let singer = try #require(people("На концерте выступил певица Андрей Петров.").first)
        #expect(singer.gender == .male && singer.roles.isEmpty)
        #expect(people("На концерте выступила певица Анна Петрова.").first?.roles.first?.title == "певица")
    }
}

@Suite struct LocationAndOrganisationTests {
    static let locations: [(String, [String])] = [
        ("губернатором Ставропольского края", ["Ставропольский край"]),
        ("системы Луганской Народной Республики", ["Луганская Народная Республика"]),
        ("в Москве и в США", ["Москва", "США"]),
        ("историей не только Ставрополья, но и России", ["Ставрополье", "Россия"]),
        ("библиотекарями г. Антрацита", ["Антрацит"]),
        // A word opening a sentence is no name of the descriptor before it ("г." ends a year there).
        ("Закон приняли в 2011 г. В ноябре его отменили.", []),
        ("Глава Томской области\nНачальник УВД ушёл в отставку.", ["Томская область"]),
        ("экипаж вернулся на Землю после полёта к Луне", ["Земля", "Луна"]),
        ("на берегу реки Славянки", ["Славянка"]),
        ("В Грозном прошёл митинг", ["Грозный"]),
        ("Земля в этом районе стоит дорого.", []),
        // Streets and squares are places; stations, airports, ports and bridges are facilities.
        ("митинг на Манежной площади", ["Манежная площадь"]),
        ("рейс прибыл в Вашингтонский аэропорт", []),
        // A participle agrees as an adjective does; a pronominal adjective opens no name.
        ("Соединённые Штаты и Объединённое Королевство подписали договор", ["Соединённые Штаты", "Объединённое Королевство"]),
        ("визит в Объединённые Арабские Эмираты", ["Объединённые Арабские Эмираты"]),
        ("Эта область граничит с Казахстаном.", ["Казахстан"]),
        // The adjective agrees with the place in case, or it opens another name: a team of the place.
        ("Сборная России обыграла команду Южной Кореи.", ["Россия", "Южная Корея"]),
        ("Он отдыхал в Южном Крыму и в Нижнем Новгороде.", ["Южный Крым", "Нижний Новгород"]),
    ]

    @Test(arguments: locations)
    func findsPlaces(_ text: String, _ expected: [String]) {
        #expect(LocationExtractor(morphology: morphology).extract(from: analysed(text)).map(\.name) == expected)
    }

    static let organisations: [(String, [String])] = [
        ("сотрудники МКУК «МЦБС ГГО»", ["МКУК «МЦБС ГГО»"]),
        ("между Правительством Ставропольского края и", ["Правительство Ставропольского края"]),
        ("библиотекарей модельной Межпоселенческой центральной библиотеки Георгиевского городского округа",
         ["Межпоселенческая центральная библиотека Георгиевского городского округа"]),
        ("акции ПАО «Сбербанк России» выросли", ["ПАО «Сбербанк России»"]),
        ("решение Арбитражного суда Москвы", ["Арбитражный суд Москвы"]),
        ("сообщил Industrial and Commercial Bank of China", ["Industrial and Commercial Bank of China"]),
        ("в Казахстане приземлился корабль «Союз», а в Сенате США спорили", ["Сенат США"]),
        ("по данным СМИ, ДТП на трассе изучает МЧС", ["МЧС"]),
        // The country an abbreviation's body serves is part of its name.
        ("заявили в ВВС США и в ФСБ России", ["ВВС США", "ФСБ России"]),
        // An abbreviation the text defines by lowercase words names a thing, unless they name a kind of organisation.
        ("не отделился приборно-агрегатный отсек (ПАО). Позже ПАО всё-таки отделился", []),
        ("письмо комитета защиты прав (КЗП): КЗП готов", ["КЗП"]),
        // Latin letters with digits are a code (a mission, a model, a standard), not a name.
        ("полёт шаттла по программе STS-124 и стандарт HTML5 обсудили в Google", ["Google"]),
        // A Latin name may open a Russian sentence; an English sentence opens with no name.
        ("Facebook представил новый сервис.", ["Facebook"]),
        ("Nothing else matters, пел он.", []),
        ("Так сообщили. Google", []),  // a Latin word opening the text's last sentence and ending it (found by fuzzing)
        ("в XXI веке компания Apple выпустила модели A, B и C", ["Apple"]),
        // A preposition of names continues one; at a sentence's start it makes none.
        ("председатель Комитета по иностранным делам заявил", ["Комитет по иностранным делам"]),
        ("при участии Совета при Президенте РФ по развитию гражданского общества",
         ["Совет при Президенте РФ по развитию гражданского общества"]),
        ("лидер Движения против нелегальной иммиграции", ["Движение против нелегальной иммиграции"]),
        ("Движение по кругу продолжалось.", []),
        // "по поводу", "по словам" are the sentence's; a pronoun's adjective opens no name.
        ("сказали, что Государственная дума по поводу законопроекта не высказалась", ["Государственная дума"]),
        ("Тем самым Национальное собрание Венесуэлы отказалось от поддержки.", ["Национальное собрание Венесуэлы"]),
        // So do prepositions the noun before them governs, and "за" after a cause's kind — not "за" a time.
        ("сотрудники Фонда борьбы с коррупцией", ["Фонд борьбы с коррупцией"]),
        ("сообщил Департамент по связям с общественностью", ["Департамент по связям с общественностью"]),
        ("изучило Управление по контролю за оборотом наркотиков", ["Управление по контролю за оборотом наркотиков"]),
        ("лидер Движения за демократические перемены", ["Движение за демократические перемены"]),
        ("депутаты сказали, что Союз за год вырос", ["Союз"]),
        // An abbreviation takes the place it serves before a phrase after "по".
        ("сообщили в ГУ МВД России по Москве", ["ГУ МВД России по Москве"]),
        ("лидер Национального фронта выступила", ["Национальный фронт"]),
        ("по решению Никитинского суда", ["Никитинский суд"]),
        // The person an institution is named after, genitive nouns joined by "и", participles in the chain.
        ("выступил в Литературном институте имени А. М. Горького", ["Литературный институт имени А. М. Горького"]),
        // The person's name ends with its line: the next line's capitals are another sentence's.
        ("Московский драматический театр им. М. Н. Ермоловой\nМэр Москвы Сергей Собянин", ["Московский драматический театр им. М. Н. Ермоловой"]),
        ("сотрудник Института этнологии и антропологии РАН", ["Институт этнологии и антропологии РАН"]),
        ("генсек Организации Объединённых Наций", ["Организация Объединённых Наций"]),
    ]

    @Test(arguments: organisations)
    func findsOrganisations(_ text: String, _ expected: [String]) {
        #expect(OrganisationExtractor(morphology: morphology).extract(from: analysed(text)).map(\.name) == expected)
    }

    /// Lowercase relational adjectives belong to the mention, qualitative ones do not; the name stays. A
    /// quoted name a common noun, a lone kind or a legal form introduces is the mention, the kind staying in
    /// the name; an abbreviation or a capitalised phrase before the quotes stays in the mention.
    @Test(arguments: [
        ("в японском МИДе заявили", "японском МИДе", "МИД"),
        ("глава влиятельного Комитета по иностранным делам", "Комитета по иностранным делам", "Комитет по иностранным делам"),
        ("решение этого Комитета по иностранным делам", "Комитета по иностранным делам", "Комитет по иностранным делам"),
        ("сотрудники упомянутого МИДа", "МИДа", "МИД"),
        ("СМИ, входящие в холдинг «Башинформ», не справились", "Башинформ", "холдинг «Башинформ»"),
        ("акции ПАО «Сбербанк России» выросли", "Сбербанк России", "ПАО «Сбербанк России»"),
        ("Журнал «Кругозор» выходил с 1964 года", "Кругозор", "Журнал «Кругозор»"),
        ("сообщило РИА «Новости»", "РИА «Новости»", "РИА «Новости»"),
        ("Центр современной культуры «Гараж» открылся", "Центр современной культуры «Гараж»", "Центр современной культуры «Гараж»"),
    ])
    func mentionsAndNames(_ text: String, _ mention: String, _ name: String) throws {
        let organisation = try #require(OrganisationExtractor(morphology: morphology).extract(from: analysed(text)).first)
        #expect(organisation.mentions.map(\.text) == [mention])
        #expect(organisation.name == name)
    }

    @Test func linksAnAbbreviationToItsFullName() throws {
        let organisations = OrganisationExtractor(morphology: morphology).extract(
            from: analysed("заявил Комитет защиты журналистов (КЗЖ). КЗЖ сообщил"))
        let committee = try #require(organisations.first)
        #expect(committee.name == "Комитет защиты журналистов")
        #expect(committee.abbreviation == "КЗЖ")
        #expect(committee.mentions.count == 3)
    }
}
