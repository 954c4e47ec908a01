import Foundation
import Testing
import RuNewsHTML
@testable import RuNewsArticle

@Suite struct TextDumpExtractorTests {
    static func fixture(_ name: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/pages/" + name)
        return try String(contentsOf: url, encoding: .utf8)
    }

    static var seed: String {
        get throws { try fixture("seed.txt") }
    }

    @Test func theSeedGivesItsMetadataAndItsLeadOnce() throws {
        let article = TextDumpExtractor().extract(try Self.seed)
        #expect(article.breadcrumbs == ["Главная", "Для жителей", "Новости и репортажи", "Народная театральная студия «Нежный возраст»"])
        #expect(article.title == "Народная театральная студия «Нежный возраст»")
        #expect(article.published == "2023-08-28T07:27")
        let lead = try #require(article.lead)
        #expect(lead.hasPrefix("25 августа состоялся телемост"))
        #expect(article.paragraphs.filter { $0 == lead }.count == 1)
        #expect(article.paragraphs.first == lead)
        #expect(article.paragraphs.last?.hasPrefix("Остается добавить") == true)
        #expect(!article.text.contains("Для жителей"))
        #expect(article.removed.contains { $0.kind == .duplicateLead })
        #expect(article.warnings.count == 1)  // the heading is another page's
    }

    /// The seed as html2text writes it (`seed-wrapped.txt`: each line wrapped at 72 where the next word
    /// would not fit, a blank line after it): its paragraphs are joined before its lines are read, and
    /// the same article comes out.
    @Test func aDumpWrappedAtAFixedWidthGivesTheSameArticle() throws {
        let seed = try Self.seed
        let wrapped = try Self.fixture("seed-wrapped.txt")
        #expect(wrapped.components(separatedBy: "\n").count > seed.components(separatedBy: "\n").count + 10)
        let original = TextDumpExtractor().extract(seed), rewrapped = TextDumpExtractor().extract(wrapped)
        #expect(rewrapped.paragraphs == original.paragraphs)
        #expect(rewrapped.title == original.title)
        #expect(rewrapped.published == original.published)
        #expect(rewrapped.breadcrumbs == original.breadcrumbs)
    }

    @Test func menusAndFootersAroundTheTextAreLeftOut() {
        let dump = """
            Главная
            Новости
            Спорт
            Погода
            Учёные создали снижающую аппетит жвачку
            27 ноября 2011, 04:09
            Ученые из Сиракузского университета в США создали жевательную резинку, которая снижает аппетит и борется с лишними килограммами.
            Жевательная резинка действует за счёт пептида, из-за дефицита которого люди начинают переедать, сообщают исследователи.
            Испытания на добровольцах покажут, насколько действенна новинка, добавили авторы работы в интервью журналу.
            Читайте также
            Поделиться
            © 2011 Все права защищены
            """
        let article = TextDumpExtractor().extract(dump)
        #expect(article.title == "Учёные создали снижающую аппетит жвачку")
        #expect(article.published == "2011-11-27T04:09")
        #expect(article.paragraphs.count == 3)
        #expect(article.paragraphs.first?.hasPrefix("Ученые из Сиракузского") == true)
        #expect(article.breadcrumbs == nil)
        #expect(article.warnings.isEmpty)
    }

    @Test func aTrailOnOneLine() {
        let dump = "Главная / Новости / Культура\nЗаголовок новости о культуре\n" + String(repeating: "Это длинное предложение статьи о культуре и театре в городе. ", count: 3)
        #expect(TextDumpExtractor().extract(dump).breadcrumbs == ["Главная", "Новости", "Культура"])
    }

    /// A headline the dump prints twice, after a rubric once and after a date once, is what both lines end with.
    @Test func aHeadlinePrintedAfterARubricAndADate() {
        let text = (1...3).map { "На Камчатке за неделю выявили \($0) новых случаев инфекции, сообщили в краевом центре профилактики." }
        let dump = (["Вести Камчатки", "Происшествия: 20 новых носителей инфекции выявили на Камчатке"] + text
            + ["Mon, 16 Jan 2012 23:53:30 20 новых носителей инфекции выявили на Камчатке"]).joined(separator: "\n")
        #expect(TextDumpExtractor().extract(dump).title == "20 новых носителей инфекции выявили на Камчатке")
        // Another headline of a list ending alike cuts nothing.
        let list = (["Вести Камчатки", "В Москве открылся новый музей современного искусства"] + text
            + ["В Петербурге открылся новый музей современного искусства"]).joined(separator: "\n")
        #expect(TextDumpExtractor().extract(list).title == "В Москве открылся новый музей современного искусства")
    }

    /// A lead standing between the headline and the text, longer than headlines run, is no headline,
    /// though it stands nearer the text and speaks of it.
    @Test func aLongLeadIsNoHeadline() {
        let text = (1...3).map { "Исследователи из \($0)-го университета выяснили, что зелёный чай бодрит не хуже кофе и меньше вредит сердцу." }
        let lead = "Зелёный чай бодрит не хуже кофе и меньше вредит сердцу, выяснили исследователи из нескольких университетов после долгих наблюдений за добровольцами"
        let dump = (["Меню сайта", "Зелёный чай бодрит не хуже утреннего кофе", "Фото: пресс-служба", "Опубликовано 28 ноября 2011", lead] + text)
            .joined(separator: "\n")
        #expect(TextDumpExtractor().extract(dump).title == "Зелёный чай бодрит не хуже утреннего кофе")
    }

