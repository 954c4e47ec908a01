import Testing
@testable import RuNewsEntities

/// How the tagger's spans and the rules' mentions make one set of entities.
@Suite struct EntityCombinationTests {
    func organisations(_ text: String, _ policy: EntityExtraction.Policy) -> [String] {
        EntityExtraction(morphology: morphology, tagger: tagger, policy: policy).extract(from: analysed(text)).organisations
            .flatMap(\.mentions).map(\.text).sorted()
    }

    /// A tagged organisation that holds the rules' mentions and goes on past them takes their place.
    @Test func aTaggedNameExtendsTheRules() {
        let text = "Об этом сообщил телеканал NBC News. Бренд Victoria’s Secret закрыл магазины."
        #expect(organisations(text, .rules) == ["NBC", "News", "Secret"])
        #expect(organisations(text, .standard) == ["NBC News", "Victoria’s Secret"])
        var notExtending = EntityExtraction.Policy.standard
        notExtending.extending = false
        #expect(organisations(text, notExtending) == ["NBC", "News", "Secret"])
    }

    /// An institution named after a person takes the person's genitive name, the person staying a person;
    /// the holder of a position before the institution, in the position's case, is no namesake.
    @Test func anInstitutionNamedAfterAPerson() {
        #expect(organisations("Эксперты Лаборатории Касперского обнаружили вирус.", .rules) == ["Лаборатории Касперского"])
        #expect(organisations("Выставка открылась в Музее Анны Ахматовой.", .rules) == ["Музее Анны Ахматовой"])
        #expect(organisations("Он передал слова директора Большого театра Анатолия Иксанова.", .rules) == ["Большого театра"])
        #expect(organisations("Выступил ректор Института Пушкина Виталий Костомаров.", .rules) == ["Института Пушкина"])
        let people = EntityExtraction(morphology: morphology, tagger: tagger, policy: .rules)
            .extract(from: analysed("Эксперты Лаборатории Касперского обнаружили вирус.")).people
        #expect(people.map(\.mentions.count) == [1])
    }

    /// A place of one word spelled as the surname of a person named in full is that person, unless a
    /// preposition of place or another spelling makes it the place.
    @Test func aSurnameReadAsAPlaceIsThePersons() {
        let text = "Певица Уитни Хьюстон скончалась. Менеджер Уитни Хьюстон рассказала, что Хьюстон задолжала деньги. "
            + "Полиция Хьюстона молчит. В Хьюстоне жарко."
        let entities = EntityExtraction(morphology: morphology, tagger: tagger).extract(from: analysed(text))
        #expect(entities.people.map { $0.mentions.map(\.text) } == [["Уитни Хьюстон", "Уитни Хьюстон", "Хьюстон"]])
        #expect(entities.locations.map { $0.mentions.map(\.text) } == [["Хьюстона", "Хьюстоне"]])
    }

    /// A place of one word before a surname alone is the person's first name, unless it is a place the
    /// dictionary knows after a noun, whose complement it is.
    @Test func aFirstNameReadAsAPlaceIsThePersons() {
        func entities(_ text: String) -> (people: [String], places: [String]) {
            let found = EntityExtraction(morphology: morphology, tagger: tagger).extract(from: analysed(text))
            return (found.people.map(\.name), found.locations.map(\.name))
        }
        let skater = entities("А среди мужчин стал представитель Чехии Милан Томашик, выступающий за шведский клуб.")
        #expect(skater.people == ["Милан Томашик"] && skater.places == ["Чехия"])
        #expect(entities("Пост главы правительства Мали Кейта занимал с 1994 по 2000 годы.").places == ["Мали"])
    }

    /// A name that opens with a particle right after another goes on with it; the word after an Arabic
    /// article is a family's name, no first name's form.
    @Test func anArabicNameGoesOnThroughItsParticles() {
        let people = EntityExtraction(morphology: morphology, tagger: tagger)
            .extract(from: analysed("Эмир Катара шейх Тамим бен Хамад Аль Тани прибыл в Москву.")).people
        #expect(people.map(\.name) == ["Тамим бен Хамад Аль Тани"] && people.first?.gender == .male)
        // A particle inside a name neither fits a case nor fails one ("бен" reads as a nominative name).
        let met = EntityExtraction(morphology: morphology, tagger: tagger)
            .extract(from: analysed("Встреча с Тамимом бен Хамадом прошла.")).people
        #expect(met.map(\.name) == ["Тамим бен Хамад"])
    }

    /// A role's organisation written in quotes is named as the organisation found there ("Спартак").
    @Test func aQuotedRoleOrganisationIsNamedAsTheEntity() {
        let people = EntityExtraction(morphology: morphology, tagger: tagger)
            .extract(from: analysed("Главный тренер «Спартака» Дмитрий Аленичев подал в отставку.")).people
        #expect(people.flatMap(\.roles).map(\.organisation) == ["Спартак"])
    }

    /// A person's name in the genitive between a position and another name is the holder's principal
    /// (the tagger finds both names): the position is the other's.
    @Test func aPrincipalIsNoHolder() {
        func roles(_ text: String) -> [String: [String]] {
            let people = EntityExtraction(morphology: morphology, tagger: tagger).extract(from: analysed(text)).people
            return Dictionary(people.map { ($0.last ?? "", $0.roles.map(\.title)) }, uniquingKeysWith: +)
        }
        #expect(roles("Адвокат Гаева Александр Аснис заявил журналистам о жалобе.") == ["Гаев": [], "Аснис": ["адвокат"]])
        #expect(roles("Об этом сообщил советник Путина Михаил Лесин.") == ["Путин": [], "Лесин": ["советник"]])
    }

    /// A tagged place of an adjective and a name holds no person: the name is the place's.
    @Test func anAdjectivalPlaceHoldsNoPerson() {
        let found = EntityExtraction(morphology: morphology, tagger: tagger)
            .extract(from: analysed("Губернатор Северной Каролины подписал закон."))
        #expect(found.people.isEmpty)
        #expect(found.locations.map(\.name) == ["Северная Каролина"])
    }

    /// A patronymic's word that the tagger finds alone is the surname it was.
    @Test func aPatronymicWrittenAloneIsTheSurname() {
        let people = EntityExtraction(morphology: morphology, tagger: tagger)
            .extract(from: analysed("Вице-премьер Аркадий Дворкович заявил. Дворкович добавил.")).people
        #expect(people.map(\.name) == ["Аркадий Дворкович"])
        #expect(people.first?.last == "Дворкович" && people.first?.middle == nil && people.first?.mentions.count == 2)
    }