    /// A trail is no headline, though its items repeat the site's name on the first line and it cuts the
    /// headline short; the headline below it is.
    @Test func aTrailLineIsNoHeadline() {
        let text = (1...3).map { "Президент подписал \($0)-й закон о реформе судов и полиции, по которому округа будут объединены." }
        let dump = (["Агентство Новости", "Агентство » Новости » Президент нарезала судам…", "Президент нарезала судам и полиции новые уделы"] + text)
            .joined(separator: "\n")
        let article = TextDumpExtractor().extract(dump)
        #expect(article.breadcrumbs == ["Агентство", "Новости", "Президент нарезала судам…"])
        #expect(article.title == "Президент нарезала судам и полиции новые уделы")
    }

    /// The article follows its headline: the comments under it, longer though they are, and the
    /// related-news list with its clock times stay out.
    @Test func theTextAfterTheHeadlineWinsOverCommentsAndNewsLists() {
        let text = (1...3).map { "Главный санитарный врач в \($0)-й раз предложил отказаться от курилок во всех государственных учреждениях страны." }
        let dump = (["Онищенко предложил запретить курилки | Новости", "Главная", "Новости", "Онищенко предложил запретить курилки"]
            + text
            + ["Версия для печати", "Выслать по почте", "Показать код", "Комментарии: 45", "Добавить комментарий", "Андрей"]
            + (1...8).flatMap { ["Говорят о правах курильщиков в \($0)-й раз, а курильщики плюют на всех вокруг и на их права, хотя это вредно.", "Ответить", "Гость"] }
            + ["Другие новости"]
            + (10...19).map { "\($0):15 Курс доллара вырос на две копейки в первые минуты торгов на Московской бирже в среду." })
            .joined(separator: "\n")
        let article = TextDumpExtractor().extract(dump)
        #expect(article.title == "Онищенко предложил запретить курилки")
        #expect(article.paragraphs == text)
    }

    /// Without the page title on the first line, the article is the text below a headline and its
    /// date line, though the site's legal footer is longer prose.
    @Test func theTextUnderADatedHeadlineWinsOverALongFooter() {
        let text = (1...3).map { "Три человека погибли и \($0) получили ранения в результате взрыва автоклава на химическом заводе." }
        let footer = (1...3).map { "Сетевое издание зарегистрировано в \($0)-й службе по надзору в сфере связи, информационных технологий и массовых коммуникаций, свидетельство выдано в мае, лицензия продлена, материалы защищены." }
        let dump = (["наверх", "Вход", "Проекты:", "Происшествия", "Трое погибли при взрыве на химзаводе в Китае", "07:20 05.01.2012"]
            + text + ["Оцените статью", "Другие новости", "Курс доллара вырос", "Погода на завтра", "О проекте"] + footer)
            .joined(separator: "\n")
        let article = TextDumpExtractor().extract(dump)
        #expect(article.paragraphs == text)
        #expect(article.title == "Трое погибли при взрыве на химзаводе в Китае")
    }

    /// A news list after the text gives each item's teaser below its time and headline: the teasers are
    /// the list's, however much they read like prose.
    @Test func aNewsListWithTeasersIsNoPartOfTheText() {
        let text = (1...3).map { "Жительница Башкирии вернется домой в \($0)-й раз, сообщил в четверг ее муж, добавив подробности поездки." }
        let list = (10...19).flatMap { ["\($0):15 Новый город-миллионник появился в России",
                                        "Статус города-миллионника официально подтвердил Красноярск, сообщили в среду в местном органе статистики."] }
        let dump = (["Россиянку отпустили домой | Новости", "Главная", "Россиянку отпустили домой"] + text
            + ["Livejournal Twitter В контакте", "← На главную страницу"] + list).joined(separator: "\n")
        #expect(TextDumpExtractor().extract(dump).paragraphs == text)
    }

    @Test func menusAndInterfaceTextAreNoHeadlines() {
        #expect(DumpLine("Онищенко покусился на новогодний праздник").isHeadline)
        #expect(DumpLine("20 новых носителей ВИЧ-инфекции зарегистрировали на Камчатке").isHeadline)
        #expect(!DumpLine("Платная подписка | Рассылка новостей | Архив").isHeadline)
        #expect(!DumpLine("не ваш регион? выберите другой город").isHeadline)
    }

    /// A dump that does not open with the page title: the headline is the line that speaks of the text,
    /// not the nearest label above it.
    @Test func theHeadlineSpeaksOfItsText() {
        let dump = (["Вход", "Проекты", "Ромни и Санторум лидируют среди кандидатов-республиканцев в Айове", "12:05 04/01/2012",
                     "Читать полностью в источнике", "Все материалы раздела"]
            + (1...3).map { "После подсчета голосов в Айове лидирует Ромни, вторым идет Санторум, а третьим — конгрессмен Пол (\($0))." })
            .joined(separator: "\n")
        #expect(TextDumpExtractor().extract(dump).title == "Ромни и Санторум лидируют среди кандидатов-республиканцев в Айове")
    }

    /// A dump opening with the page's title: the headline is that line without the site and its section,
    /// even when the headline holds the separator too.
    @Test func theTitleLineLosesTheSiteName() {
        let dump = (["В Приднестровье перевернулся автобус: один человек погиб, 21 - получил травмы. - Новости дня - РосБизнесКонсалтинг",
                     "6 января 2012 года"]
            + (1...3).map { "Автобус с пассажирами перевернулся на обледеневшей трассе в Приднестровье, сообщают спасатели (\($0))." })
            .joined(separator: "\n")
        #expect(TextDumpExtractor().extract(dump).title == "В Приднестровье перевернулся автобус: один человек погиб, 21 - получил травмы.")
        #expect(PageMetadata.headlinePart(of: "Учёные создали снижающую аппетит жвачку | lenta.ru") == "Учёные создали снижающую аппетит жвачку")
        #expect(PageMetadata.headlinePart(of: "NEWS.BCM.RU :: Учёные создали снижающую аппетит жвачку") == "Учёные создали снижающую аппетит жвачку")
    }