    /// A part of a body names the body it belongs to, in the genitive after the part's noun; the outer body's
    /// own complement, its own name in the nominative, a place and a position are no body inside it.
    @Test func aBodyInsideAnOrganisationsName() {
        func names(_ text: String) -> [String] {
            EntityExtraction(morphology: morphology, tagger: tagger).extract(from: analysed(text)).organisations.map(\.name).sorted()
        }
        #expect(names("Сотрудники Главного управления МВД России по Нижегородской области задержали его.")
            == ["Главное управление МВД России по Нижегородской области", "МВД России"])
        #expect(names("Член Свердловского обкома КПСС выступил.") == ["КПСС", "Свердловский обком КПСС"])
        #expect(!names("Выставка прошла в Центре современной культуры «Гараж».").contains("Гараж"))
        #expect(!names("Он вошёл в Совет при Президенте РФ по развитию гражданского общества.").contains { $0.hasPrefix("Президент") })
    }

    /// A place spanning exactly an organisation's mention is that organisation.
    @Test func aPlaceTwinOfAnOrganisationIsTheOrganisation() {
        let entities = EntityExtraction(morphology: morphology, tagger: tagger).extract(from: analysed("Об этом рассказал Первый канал."))
        #expect(entities.organisations.map(\.name) == ["Первый канал"])
        #expect(entities.locations.isEmpty)
    }

    /// A pronoun opening a sentence and the common nouns after it name no organisation; a lone noun there
    /// does.
    @Test func aPronounAndItsNounsOpeningASentenceAreNoOrganisation() {
        let text = "Партнёрами стали Visa и MasterCard. Эти компании отказались от комментариев. Полиция начала проверку."
        #expect(!organisations(text, .standard).contains("Эти компании"))
        #expect(organisations("Эта группа выступила вчера.", .standard).isEmpty)
        #expect(organisations("Он бывший предприниматель. Его компания занималась консалтингом.", .standard).isEmpty)
    }

    /// A Latin name or an abbreviation the tagger does not take stays an organisation only after a kind of
    /// organisation.
    @Test func aNameByLettersNeedsSupport() {
        let text = "Новая версия Windows вышла вчера. Он написал об этом в социальной сети Twitter. Анализ РНК готов."
        #expect(organisations(text, .rules) == ["Twitter", "Windows", "РНК"])
        #expect(organisations(text, .standard) == ["Twitter"])
    }

    /// Words of another script do not join a name, nor do names of two scripts join.
    @Test func anotherScriptDoesNotExtend() {
        let extraction = EntityExtraction(morphology: morphology, tagger: tagger)
        let unesco = analysed("Tribune Internationale des Compositeurs ЮНЕСКО")
        #expect(!extraction.isOneScript(0..<5, [4..<5], unesco))
        let joined = analysed("Facebook Российский фонд DST")
        #expect(!extraction.isOneScript(0..<4, [0..<1, 1..<4], joined))
        let latin = analysed("Corriere della Sera")
        #expect(extraction.isOneScript(0..<3, [0..<1, 2..<3], latin))
        let fund = analysed("Фонда борьбы с коррупцией")
        #expect(extraction.isOneScript(0..<4, [0..<2], fund))
    }

    func people(_ text: String, _ policy: EntityExtraction.Policy) -> [String] {
        EntityExtraction(morphology: morphology, tagger: tagger, policy: policy).extract(from: analysed(text)).people
            .flatMap(\.mentions).map(\.text).sorted()
    }

    /// A name in Latin letters in brackets after a person's mention is the person's, initials, particles and
    /// "Jr" included (its period left out), never an organisation.
    @Test func aLatinSpellingInBracketsIsThePersons() {
        let text = "Он выдвинул Елену Каган (Elena Kagan). Его сменит Джон Пистоль (John S. Pistole). Он опередил Кена Кокрела (Ken Cockrel Jr.)."
        #expect(people(text, .standard) == ["Elena Kagan", "John S. Pistole", "Елену Каган", "Джон Пистоль", "Кена Кокрела", "Ken Cockrel Jr"].sorted())
        #expect(organisations(text, .standard).isEmpty)
    }

    /// A tagged name that goes on past the one rule name it holds takes its place, with the place the rules
    /// read inside it; two names in two cases are two people for the rules and the tagger alike.
    @Test func aTaggedNameExtendsARuleName() {
        let korean = "Вчера в Пхеньяне лидер КНДР Ким Чен Ын провёл совещание."
        #expect(people(korean, .standard) == ["Ким Чен Ын"])
        var notExtending = EntityExtraction.Policy.standard
        notExtending.extending = false
        #expect(people(korean, notExtending) != ["Ким Чен Ын"])
        let two = "На юбилее Минтимера Шаймиева Тимур Шаймиев выступил с речью."
        #expect(people(two, .rules) == ["Минтимера Шаймиева", "Тимур Шаймиев"])
        #expect(people(two, .standard) == ["Минтимера Шаймиева", "Тимур Шаймиев"])
    }

    /// A name that is all a pair of quotes holds is a title, not a person; quotes on either side that close
    /// and open other phrases leave a name a name.
    @Test func aQuotedNameIsATitle() {
        #expect(people("Он сыграл в фильме «Мэри Поппинс» вместе с Джули Эндрюс.", .standard) == ["Джули Эндрюс"])
        #expect(people("Главу «Лиги» Маттео Сальвини назвали «великим».", .standard) == ["Маттео Сальвини"])
        #expect(people("Главу \"Лиги\" Маттео Сальвини назвали \"великим\".", .standard) == ["Маттео Сальвини"])
    }

    /// A lone position or occupation the tagger reads as a name is who someone is, not what they are
    /// called; a lone surname stays a name.
    @Test func aLonePositionIsNoName() {
        let persons = PersonExtractor(morphology: morphology)
        #expect(persons.proposedName(0..<1, in: analysed("Певец скончался в больнице.")) == nil)
        #expect(persons.proposedName(0..<1, in: analysed("Сенатор заслужил уважение.")) == nil)
        #expect(persons.proposedName(0..<1, in: analysed("Кузнецов заслужил уважение.")) != nil)
    }

    /// A rule mention another tagged span took away stands in no tagged span's way: the tagged place
    /// "Римский" ends the rules' "Римский Бенедикт", and the tagged name takes the name.
    @Test func aRuleMentionTakenAwayFreesTheTaggedName() {
        let text = "Вчера Папа Римский Бенедикт XVI назначил кардиналов."
        #expect(people(text, .rules) == ["Римский Бенедикт"])
        #expect(people(text, .standard) == ["Бенедикт XVI"])
    }

    /// Which tagged names extend the rules': not one that joins two rule names, opens with a mention of
    /// another kind or adds a word of another script; positions before a name are left out, a Roman
    /// numeral is of no script.
    @Test func whatATaggedNameMayExtend() throws {
        let extraction = EntityExtraction(morphology: morphology, tagger: tagger)
        let queen = analysed("Королева Елизавета II выступила с речью")
        #expect(extraction.nameExtending(0..<3, [(.person, 1..<2)], queen) == 1..<3)
        let two = analysed("В.Шеймана А.Кулешов")
        let second = try #require(two.texts.lastIndex { $0.hasPrefix("А") })
        #expect(extraction.nameExtending(0..<two.count, [(.person, 0..<second), (.person, second..<two.count)], two) == nil)
        let korean = analysed("Ким Чен Ын")
        #expect(extraction.nameExtending(0..<3, [(.person, 0..<1), (.location, 1..<2), (.person, 2..<3)], korean) == 0..<3)
        let neighbour = analysed("Аль-Каиды Усамы бин Ладена")
        let name = neighbour.count - 3
        #expect(extraction.nameExtending(0..<neighbour.count, [(.organisation, 0..<name), (.person, name..<neighbour.count)], neighbour) == nil)
        #expect(extraction.nameExtending(name..<neighbour.count, [(.person, (name + 1)..<neighbour.count)], neighbour) == name..<neighbour.count)
        let site = analysed("Челаха BNews.kz")
        #expect(extraction.nameExtending(0..<site.count, [(.person, 0..<1)], site) == nil)
    }

    /// With the tagger's spans: a first name the dictionary reads in the surname's case goes to its nominative.
    @Test func readsANameByTheTextsOwnNominative() {
        let people = EntityExtraction(morphology: morphology, tagger: tagger).extract(from: analysed("Павел Вовк сказал. Слова Павла Вовка.")).people
        #expect(people.map(\.name) == ["Павел Вовк"] && people.first?.mentions.map(\.normal) == ["Павел Вовк", "Павел Вовк"])
        // A surname the text declines in "-а" is no consonant stem's genitive.
        let mandela = EntityExtraction(morphology: morphology, tagger: tagger)
            .extract(from: analysed("Нельсон Мандела умер. Похороны Манделы прошли.")).people
        #expect(mandela.first?.name == "Нельсон Мандела")
        // An oblique form of a surname in "-я" the readings left as written, where the text shows that noun.
        let envoy = EntityExtraction(morphology: morphology, tagger: tagger)
            .extract(from: analysed("Постпред Василий Небензя заявил. Слова Василия Небензи. Встретили Василия Небензю.")).people
        #expect(envoy.count == 1 && envoy.first?.mentions.map(\.normal) == ["Василий Небензя", "Василий Небензя", "Василий Небензя"])
        // Not a consonant stem's: "Сноудене" is Сноуден's where the text writes "Сноуденом".
        let snowden = EntityExtraction(morphology: morphology, tagger: tagger)
            .extract(from: analysed("Эдвард Сноуден бежал. О Сноудене писали. Со Сноуденом говорили.")).people
        #expect(snowden.first?.mentions.compactMap(\.normal).allSatisfy { !$0.hasSuffix("а") } == true)
    }
}