    /// A headline line that runs on past the page's title carries inline extras, which are no headline.
    @Test func aHeadlineLosesItsInlineExtras() {
        let dump = (["Синоптики обещают тёплую зиму в Саратове // SARATOV.KP.RU Комсомольская правда в Саратове", "Главная", "Новости",
                     "Синоптики обещают тёплую зиму в СаратовеКомментарии: 12", "5 января 2012 18:05"]
            + (1...3).map { "Синоптики Саратова обещают тёплую и снежную зиму, сообщили в областном гидрометцентре (\($0))." })
            .joined(separator: "\n")
        #expect(TextDumpExtractor().extract(dump).title == "Синоптики обещают тёплую зиму в Саратове")
        // The title line's separator may be the headline's own: a line the title holds whole is kept whole.
        let whole = (["Зимой женщины рискуют выглядеть старше – косметологи", "Главная",
                      "Зимой женщины рискуют выглядеть старше – косметологи"]
            + (1...3).map { "Косметологи предупреждают, что зимой кожа женщин стареет быстрее, чем летом (\($0))." })
            .joined(separator: "\n")
        #expect(TextDumpExtractor().extract(whole).title == "Зимой женщины рискуют выглядеть старше – косметологи")
    }

    @Test func aLabelledTrailAndNoMenu() {
        let text = String(repeating: "Это длинное предложение статьи о здоровье и медицине в городе. ", count: 3)
        #expect(TextDumpExtractor().extract("Вы читаете раздел: Здоровье » Медицина\nЗаголовок новости о здоровье\n" + text).breadcrumbs
            == ["Здоровье", "Медицина"])
        let menu = ["Главная", "Новости", "Статьи", "Видео", "Архив", "Пресс-центр", "Киев", "Сюжеты"].map { "* " + $0 }
        #expect(TextDumpExtractor().extract((menu + ["Заголовок новости о здоровье", text]).joined(separator: "\n")).breadcrumbs == nil)
    }

    /// A line of short names joined by a separator only paths use, above the article, is its trail
    /// whatever it starts with; the page's title joined so, a sentence with "/" or a menu is none.
    @Test func aPathLineAboveTheArticleIsItsTrail() {
        let text = (1...6).map { "Это \($0)-е длинное предложение статьи о новой лаборатории областной больницы в городе." }
        func trail(_ head: [String]) -> [String]? {
            TextDumpExtractor().extract((head + ["Лаборатория открылась в больнице"] + text).joined(separator: "\n")).breadcrumbs
        }
        #expect(trail(["Лаборатория открылась в больнице » Новости медицины", "Агентство » Новости » Медицина » Лаборатория открылась…"])
            == ["Агентство", "Новости", "Медицина", "Лаборатория открылась…"])
        #expect(trail(["Лаборатория открылась в больнице » Новости медицины", "Вход"]) == nil)
        #expect(trail(["Сайт", "Новости | Спорт » Погода | Афиша"]) == nil)
        #expect(trail(["Сайт", "Цены выросли в 2 раза. Врачи / медсёстры » недовольны."]) == nil)
        #expect(trail(["Сайт", "все главные новости » все главные новости » все главные новости »"]) == nil, "a ticker")
    }

    /// A headline the page prints with its date and time at its end is the headline without them; a
    /// site's long notice of its rights, with ©, is its footer however long, not the article.
    @Test func aHeadlineWithItsDateAndALongRightsNotice() {
        let text = (1...3).map { "Это \($0)-е предложение статьи о вагоне с углем, сошедшем с рельсов на станции." }
        let notice = "Правовые ограничения: согласно договору между © Агентством и редакцией, " + String(repeating: "материалы сайта охраняются, их перепечатка и цитирование без письменного согласия правообладателя запрещены, ", count: 5)
        let dump = (["Новости региона", "Вагон с углем сошел с рельсов в области 06.01.12 08:49"] + text + ["Подписка", notice]).joined(separator: "\n")
        let article = TextDumpExtractor().extract(dump)
        #expect(article.title == "Вагон с углем сошел с рельсов в области")
        #expect(article.paragraphs.first?.hasPrefix("Это 1-е") == true)
        #expect(!article.text.contains("Правовые ограничения"))
        #expect(BoilerplatePhrases.kind(of: notice) == .footer)
        #expect(BoilerplatePhrases.kind(of: "Если вы заметили ошибку в тексте, выделите её и нажмите Ctrl+Enter, чтобы сообщить редакции") == .navigation)
        #expect(BoilerplatePhrases.kind(of: "Мост через реку открыли после трёх лет строительства, сообщили в мэрии.") == nil)
        // A tag list and the calls to follow the site are the frame; a sentence about tags is not.
        #expect(BoilerplatePhrases.kind(of: "Теги: Здоровье, Медицина, США") == .related)
        #expect(BoilerplatePhrases.kind(of: "Подписывайтесь на наш канал в Telegram") == .navigation)
        #expect(BoilerplatePhrases.kind(of: "Присоединяйтесь к акции, говорят организаторы.") == nil)
        #expect(BoilerplatePhrases.kind(of: "Присоединяйтесь к нам на Facebook, Twitter, В контакте.") == .share)
        #expect(BoilerplatePhrases.kind(of: "Теги в соцсетях помогают искать новости.") == nil)
        #expect(DumpLine("» Вагон сошел с рельсов в области, 28.11.2011").headlineText == "» Вагон сошел с рельсов в области, 28.11.2011")
    }

    /// A dump whose first line is no title (inscriptis starts with the page's furniture): of the lines
    /// above the text that speak of it, the upper is the headline, and the lead below it opens the text.
    @Test func withoutATitleLineTheUpperLineAboutTheTextIsTheHeadline() {
        let text = (1...4).map { "Стресс у взрослых людей вызывает угревую сыпь, показали опыты учёных в клинике номер \($0)." }
        let dump = (["реклама", "Главная", "Новости", "Стресс вызывает угревую сыпь у взрослых людей",
                     "Учёные выяснили, что стресс у взрослых людей вызывает угревую сыпь"] + text).joined(separator: "\n")
        let article = TextDumpExtractor().extract(dump)
        #expect(article.title == "Стресс вызывает угревую сыпь у взрослых людей")
        #expect(article.paragraphs.first == "Учёные выяснили, что стресс у взрослых людей вызывает угревую сыпь")
        #expect(article.lead == article.paragraphs.first)
        #expect(DumpLine("Учёные создали жвачку. Фото с сайта example.ru").isHeadline == false, "a caption")
    }

    /// Without a title line, a line about the text that its dateline follows (a credit and controls
    /// between) is the headline over the lead below it, which no dateline follows; the dated items of a
    /// news list above are not, nor a section's path with its date.
    @Test func withoutATitleLineTheDatedLineAboutTheTextIsTheHeadline() {
        let text = (1...4).map { "У пловцов в закрытых бассейнах выявлены изменения в тканях легких, сообщили врачи клиники \($0)." }
        let lead = "У профессиональных пловцов выявлены изменения в тканях легких, характерные для астматиков"
        let dated = ["реклама", "Купание в бассейнах может быть опасно для легких", "Фото: example.ru",
                     "Опубликовано 17 января 12 (19:14)", "* Версия для печати", lead] + text
        let article = TextDumpExtractor().extract(dated.joined(separator: "\n"))
        #expect(article.title == "Купание в бассейнах может быть опасно для легких")
        #expect(article.paragraphs.first == lead)
        #expect(article.published == "2012-01-17T19:14")
        // The same lines after a news list whose items its dates follow: the lead stays the headline.
        let item = "Врачи обсудили новые правила работы городских бассейнов зимой"
        let list = [item, "16.01.2012 10:00", "Спортсмены сборной уехали на сборы", "16.01.2012 09:00"]
        let listed = TextDumpExtractor().extract((["реклама"] + list + ["Спорт", lead] + text).joined(separator: "\n"))
        #expect(listed.title == lead)
        let alone = TextDumpExtractor().extract((["реклама", item, "17.01.2012 19:14", lead] + text).joined(separator: "\n"))
        #expect(alone.title == item, "the same line dated alone")
        let path = TextDumpExtractor().extract((["реклама", "Здоровье / " + item, "17.01.2012 19:14", lead] + text).joined(separator: "\n"))
        #expect(path.title == lead)
        // A counter between the headline and its dateline, a dash inside the headline.
        let dashed = "Врачи - о бассейнах и легких пловцов"
        let counted = TextDumpExtractor().extract((["реклама", dashed, "Просмотров: 1234", "17.01.2012 19:14", lead] + text).joined(separator: "\n"))
        #expect(counted.title == dashed)
    }

    /// A line of forty characters printed twice in the text (a comment quoted, a lead) is kept once.
    @Test func aShortParagraphPrintedTwiceIsKeptOnce() {
        let text = (1...4).map { "Это \($0)-е длинное предложение статьи о новой лаборатории областной больницы в городе." }
        let repeated = "Совершенно согласен с врачами и учёными!"
        let dump = (["Лаборатория открылась в больнице", repeated] + text + [repeated]).joined(separator: "\n")
        #expect(TextDumpExtractor().extract(dump).paragraphs.filter { $0 == repeated }.count <= 1)
    }

    /// A table's layout may print the trail below the article: a line of three short names between
    /// separators that point one way is one wherever it stands; two such names are not enough there.
    @Test func aTrailOfThreeLevelsBelowTheArticle() {
        let text = (1...4).map { "Это \($0)-е длинное предложение статьи о новой лаборатории областной больницы в городе." }
        let head = ["Лаборатория открылась в больнице"]
        let below = TextDumpExtractor().extract((head + text + ["Реклама", "Новости сайта > Новости дня > Медицина"]).joined(separator: "\n"))
        #expect(below.breadcrumbs == ["Новости сайта", "Новости дня", "Медицина"])
        #expect(below.paragraphs.count == 4)
        let two = TextDumpExtractor().extract((head + text + ["Реклама", "Новости дня > Медицина"]).joined(separator: "\n"))
        #expect(two.breadcrumbs == nil)
    }

    /// A box of other news under its label, each headline with its teaser, is read as if it were not
    /// there: no part of the text, and the signature and dateline after it still close the article; a
    /// label before one link inside the text keeps the text after it, and a list of headlines alone is
    /// no box.
    @Test func aBoxOfTeasersAfterTheTextIsNoPartOfIt() {
        let text = (1...4).map { "Это \($0)-е длинное предложение статьи о новой лаборатории областной больницы в городе." }
        let box = ["Читайте также"] + (1...3).flatMap { ["Другая новость номер \($0) о городе",
                                                          "МОСКВА, 5 янв - Агентство. Короткий пересказ другой новости номер \($0), с запятыми, о событии дня."] }
        let dump = (["Лаборатория открылась в больнице | Новости", "Лаборатория открылась в больнице"] + text + box
            + ["Иван Петров", "18:13 28.11.2011", "Версия для печати"]).joined(separator: "\n")
        let article = TextDumpExtractor(isPersonName: { $0 == "Иван Петров" }).extract(dump)
        #expect(article.paragraphs == text)
        #expect(article.published == "2011-11-28T18:13")
        #expect(article.authors == ["Иван Петров"])
        let inside = (["Лаборатория открылась в больнице"] + text.prefix(2) + ["Читайте также", "Другая новость о городе"] + text.suffix(2))
        #expect(TextDumpExtractor().extract(inside.joined(separator: "\n")).paragraphs.filter { $0.hasPrefix("Это") } == text)
        #expect(DumpBoxes(DumpLine.lines(of: (text + ["Читайте также"] + (1...3).map { "Другая новость номер \($0) о городе" }).joined(separator: "\n"))).ranges.isEmpty)
    }

    /// Comments under their label, each below its author's dated line, are such a box: the text ends
    /// before them, their dates are theirs, and the last one takes one line (the page's own lines follow).
    @Test func commentsUnderTheirLabelAreNoPartOfTheText() {
        let text = (1...4).map { "Это \($0)-е длинное предложение статьи о новой лаборатории областной больницы в городе." }
        let comments = ["Комментарии (3)", "Иван 29.11.2011 10:00", "Совершенно согласен, давно пора было открыть такую лабораторию в нашей больнице.",
                        "Страшно!", "Ольга К. 30.11.2011 11:05", "А у нас в районе до сих пор нет ни одного нормального врача, и никто не знает, когда появится.",
                        "Сергей 01.12.2011 12:10", "Лучше бы дороги починили, чем тратить деньги на такие лаборатории в городе."]
        let dump = (["Лаборатория открылась в больнице | Новости", "Лаборатория открылась в больнице"] + text + comments
            + ["Иван Петров", "18:13 28.11.2011", "Версия для печати"]).joined(separator: "\n")
        let lines = DumpLine.lines(of: dump)
        #expect(DumpBoxes(lines).ranges == [6...13])
        let article = TextDumpExtractor(isPersonName: { $0 == "Иван Петров" }).extract(dump)
        #expect(article.paragraphs == text)
        #expect(article.published == "2011-11-28T18:13")
        #expect(article.authors == ["Иван Петров"])
    }

    /// A link to another page under its label inside the text ("Читайте также: …", however long the
    /// headline) is read as if absent: no paragraph, and no gap that would end the text before its end.
    @Test func aRelatedLinkInsideTheTextIsReadAsIfAbsent() {
        let text = (1...4).map { "Это \($0)-е длинное предложение статьи о новой лаборатории областной больницы в городе." }
        let link = "Читайте также: Онищенко: Мы мягкие и пушистые либералы по отношению к курильщикам, заявил главный санитарный врач"
        let dump = (["Лаборатория открылась в больнице"] + text.prefix(2) + [link, "Реклама"] + text.suffix(2)).joined(separator: "\n")
        #expect(TextDumpExtractor().extract(dump).paragraphs == text)
        #expect(BoilerplatePhrases.kind(of: link) == .related)
        #expect(BoilerplatePhrases.kind(of: "Читатели также пишут нам о том, что в больнице открылась новая лаборатория, и это радует всех жителей.") == nil)
    }

    /// A dump of the title and the text alone: its first line is the headline, however its score
    /// would join it to the text.
    @Test func aDumpOfTheTitleAndTheTextAlone() {
        let text = (1...3).map { "В Баку \($0) декабря обсудят тему борьбы с распространением наркомании, сообщил проректор университета учителей." }
        let article = TextDumpExtractor().extract((["В Баку обсудят тему «Борьба с распространением наркомании»", ""] + text).joined(separator: "\n"))
        #expect(article.title == "В Баку обсудят тему «Борьба с распространением наркомании»")
        #expect(article.paragraphs == text)
    }

    /// An advertisement, the sentence below a label of its own, is left out of the text; a trail, the
    /// headline or the article's next paragraph printed after a banner's label is none.
    @Test func anAdvertisementUnderItsLabelIsNoParagraph() {
        let text = (1...4).map { "Это \($0)-е длинное предложение статьи о новой лаборатории областной больницы в городе." }
        let offer = "Скидки до 50% на все товары для дома и дачи только до конца недели, успейте купить!"
        let dump = (["Лаборатория открылась в больнице"] + text.prefix(2) + ["Реклама", offer] + text.suffix(2)).joined(separator: "\n")
        #expect(TextDumpExtractor().extract(dump).paragraphs == text)
        #expect(DumpBoxes(DumpLine.lines(of: "Сайт\nреклама\nИА REGNUM » Новости » Лаборатория открылась…\n" + text.joined(separator: "\n"))).advertisements.isEmpty)
        let banner = (["Лаборатория открылась в больнице"] + text.prefix(2) + ["Реклама"] + text.suffix(2)).joined(separator: "\n")
        #expect(TextDumpExtractor().extract(banner).paragraphs == text, "a banner's label before the article's next paragraph")
    }

    /// A trail laid out as a list: html-text's block of short lines, inscriptis' numbered items (a line
    /// each, or inline) or links run together, each found when something says it is a path; a menu laid
    /// out so, or a name in camel case, is none.
    @Test func aTrailLaidOutAsAList() {
        let text = (1...4).map { "Это \($0)-е длинное предложение статьи о новой лаборатории областной больницы в городе." }
        func trail(_ head: [String], _ tail: [String] = [], title: String = "Лаборатория открылась в больнице") -> [String]? {
            TextDumpExtractor().extract((head + [title, ""] + text + tail).joined(separator: "\n")).breadcrumbs
        }
        #expect(trail(["Сайт", "", "Где я:", "", "Новости", "Медицина", ""]) == ["Новости", "Медицина"])
        #expect(trail(["Сайт", "", "Новости", "Медицина", "Лаборатория открылась…", ""]) == ["Новости", "Медицина", "Лаборатория открылась…"])
        #expect(trail(["Сайт", "", "1. Главная", "2. Новости", "3. Медицина", ""]) == ["Главная", "Новости", "Медицина"])
        #expect(trail(["Сайт", "", "1. Главная 2. Новости 3. Медицина", ""]) == ["Главная", "Новости", "Медицина"])
        #expect(trail([], ["", "    1. Главная", "    2. Техно", "    3. Медицина", "  Просмотров: 2015"]) == ["Главная", "Техно", "Медицина"], "below the text")
        #expect(trail(["Сайт", "", "Главная", "Новости", "Статьи", "Видео", ""]) == nil, "a menu")
        #expect(trail(["Сайт", "", "1. Новости 2. Статьи 3. Видео", ""]) == nil, "a numbered menu from no root")
        #expect(trail([], ["", "1. Главная проблема — нехватка врачей в районе. 2. Вторая — дороги, по которым не проехать."]) == nil,
                "a paragraph's numbered points")
        #expect(trail([], ["", "ГлавнаяНовостиМировые новости медицины", "Просмотров: 2015"]) == ["Главная", "Новости", "Мировые новости медицины"], "run together")
        #expect(trail(["Лаборатория открылась в больнице - Новости - Interfax", "", "Interfax-Russia.ruНовости", ""]) == ["Interfax-Russia.ru", "Новости"])
        #expect(trail(["Сайт", "", "РосБизнесКонсалтинг", ""]) == nil, "a name")
        #expect(DumpTrail.glued("ГлавнаяНАУКА И ТЕХНИКА") == ["Главная", "НАУКА И ТЕХНИКА"])
        #expect(DumpTrail.glued("Новости DELFIНовости дня") == ["Новости DELFI", "Новости дня"])
        #expect(DumpTrail.numbered("1. Главная 2. Новости дня").map(\.item) == ["Главная", "Новости дня"])
        #expect(DumpTrail.numbered("В 2. Главная").isEmpty)
    }

    /// A trail ending with the headline cut short gives no headline: the line it shortens is the headline,
    /// though the cut item is printed again elsewhere.
    @Test func aCutHeadlineEndingTheTrailIsNoHeadline() {
        let text = (1...4).map { "Это \($0)-е длинное предложение статьи о новой лаборатории областной больницы в городе." }
        let cut = "Лаборатория открылась в областной…"
        let dump = ["Лаборатория открылась в областной больнице - Медицина", "", "Новости", "Медицина", cut, "",
                    cut, "", "Лаборатория открылась в областной больнице", ""] + text
        let article = TextDumpExtractor().extract(dump.joined(separator: "\n"))
        #expect(article.breadcrumbs == ["Новости", "Медицина", cut])
        #expect(article.title == "Лаборатория открылась в областной больнице")
    }

    /// html-text's layout of links the style sheet parts: the items apart by spaces alone, a trail only
    /// where the headline cut short ends it, or the title names its last item as a section and the
    /// headline follows; a box's label, a name or a line cut from a sentence is none.
    @Test func aTrailWhoseItemsOnlySpacesPart() {
        let text = (1...4).map { "Это \($0)-е длинное предложение статьи о новой лаборатории областной больницы в городе." }
        func trail(_ title: String, _ head: [String], headline: String = "Лаборатория открылась в больнице") -> [String]? {
            TextDumpExtractor().extract(([title, ""] + head + ["", headline, ""] + text).joined(separator: "\n")).breadcrumbs
        }
        let title = "Лаборатория открылась в больнице - НАУКА И ТЕХНИКА"
        #expect(trail(title, ["Главная НАУКА И ТЕХНИКА"]) == ["Главная", "НАУКА И ТЕХНИКА"])
        #expect(trail("Лаборатория открылась в больнице - Медицина - ИА REGNUM", ["ИА REGNUM Новости Медицина Лаборатория открылась…"])
            == ["ИА REGNUM", "Новости", "Медицина", "Лаборатория открылась…"], "the cut headline keeps its capitals")
        #expect(trail("Лаборатория открылась в больнице - Общество", ["Interfax-Russia.ru Северо-Западный федеральный округ Общество"])
            == ["Interfax-Russia.ru", "Северо-Западный федеральный округ", "Общество"])
        #expect(trail("Лаборатория открылась в больнице - Общество", ["Главная Новости Общество"], headline: "Другой заголовок") == nil,
                "no headline below the line")
        #expect(trail("Лаборатория открылась в больнице - И. Акимова", ["Ирина Акимова"]) == nil, "a name")
        #expect(trail("Лаборатория открылась в больнице - Киев", ["РИА Новый Регион – Киев"]) == nil, "a dash")
        #expect(trail("Лаборатория открылась в больнице - ТАСС", ["Подпишись на ТАСС"]) == nil, "a sentence's words")
    }

    /// The credit of the article's source closes it, and the comments after it are no text; a photo's
    /// credit under its caption, with more of the text after it, closes nothing. No credit is a paragraph.
    @Test func theSourcesCreditClosesTheArticle() {
        let text = (1...3).map { "Это \($0)-е длинное предложение статьи о новой лаборатории областной больницы в городе." }
        let comments = (1...8).flatMap { ["гость\($0) комментирует материал Вчера в 9:2\($0) #",
                                          "Совершенно не согласен с автором этой статьи, всё было совсем не так, как он пишет, и врачи это знают \($0)."] }
        let closed = TextDumpExtractor().extract((["Лаборатория открылась в больнице"] + text + ["Иван Петров", "Источник: vesti.ru"] + comments)
            .joined(separator: "\n"))
        #expect(closed.paragraphs == text)
        let captioned = TextDumpExtractor().extract((["Лаборатория открылась в больнице", text[0], "Павел Вовк", "Источник: Фундация DEJURE"]
            + text.dropFirst()).joined(separator: "\n"))
        #expect(captioned.paragraphs == [text[0], "Павел Вовк"] + text.dropFirst())
    }

    /// Markup printed as text (the code to embed a story elsewhere) is no paragraph.
    @Test func markupPrintedAsTextIsNoParagraph() {
        let text = (1...3).map { "Это \($0)-е длинное предложение статьи о новой лаборатории областной больницы в городе." }
        let code = #"<div style="margin:0; padding:15px; border:1px solid #ccc"><a href="http://example.ru/1.html">Лаборатория открылась в больнице, читайте подробнее на нашем сайте</a></div>"#
        let article = TextDumpExtractor().extract((["Лаборатория открылась в больнице"] + text + [code]).joined(separator: "\n"))
        #expect(article.paragraphs == text)
        #expect(BoilerplatePhrases.isMarkup("  </p>") && !BoilerplatePhrases.isMarkup("<3 котики") && !BoilerplatePhrases.isMarkup("Цена < 5 рублей >"))
    }

    /// A row of controls a line each between the headline and the text ("Увеличить шрифт", "Нравится")
    /// does not put the text out of the headline's reach: the longer notice below is not the article.
    @Test func controlsBetweenTheHeadlineAndTheTextKeepItInReach() {
        let text = (1...4).map { "Это \($0)-е длинное предложение статьи о новой лаборатории областной больницы в городе." }
        let controls = ["Фото: архив", "Опубликовано 17 января 12 (18:23)", "Увеличить шрифт", "Уменьшить шрифт", "Печать",
                        "Отправить по почте", "В избранное", "Нравится", "Твитнуть"]
        let rules = (1...8).map { "Правило \($0): сообщение не должно содержать ненормативной лексики, рекламы и оскорблений других участников обсуждения." }
        let headline = "Лаборатория открылась в больнице"
        let article = TextDumpExtractor().extract(([headline + " | Здоровье"] + ["Меню сайта", headline] + controls + text
            + controls.dropFirst(2) + ["Комментарии"] + rules).joined(separator: "\n"))
        #expect(article.paragraphs == text)
    }

    /// Comments each under their dated header ("* #8 котенок92 10.01.12, 20:49") are longer than a short
    /// article without a title line above it, and still not the article.
    @Test func commentsUnderTheirDatesDoNotOutweighTheArticle() {
        let text = (1...3).map { "Это \($0)-е длинное предложение статьи о новой лаборатории областной больницы в городе." }
        let comments = (1...6).flatMap { ["* #\($0) гость\($0) 10.01.12, 20:4\($0)",
                                          "Совершенно не согласен с автором этой статьи, всё было совсем не так (\($0))."] }
        let dump = (["сообщить новость", "карта сайта", "Лаборатория открылась в областной больнице"] + text
            + ["5 января 2012 г, 16:21", "версия для печати", "Комментарии:"] + comments).joined(separator: "\n")
        let article = TextDumpExtractor().extract(dump)
        #expect(article.paragraphs == text)
        #expect(article.title == "Лаборатория открылась в областной больнице")
    }

    /// Without a title line, a dateline right above the headline, or a few lines below it past a subtitle
    /// and a counter, anchors the text under them against a longer footer.
    @Test func aDatelineAboveOrJustBelowTheHeadlineAnchorsTheText() {
        let text = (1...3).map { "Это \($0)-е длинное предложение статьи о новой лаборатории областной больницы в городе." }
        let footer = ["первом", "втором", "третьем", "четвёртом", "пятом", "шестом"].map {
            "Редакция сайта не несёт ответственности за содержание сообщений читателей, размещённых в \($0) разделе форума."
        }
        let frame = ["Вернуться на главную", "Загрузка...", "Новости СМИ", "Рекламодателям", "Читателям", "Схема проезда",
                     "Как с нами связаться", "Стань автором"]
        let headline = "Лаборатория открылась в областной больнице"
        let above = ["Воронеж", "Общество", "Саша ПЯТНИЦКАЯ", "(5 Января 2012, 23:32)", headline, "Она рассчитана на десять мест"]
        let below = ["Воронеж", "Общество", headline, "Она рассчитана на десять мест", "Читаю", "0", "Ирина ЗРАЖЕВСКАЯ — 17.01.2012 15:44"]
        for head in [above, below] {
            #expect(TextDumpExtractor().extract((head + text + frame + footer).joined(separator: "\n")).paragraphs == text)
        }
    }

    /// A sentence printed under every comment (the comment form's) is a template's: the comments it
    /// lengthens do not outweigh the article.
    @Test func aSentencePrintedUnderEveryCommentIsATemplate() {
        let text = (1...3).map { "Это \($0)-е длинное предложение статьи о новой лаборатории областной больницы в городе." }
        let form = "В любом случае вы получаете не только оригинальное имя, но и становитесь пользователем нашей социальной сети, что позволит вам комментировать любые заметки на сайте с минимальными задержками."
        let comments = (1...8).flatMap { ["Как поменять статус и перестать быть гостем?", "Есть два способа:", form,
                                          "Совершенно не согласен с автором, всё было не так (\($0)).", "Ответить"] }
        let frame = ["Вернуться на главную", "Загрузка...", "Новости СМИ", "Рекламодателям", "Читателям", "Схема проезда",
                     "Как с нами связаться", "Стань автором", "Комментарии 45", "Оставить комментарий"]
        let dump = (["Воронеж", "Лаборатория открылась в областной больнице"] + text + frame + comments).joined(separator: "\n")
        #expect(TextDumpExtractor().extract(dump).paragraphs == text)
    }

    /// A ticker above the trail is no text: the run opens with the trail and goes on with the headline.
    @Test func aTickerAboveTheTrailOpensNoText() {
        let text = (1...4).map { "Это \($0)-е длинное предложение статьи о новой лаборатории областной больницы в городе." }
        // The ticker and the trail score as prose, so the run of text opens with them.
        let ticker = "все главные новости » все главные новости » все главные новости »"
        let trail = "Информационное агентство Север » Новости » Медицина » Лаборатория областной больницы открылась…"
        let article = TextDumpExtractor().extract(([ticker, trail, "Откроется ли лаборатория областной больницы в городе?"] + text)
            .joined(separator: "\n"))
        #expect(article.breadcrumbs == ["Информационное агентство Север", "Новости", "Медицина", "Лаборатория областной больницы открылась…"])
        #expect(article.paragraphs == text)
    }

    /// A run of text that opens with the trail (a trail and a question for a headline score as prose)
    /// goes on with the headline, and the text follows them.
    @Test func aRunOpeningWithTheTrail() {
        let text = (1...6).map { "Это \($0)-е длинное предложение статьи о новой лаборатории областной больницы в городе." }
        let trail = "Информационное агентство Север » Новости » Медицина » Лаборатория областной больницы открылась…"
        let dump = (["Агентство", "реклама", trail, "Откроется ли лаборатория областной больницы в городе?"] + text).joined(separator: "\n")
        let article = TextDumpExtractor().extract(dump)
        #expect(article.breadcrumbs == ["Информационное агентство Север", "Новости", "Медицина", "Лаборатория областной больницы открылась…"])
        #expect(article.title == "Откроется ли лаборатория областной больницы в городе?")
        #expect(article.paragraphs.first?.hasPrefix("Это 1-е") == true)
    }

    /// A signature just after the text, outside it, names the author.
    @Test func aSignatureBelowTheTextNamesTheAuthor() {
        let text = (1...8).map { "Это \($0)-е длинное предложение статьи о городском театре и его новом сезоне в городе." }
        let dump = (["Театр открыл новый сезон в городе"] + text + ["Татьяна Кожихова © «Вечерние Ведомости»", "Главная", "Контакты"])
            .joined(separator: "\n")
        let article = TextDumpExtractor().extract(dump)
        #expect(article.paragraphs == text)
        #expect(article.authors == ["Татьяна Кожихова"])
    }

    /// A bare name on the line after the text signs it, though the text's block ends before it.
    @Test func aBareNameAfterTheTextSignsIt() {
        let text = (1...8).map { "Это \($0)-е длинное предложение статьи о городском театре и его новом сезоне в городе." }
        let dump = (["Театр открыл новый сезон в городе"] + text + ["Севда Шахмедова, Л.А.", "Страницы:", "Просмотрено: 114"])
            .joined(separator: "\n")
        let article = TextDumpExtractor().extract(dump)
        #expect(article.authors == ["Севда Шахмедова"])
    }

    /// A news agency's dateline opens the article, however long the site's own text elsewhere.
    @Test func anAgencyDatelineOpensTheArticle() {
        let story = ["МИНСК, 4 янв — РИА Новости, Алексей Букчин. Приговоренный к казни ознакомится с протоколом заседания суда, сообщил адвокат."]
            + (1...2).map { "Адвокат рассказал, что его подзащитный получит материалы дела в ближайшие дни, и подаст жалобу (\($0))." }
        let footer = (1...30).map { "Сетевое издание зарегистрировано в федеральной службе по надзору, все права на материалы защищены законом (\($0))." }
        let dump = (["Приговоренный к казни ознакомится с протоколом | РИА Новости", "Главная", "Новости"] + story
            + ["Другие новости", "Вход", "О нас", "Реклама", "Контакты", "Вакансии", "Архив", "Погода", "Курсы валют", "Спорт"]
            + footer).joined(separator: "\n")
        let article = TextDumpExtractor().extract(dump)
        #expect(article.paragraphs == story)
        #expect(article.authors.contains("Алексей Букчин"))
    }

    /// The site's clock in the page's header, a list of other news with their dates, a sentence with a
    /// date of its story: the dump's date is the dateline beside the headline, whatever comes first.
    @Test func theDatelineBesideTheHeadlineWinsOverTheHeaderClockAndLists() {
        let text = (1...3).map { "Вагон состава с углем сошел с рельсов на перегоне в Амурской области, сообщили в \($0)-й раз в управлении дороги." }
        let list = (1...6).flatMap { ["0\($0):15 Курс доллара вырос на бирже", "0\($0).01.2012 0\($0):15"] }
        let dump = (["В Амурской области сошел с рельсов вагон | Новый Регион", "Ср., 10.04.2013 10:29 (Мск)", "Главная", "Новости", "Политика", "Экономика",
                     "В Амурской области сошел с рельсов вагон 06.01.12 08:49"] + text
            + ["Он напомнил, что похожая авария случилась 25 января 2011 года на той же дороге у станции."]
            + ["Другие новости"] + list).joined(separator: "\n")
        #expect(TextDumpExtractor().extract(dump).published == "2012-01-06T08:49")
    }

    /// The fetch bounds a dump's date as it bounds a page's, and dates a relative dateline.
    @Test func aDumpsDateIsNeverLaterThanItsFetch() {
        let text = (1...3).map { "Вагон состава с углем сошел с рельсов на перегоне в Амурской области, сообщили в \($0)-й раз в управлении дороги." }
        let later = (["В Амурской области сошел с рельсов вагон", "Сегодня, 08:49"] + text + ["Обсуждение", "12.01.2012 10:00"]).joined(separator: "\n")
        let article = TextDumpExtractor().extract(later, fetched: "2012-01-06")
        #expect(article.published == "2012-01-06T08:49")
    }

    @Test func emptyAndBlankDumpsGiveAnEmptyArticle() {
        #expect(TextDumpExtractor().extract("").paragraphs.isEmpty)
        #expect(TextDumpExtractor().extract("\n \n\t\n").title == nil)
    }
}
