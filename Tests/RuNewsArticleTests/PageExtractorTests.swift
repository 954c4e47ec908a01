import Foundation
import Testing
import RuNewsHTML
@testable import RuNewsArticle

@Suite struct PageExtractorTests {
    static let page = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8">
        <title>Учёные создали жвачку | Новости науки</title>
        <meta property="og:title" content="Учёные создали жвачку">
        <meta property="article:published_time" content="2011-11-27T04:09:00+04:00">
        <meta name="author" content="Иван Петров">
        <script>var x = "<p>не текст</p>";</script>
        </head><body>
        <nav class="menu"><a href="/">Главная</a> <a href="/news">Новости</a> <a href="/sport">Спорт</a></nav>
        <div class="breadcrumbs"><a href="/">Главная</a> » <a href="/science">Наука</a> » <a href="/science/1">Медицина</a></div>
        <div class="article-text">
        <h1>Учёные создали жвачку</h1>
        <p>Учёные из Сиракузского университета создали жевательную резинку, которая снижает аппетит, сообщают исследователи.</p>
        <p>Жевательная резинка действует за счёт гормона, из-за дефицита которого люди переедают, говорится в статье.</p>
        <p>Испытания на добровольцах покажут, насколько действенна новинка, добавили авторы работы.</p>
        </div>
        <div class="related"><p><a href="/1">Читайте также: другая новость о науке и медицине здесь</a></p></div>
        <footer>© 2011 Все права защищены</footer>
        </body></html>
        """

    @Test func extractsTheArticleAndItsMetadata() {
        let (article, encoding) = PageExtractor().extract(Array(Self.page.utf8))
        #expect(encoding == "utf-8")
        #expect(article.title == "Учёные создали жвачку")
        #expect(article.published == "2011-11-27T04:09+04:00")
        #expect(article.authors == ["Иван Петров"])
        #expect(article.breadcrumbs == ["Главная", "Наука", "Медицина"])
        #expect(article.paragraphs.count == 3)
        #expect(article.paragraphs.first?.hasPrefix("Учёные из Сиракузского") == true)
        #expect(!article.text.contains("не текст"))
        #expect(!article.text.contains("Читайте также"))
    }

    /// The class names and accessible labels content systems give a trail mark it as one, however
    /// its links are laid out: DataLife Engine's "speedbar", Joomla's "pathway", "crumbs", a `nav` labelled
    /// "Хлебные крошки", schema.org's `BreadcrumbList` in microdata or RDFa.
    @Test func theMarksOfContentSystemsMakeATrail() {
        let links = #"<a href="/">Новости</a> <a href="/region/">Регион</a>"#
        for marked in [#"<div class="speedbar">\#(links)</div>"#, #"<div class="nav-crumbs">\#(links)</div>"#,
                       #"<nav aria-label="Хлебные крошки">\#(links)</nav>"#, #"<nav aria-label="Breadcrumb">\#(links)</nav>"#,
                       #"<ol itemscope itemtype="https://schema.org/BreadcrumbList">\#(links)</ol>"#,
                       #"<ol vocab="https://schema.org/" typeof="BreadcrumbList">\#(links)</ol>"#,
                       #"<span class="pathway">\#(links)</span>"#] {
            let page = Self.page.replacingOccurrences(of: #"<div class="breadcrumbs"><a href="/">Главная</a> » <a href="/science">Наука</a> » <a href="/science/1">Медицина</a></div>"#, with: marked)
            #expect(PageExtractor().extract(Array(page.utf8)).article.breadcrumbs == ["Новости", "Регион"], "\(marked)")
        }
        // Unmarked, links run together are a trail only where their addresses go down.
        let unmarked = Self.page.replacingOccurrences(of: #"class="breadcrumbs""#, with: #"class="links""#)
            .replacingOccurrences(of: " » ", with: " ")
        #expect(PageExtractor().extract(Array(unmarked.utf8)).article.breadcrumbs == ["Главная", "Наука", "Медицина"])
        let menu = unmarked.replacingOccurrences(of: "/science/1", with: "/health")
        #expect(PageExtractor().extract(Array(menu.utf8)).article.breadcrumbs == nil)
    }

    /// A run of links no class marks and whose addresses do not nest is a trail when the page's JSON-LD
    /// declares each of its links a level of its `BreadcrumbList`; a declaration that vouches for part of
    /// the run, or a declaration with no such run shown, makes none.
    @Test func aDeclaredTrailVouchesForTheLinksShown() {
        func trail(shown: String, declared: [(name: String, id: String)]) -> [String]? {
            let items = declared.enumerated().map { index, item in
                #"{"@type": "ListItem", "position": \#(index + 1), "item": {"@id": "\#(item.id)", "name": "\#(item.name)"}}"#
            }
            let script = #"<script type="application/ld+json">{"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [\#(items.joined(separator: ", "))]}</script>"#
            let page = Self.page.replacingOccurrences(of: #"<div class="breadcrumbs"><a href="/">Главная</a> » <a href="/science">Наука</a> » <a href="/science/1">Медицина</a></div>"#, with: shown)
                .replacingOccurrences(of: "</body>", with: script + "</body>")
            return PageExtractor().extract(Array(page.utf8)).article.breadcrumbs
        }
        // A line between it and the headline: right above it, the run would be a trail by its place.
        let shown = #"<div class="x7f3a"><a href="/rubric-science">Наука</a> › <a href="/rubric-medicine">Медицина</a></div><p>28 ноября 2011</p>"#
        let levels = [("Главная", "https://example.ru/"), ("Наука", "https://example.ru/rubric-science"), ("Медицина", "https://example.ru/rubric-medicine")]
        #expect(trail(shown: shown, declared: []) == nil, "two links that do not nest, not from the root")
        #expect(trail(shown: shown, declared: levels) == ["Наука", "Медицина"])
        #expect(trail(shown: shown, declared: [("Главная", "https://example.ru/"), ("Медицина", "https://example.ru/rubric-medicine")]) == nil,
                "a news list's rubric path, its deepest level the article's")
        #expect(trail(shown: "", declared: levels) == nil, "declared, not shown")
        #expect(trail(shown: shown, declared: [levels[0], levels[2], levels[1]]) == nil, "declared in another order")
        #expect(trail(shown: shown, declared: levels.map { ($0.0, "") }) == ["Наука", "Медицина"], "by names alone")
    }

    /// Of two unmarked trails, the path from the site's front page wins over a section and its part
    /// that a heading links before it.
    @Test func theTrailFromTheFrontPageWins() {
        let page = Self.page.replacingOccurrences(of: #"class="breadcrumbs""#, with: #"class="links""#)
            .replacingOccurrences(of: "<body>", with: #"<body><h2><a href="/region/">Регион</a> / <a href="/region/crime/">Происшествия</a></h2>"#)
        #expect(page.contains("Происшествия</a></h2>"))
        #expect(PageExtractor().extract(Array(page.utf8)).article.breadcrumbs == ["Главная", "Наука", "Медицина"])
    }

    /// A `<title>` that only names the site agrees with no heading: the heading before the text that the
    /// article's opening agrees with is the headline; one the opening does not agree with is not.
    @Test func aHeadingTheOpeningAgreesWithWinsOverASiteNameTitle() {
        func page(_ heading: String) -> String {
            """
            <html><head><title>Вечерние вести Камчатки</title></head><body>
            <div class="menu"><a href="/">Главная</a> <a href="/news">Новости</a></div>
            <a class="news_subj" href="?id=1">\(heading)</a>
            <div class="text"><p>На Камчатке за неделю зарегистрировали двадцать новых носителей ВИЧ-инфекции, сообщили в краевом центре профилактики.</p>
            <p>Всего с начала года носителями инфекции признаны более трехсот жителей края, добавили специалисты центра.</p></div>
            </body></html>
            """
        }
        #expect(PageExtractor().extract(Array(page("20 новых носителей ВИЧ-инфекции зарегистрировали на Камчатке").utf8)).article.title
            == "20 новых носителей ВИЧ-инфекции зарегистрировали на Камчатке")
        #expect(PageExtractor().extract(Array(page("Погода в выходные будет солнечной и тёплой").utf8)).article.title
            == "Вечерние вести Камчатки")
    }

    /// Where no title names it, the heading the page's description opens with is the headline; a
    /// description that is all one heading is the lead printed under the headline.
    @Test func theHeadingTheDescriptionOpensWithIsTheHeadline() {
        func title(description: String) -> String? {
            let page = """
                <html><head><meta name="description" content="\(description)"></head><body>
                <div><a href="/">Главная</a> | <a href="/health/">Здоровье</a></div>
                <h2>Найдено мощное средство для профилактики ВИЧ</h2>
                <h3>Вещество разрушает оболочку вируса за несколько минут</h3>
                <div><p>Ученым из Техасского университета удалось обнаружить соединение, способное разрушать вирус.</p>
                <p>Исследователи рассчитывают, что гель на его основе поступит в продажу через несколько лет.</p></div>
                </body></html>
                """
            return PageExtractor().extract(Array(page.utf8)).article.title
        }
        #expect(title(description: "Найдено мощное средство для профилактики ВИЧ. Ученым из Техасского университета удалось …")
            == "Найдено мощное средство для профилактики ВИЧ")
        #expect(PageMetadata.description("Найдено мощное средство\n  для профилактики ВИЧ. Ученым из Техаса удалось", opensWith: "Найдено мощное средство для профилактики ВИЧ"))
        #expect(!PageMetadata.description("Найдено мощное средство для профилактики ВИЧ.", opensWith: "Найдено мощное средство для профилактики ВИЧ"),
                "the whole description: a lead")
        #expect(!PageMetadata.description("Найдено мощное средство для профилактики ВИЧ — 1 2", opensWith: "Найдено мощное средство для профилактики ВИЧ"),
                "what follows has no three words")
    }

    /// A page that names no headline anywhere (no title, no description, no `<h1>`) has the nearest heading
    /// above its text as its headline.
    @Test func anUntitledPagesHeadlineIsTheHeadingAboveItsText() {
        let page = """
            <html><head></head><body><div><a href="/">Главная</a> | <a href="/health/">Здоровье</a></div>
            <h2>Виноград помогает избежать слепоты</h2><p>17 января 2012</p>
            <div><p>Регулярное употребление винограда защищает сетчатку глаза от возрастных изменений, выяснили ученые.</p>
            <p>Исследователи кормили подопытных мышей виноградом в течение нескольких месяцев, говорится в статье.</p></div>
            </body></html>
            """
        #expect(PageExtractor().extract(Array(page.utf8)).article.title == "Виноград помогает избежать слепоты")
    }

    /// A bare name in a block of its own right after the text, outside its container, is its signature
    /// whatever its class says; a byline a few blocks further down is the next teaser's.
    @Test func aNameRightAfterTheTextSignsIt() {
        func authors(after text: String) -> [String] {
            let page = """
                <html><head><title>Учителей физкультуры проверят</title></head><body>
                <h1>Учителей физкультуры проверят</h1>
                <div class="a1b2"><p>В школах города начались проверки уроков физкультуры, сообщили в управлении образования.</p>
                \((1...6).map { "<p>Проверяющие оценят активность на уроке и технику выполнения упражнений, добавили там (\($0)).</p>" }.joined())</div>
                \(text)
                </body></html>
                """
            return PageExtractor().extract(Array(page.utf8)).article.authors
        }
        #expect(authors(after: #"<div class="c3d4">Елизавета Банникова</div>"#) == ["Елизавета Банникова"])
        #expect(authors(after: #"<h3><a href="/2">Тандем ответил на протесты</a></h3><p>Дмитрий ЧЕРНЫШОВ | 8 декабря 2011</p>"#).isEmpty)
    }

    /// A block that prints a part of the title and nothing else is a heading whatever its class says
    /// (hashed names say nothing): the headline, not the site's name the title opens with; a subtitle
    /// inside the `<h1>` that is a part of the title too is no heading of its own.
    @Test func aBlockPrintingAPartOfTheTitleIsAHeading() {
        func title(_ heading: String) -> String? {
            let page = """
                <html><head><title>Независимое бюро новостей | В Днепропетровске сделали операцию столетней женщине</title></head><body>
                <div class="q1w2e3"><a href="/">Новости</a> <a href="/health/">Здоровье</a></div>
                \(heading)
                <div class="r4t5y6"><p>Днепропетровские хирурги прооперировали женщину, которой исполнилось сто лет, сообщают в больнице.</p>
                <p>Пациентка сломала бедро при падении дома, врачи установили ей протез тазобедренного сустава.</p></div>
                <div class="u7i8o9">© 2012 Независимое бюро новостей</div>
                </body></html>
                """
            return PageExtractor().extract(Array(page.utf8)).article.title
        }
        #expect(title(#"<div class="z0x9c8">В Днепропетровске сделали операцию столетней женщине</div>"#)
            == "В Днепропетровске сделали операцию столетней женщине")
        #expect(title("") == "Независимое бюро новостей", "nothing printed: the title's first part, as before")
        #expect(title(#"<h1>Столетней женщине заменили сустав<br><small>В Днепропетровске сделали операцию столетней женщине</small></h1>"#)
            == "Столетней женщине заменили сустав В Днепропетровске сделали операцию столетней женщине")
    }

    /// A heading that is all a link to the site's front page is the site's name (which a `<title>` of the
    /// site's name agrees with), not the headline; of two nested headings, the one without the extras.
    @Test func theSitesNameLinkingHomeIsNoHeadline() {
        let page = """
            <html><head><title>Вечерние новости</title></head><body>
            <div id="header"><div class="header-title"><a href="/">Вечерние новости</a></div><div class="header-text"></div></div>
            <div class="entryhead"><div class="entrytitle"><a href="/?p=1"><b>В куриных субпродуктах в Киеве обнаружили сальмонеллу</b></a></div>
            <div class="entrytime">Категория: Экономика | 16 января 2012</div></div>
            <div class="entrybody"><p>Ветеринарная служба обнаружила возбудитель сальмонеллеза в субпродуктах птицы, сообщил глава службы.</p>
            <p>Эти субпродукты заморожены и в продажу не попали, отметил он, и проверка причин уже идёт на предприятии.</p></div>
            </body></html>
            """
        #expect(PageExtractor().extract(Array(page.utf8)).article.title == "В куриных субпродуктах в Киеве обнаружили сальмонеллу")
    }

    /// The credit of a source is no paragraph of the text.
    @Test func aSourcesCreditIsNoParagraph() {
        let page = Self.page.replacingOccurrences(of: "добавили авторы работы.</p>", with: "добавили авторы работы.</p><p>По материалам: tsn.ua; Фото: cxid.info</p>")
        let article = PageExtractor().extract(Array(page.utf8)).article
        #expect(article.paragraphs.count == 3)
        #expect(!article.text.contains("По материалам"))
    }

    /// A short article right below its headline is the text, not a longer notice that stands far below it.
    @Test func theTextNearTheHeadlineOutweighsALongerBlockFarBelow() {
        let article = """
            <p>Вагон поезда с углем сошел с рельсов в Амурской области, сообщили в пресс-службе МЧС.</p>
            <p>Через час колесная пара была установлена на путь, и состав продолжил движение.</p>
            """
        let feed = (1...200).map { "<p><a href=\"/\($0)\">Новость номер \($0) из ленты, которую читают все</a></p>" }.joined()
        let notice = (1...2).map { _ in
            "<p>Материалы, опубликованные на сайте, охраняются законом, перепечатка, в том числе частичная, разрешена только со ссылкой, с письменного согласия редакции, в порядке, установленном договором.</p>"
        }.joined()
        let page = """
            <html><head><title>Вагон сошел с рельсов</title></head><body>
            <div class="main"><h1>Вагон сошел с рельсов</h1><div class="story">\(article)</div></div>
            <div class="feed">\(feed)</div><div class="bottom"><div class="legal">\(notice)</div></div></body></html>
            """
        let (extracted, _) = PageExtractor().extract(Array(page.utf8))
        #expect(extracted.paragraphs.first?.hasPrefix("Вагон поезда с углем") == true)
        #expect(!extracted.text.contains("охраняются законом"))
    }

    /// With class names that say nothing (hashed, as CSS modules write them), the article is the text
    /// that repeats its headline's words, not a longer block of rules for comments just below it.
    @Test func theTextRepeatingTheHeadlinesWordsOutweighsALongerBlockBesideIt() {
        let article = """
            <p>В областной больнице впервые прооперировали столетнюю пациентку, сообщили медики.</p>
            <p>Пожилой женщине, которая получила травму при падении, установили протез сустава.</p>
            <p>Сейчас она чувствует себя хорошо и проходит курс гимнастики, сказал её лечащий врач.</p>
            <p>До сих пор рекордный возраст пациентов таких операций в стране не превышал 96 лет.</p>
            """
        let rules = (1...3).map {
            "<p>Правило \($0): сообщение не должно содержать оскорблений, ссылок, рекламы, призывов, угроз, нецензурных слов, повторов, а его автор, зарегистрированный на сайте, отвечает за него сам.</p>"
        }.joined()
        let page = """
            <html><head><title>Медики прооперировали столетнюю пациентку</title></head><body>
            <div class="x1a2b"><h1>Медики прооперировали столетнюю пациентку</h1><div class="x3c4d">\(article)</div></div>
            <div class="x7a8b"><div class="x5e6f">\(rules)</div></div></body></html>
            """
        let (extracted, _) = PageExtractor().extract(Array(page.utf8))
        #expect(extracted.paragraphs.first?.hasPrefix("В областной больнице") == true)
        #expect(!extracted.text.contains("Правило"))
    }

    /// A page that marks its headline by nothing its markup names (no heading, classes that say nothing)
    /// and whose title names only the site: the line above the text that the text's opening shares
    /// words with, not the dateline under it that shares a year and a month.
    @Test func anUnmarkedHeadlineIsTheLineTheOpeningAgreesWith() {
        let page = """
            <html><head><title>Вечерние новости</title></head><body>
            <div class="x1"><div class="x2">В куриных субпродуктах в Киеве обнаружили сальмонеллу</div>
            <div class="x3">Категория: Экономика | 16 января 2012 15:59</div>
            <div class="x4"><p>Ветеринарная служба 16 января 2012 года обнаружила сальмонеллу в куриных субпродуктах, которые продавали в Киеве, сообщили в службе.</p>
            <p>Партию изъяли из продажи, а поставщика проверят, добавили в ведомстве, и о результатах сообщат позже.</p></div></div>
            </body></html>
            """
        let (article, _) = PageExtractor().extract(Array(page.utf8))
        #expect(article.title == "В куриных субпродуктах в Киеве обнаружили сальмонеллу")
        #expect(article.published == "2012-01-16T15:59")
    }

    /// A page without a title whose `<h1>` names its section and whose text opens with the story's
    /// `<h2>`: the heading the text opens with is one to choose, and the opening after it agrees with it.
    @Test func withoutATitleTheHeadingTheTextOpensWithIsTheHeadline() {
        let page = """
            <html><head></head><body>
            <h1><a href="/medicine">Медицина и здоровье</a></h1><div class="date">27.11.2011 04:09</div>
            <div class="news"><h2>Учёные создали снижающую аппетит жвачку</h2>
            <p>Учёные из Сиракузского университета создали жевательную резинку, которая снижает аппетит, сообщают исследователи.</p>
            <p>Жевательная резинка действует за счёт гормона, из-за дефицита которого люди переедают, говорится в статье.</p></div>
            </body></html>
            """
        let (article, _) = PageExtractor().extract(Array(page.utf8))
        #expect(article.title == "Учёные создали снижающую аппетит жвачку")
        #expect(article.paragraphs.first?.hasPrefix("Учёные из Сиракузского") == true)
    }

    /// A news feed beside the article, whose every item is a linked headline with its lead, is not the
    /// article's text, though its leads hold no link.
    @Test func aListOfLinkedHeadlinesWithLeadsIsNoText() {
        let feed = (1...6).map { number in
            "<dt><a href=\"/\(number)\">Новость \(number)</a></dt><dd>Короткий пересказ новости номер \(number), с запятыми, подробностями, цифрами.</dd>"
        }.joined()
        let page = """
            <html><head><title>Вагон сошел с рельсов</title></head><body><table><tr><td>
            <h1>Вагон сошел с рельсов</h1>
            <div><p>Вагон поезда с углем сошел с рельсов в Амурской области, сообщили в пресс-службе МЧС.</p>
            <p>Через час колесная пара была установлена на путь, и состав продолжил движение.</p></div>
            <dl>\(feed)</dl></td></tr></table></body></html>
            """
        let (extracted, _) = PageExtractor().extract(Array(page.utf8))
        #expect(extracted.paragraphs.first?.hasPrefix("Вагон поезда с углем") == true)
        #expect(!extracted.text.contains("Короткий пересказ"))
    }

    /// A lead printed between the headline and the article's box joins the text; a comment counter
    /// inside a paragraph says nothing of it; a comment form inside the article's markup is the frame.
    @Test func theLeadAboveTheTextJoinsItAndTheCommentsStayOut() {
        let paragraphs = (1...4).map {
            "<p><a class=\"comments_count\" href=\"#c\">0</a>Строители открыли новый мост через реку в городе, сообщили в мэрии, и это \($0)-я новость.</p>"
        }.joined()
        let rules = (1...3).map { "<p>Правило \($0): не пишите оскорблений, не публикуйте рекламу, уважайте, пожалуйста, других собеседников.</p>" }.joined()
        // The site's menu: text enough that the form is a small part of the page, as comment forms are.
        let menu = (1...40).map { "<a href=\"/\($0)\">Раздел сайта номер \($0)</a>" }.joined(separator: " ")
        let page = """
            <html><head><title>Мост открыли</title></head><body><nav>\(menu)</nav>
            <h1>Мост открыли</h1><div class="intro">Власти города открыли движение по новому мосту через реку после трёх лет строительства.</div>
            <div class="text">\(paragraphs)</div><div class="article-comment-form">\(rules)</div></body></html>
            """
        let (extracted, _) = PageExtractor().extract(Array(page.utf8))
        #expect(extracted.paragraphs.first?.hasPrefix("Власти города открыли") == true)
        #expect(extracted.lead == extracted.paragraphs.first, "the standfirst")
        #expect(extracted.paragraphs.dropFirst().first?.hasPrefix("Строители") == true)
        #expect(!extracted.text.contains("Правило"))
    }

    /// A standfirst whose words the text uses again, as a text about the same things does, still opens
    /// it; one the first paragraph prints again is there already, and is not printed twice.
    @Test func aStandfirstJoinsTheTextUnlessTheTextRepeatsIt() {
        let lead = "Власти города открыли движение по новому мосту через реку после трёх лет строительства."
        let body = ["Движение по мосту через реку власти города открыли в пятницу: строительство нового моста заняло три года.",
                    "Мост строили три года, на него потратили, по словам чиновников, больше миллиарда рублей."]
        func page(_ paragraphs: [String]) -> String {
            """
            <html><head><title>Мост открыли</title></head><body><h1>Мост открыли</h1><div class="intro">\(lead)</div>
            <div class="text">\(paragraphs.map { "<p>\($0)</p>" }.joined())</div></body></html>
            """
        }
        let (reworded, _) = PageExtractor().extract(Array(page(body).utf8))
        #expect(reworded.paragraphs == [lead] + body)
        let repeated = ["МОСКВА, 5 янв. \(lead) Об этом сообщили в мэрии."] + body.dropFirst()
        let (printedTwice, _) = PageExtractor().extract(Array(page(repeated).utf8))
        #expect(printedTwice.paragraphs == repeated)
    }

    /// Short lines that close the text and are no sentences (a removed list's label, a counter) are the
    /// page's; a bare name signing the text stays with it; a photo's credit is no paragraph.
    @Test func theTextsTailOfLabelsAndPhotoCreditsGoAndItsSignatureStays() {
        let body = ["Строители открыли новый мост через реку в городе, сообщили в мэрии, и движение уже пошло.",
                    "Мост строили три года, на него потратили, по словам чиновников, больше миллиарда рублей."]
        func page(_ tail: String) -> String {
            """
            <html><head><title>Мост открыли</title></head><body><h1>Мост открыли</h1>
            <div class="text">\(body.map { "<p>\($0)</p>" }.joined())\(tail)</div></body></html>
            """
        }
        let (labelled, _) = PageExtractor().extract(Array(page("<h3>Статьи по теме:</h3><p>Просмотров: 2639</p>").utf8))
        #expect(labelled.paragraphs == body)
        let (signed, _) = PageExtractor().extract(Array(page("<p>Иван Петрович Сидоров</p>").utf8))
        #expect(signed.paragraphs == body + ["Иван Петрович Сидоров"])
        #expect(signed.authors == ["Иван Петрович Сидоров"])
        let credited = page("").replacingOccurrences(of: "</p><p>", with: "</p><p>Фото: ИТАР-ТАСС, Игорь Иванов</p><p>")
        #expect(PageExtractor().extract(Array(credited.utf8)).0.paragraphs == body)
    }

    /// A box of teasers inside the article's markup (siblings of one class, each a linked headline with
    /// its blurb) is no part of the text; a notice of rights with © scores nothing, however long.
    @Test func teasersAndARightsNoticeAreNoText() {
        let teasers = (1...5).map {
            "<div class=\"news-item\"><a href=\"/\($0)\">Другая новость номер \($0)</a> <span>05.01.2012</span> <p>Короткий пересказ, с запятыми, о другом событии дня.</p></div>"
        }.joined()
        let notice = "<p>© Агентство, 2012. " + String(repeating: "Материалы сайта охраняются законом, их перепечатка и цитирование без согласия правообладателя запрещены, ", count: 6) + "</p>"
        let page = """
            <html><head><title>Мост открыли</title></head><body><article>
            <h1>Мост открыли</h1>
            <p>Строители открыли новый мост через реку в городе, сообщили в мэрии, и движение уже пошло.</p>
            <p>Мост строили три года, на него потратили, по словам чиновников, больше миллиарда рублей.</p>
            <div class="box">\(teasers)</div></article><div class="legal">\(notice)</div></body></html>
            """
        let (extracted, _) = PageExtractor().extract(Array(page.utf8))
        #expect(extracted.paragraphs.count == 2)
        #expect(!extracted.text.contains("пересказ") && !extracted.text.contains("охраняются"))
    }

    /// Without classes, a box of teasers is told by its items, most siblings of one tag each opening with
    /// another page's linked headline; an article's paragraphs that open with a link now and then stay.
    @Test func unclassedTeasersAreNoText() {
        let teasers = (1...4).map {
            "<div><a href=\"/news/\($0).html\">Другая новость номер \($0) о городе</a><p>Короткий пересказ другой новости, с запятыми, о событии дня номер \($0).</p></div>"
        }.joined()
        let story = (1...4).map { "<p>Строители открыли новый мост через реку в городе, сообщили в мэрии, и движение пошло (\($0)).</p>" }
        func page(_ text: [String]) -> String {
            "<html><head><title>Мост открыли</title></head><body><h1>Мост открыли</h1><div>\(text.joined())</div><div><div>Читайте также</div>\(teasers)</div></body></html>"
        }
        let extracted = PageExtractor().extract(Array(page(story).utf8)).article
        #expect(extracted.paragraphs.count == 4)
        #expect(!extracted.text.contains("пересказ"))
        let cited = story.enumerated().map { $0 == 1 ? $1 : $1.replacingOccurrences(of: "<p>Строители", with: #"<p><a href="/builders">Строители</a>"#) }
        #expect(PageExtractor().extract(Array(page(cited).utf8)).article.paragraphs.count == 4, "three of four paragraphs open with a link")
    }

    /// Siblings each dated on their own are comments or a feed, not the text, whatever their length; a
    /// row far longer than its dated siblings is the article among them (a table's story above its feed).
    @Test func datedSiblingsAreNoText() {
        let story = (1...4).map { "<p>Строители открыли новый мост через реку в городе, сообщили в мэрии, и движение пошло (\($0)).</p>" }.joined()
        let comments = (1...4).map {
            "<div><b>Читатель \($0)</b> <span>0\($0).12.2011 10:0\($0)</span><p>Совершенно согласен, давно пора было построить такой мост через реку, говорю вам как житель района номер \($0).</p></div>"
        }.joined()
        let page = "<html><head><title>Мост открыли</title></head><body><h1>Мост открыли</h1><div><div>\(story)</div><div><div>Комментарии (4)</div>\(comments)</div></div></body></html>"
        let article = PageExtractor().extract(Array(page.utf8)).article
        #expect(article.paragraphs.count == 4)
        #expect(!article.text.contains("согласен"))
        let rows = (1...5).map { "<tr><td>Tue, 17 Jan 2012 1\($0):00:00</td><td><a href=\"/n\($0)\">Другая новость номер \($0) о городе</a></td></tr>" }.joined()
        let table = "<html><head><title>Мост открыли</title></head><body><table><tr><td>Mon, 16 Jan 2012 23:53:30</td><td><h1>Мост открыли</h1>\(story)</td></tr>\(rows)</table></body></html>"
        #expect(PageExtractor().extract(Array(table.utf8)).article.paragraphs.count == 4)
        let chronology = "<ul>" + (1...5).map { "<li><b>\($0) января 2012 года</b> — строители закрыли движение по старому мосту через реку в городе номер \($0).</li>" }.joined() + "</ul>"
        let dated = "<html><head><title>Мост открыли</title></head><body><h1>Мост открыли</h1><div>\(story)\(chronology)</div></body></html>"
        #expect(PageExtractor().extract(Array(dated.utf8)).article.text.contains("3 января 2012 года"), "a chronology is the article's")
    }

    /// A short block that opens with an advertisement's label is the advertisement, whatever it says.
    @Test func aBlockUnderAnAdvertisementsLabelIsNoText() {
        let story = (1...4).map { "<p>Строители открыли новый мост через реку в городе, сообщили в мэрии, и движение пошло (\($0)).</p>" }
        let advertisement = #"<div><a href="http://ads.example/click"><img src="/b.gif"></a><div>Реклама</div><p>Скидки до 50% на все товары для дома и дачи только до конца недели, успейте купить!</p></div>"#
        let page = "<html><head><title>Мост открыли</title></head><body><h1>Мост открыли</h1><div>\(story[0...1].joined())\(advertisement)\(story[2...3].joined())</div></body></html>"
        let article = PageExtractor().extract(Array(page.utf8)).article
        #expect(article.paragraphs.count == 4)
        #expect(!article.text.contains("Скидки"))
    }

    /// Without a declared date, the one a marked element shows beside the article counts, not the
    /// dates of a sidebar's list.
    @Test func aMarkedDateBesideTheArticleIsThePublicationDate() {
        let body = """
            <html><body>
            <div class="sidebar"><ul><li><span class="news-date">01.12.2011</span> <a href="/x">Другая новость</a></li></ul></div>
            <div class="main"><div class="article-text">
            <p>Учёные из Сиракузского университета создали жевательную резинку, которая снижает аппетит, сообщают исследователи.</p>
            <p>Жевательная резинка действует за счёт гормона, из-за дефицита которого люди переедают, говорится в статье.</p>
            </div><div class="pubdate">25 ноября 2011 г.</div></div>
            </body></html>
            """
        #expect(PageExtractor().extract(Array(body.utf8)).article.published == "2011-11-25")
    }

    /// The headline from the headings, `og:title` and `<title>`: an `<h1>` running on into a comment counter
    /// gives way to the Open Graph title it starts with; a title's first part is its headline, the site after it.
    @Test func readsTheHeadlineWithoutWhatSurroundsIt() {
        func headline(_ headings: [HeadingCandidate], openGraph: String? = nil, titleTag: String? = nil) -> String? {
            PageMetadata.headline(headings: headings, openGraph: openGraph, titleTag: titleTag, site: nil)?.text
        }
        #expect(headline([HeadingCandidate("Онищенко покусился на праздникКомментарии: 4")], openGraph: "Онищенко покусился на праздник")
                == "Онищенко покусился на праздник")
        #expect(headline([], titleTag: "СПИД в Забайкалье стал «старше» :: Забайкальское Информационное Агентство :: Новый взгляд")
                == "СПИД в Забайкалье стал «старше»")
        #expect(headline([], titleTag: "Новости | Учёные создали жевательную резинку") == "Учёные создали жевательную резинку")
        // The site's name and section may trail it under two separators.
        #expect(headline([], titleTag: "Исследование: в Европе больше всего полных женщин — Газета.Ru | Новости дня")
                == "Исследование: в Европе больше всего полных женщин")
        #expect(headline([], titleTag: "В ДТП погибли 2, 21 - получили травмы - Новости дня - РосБизнесКонсалтинг")
                == "В ДТП погибли 2, 21 - получили травмы")
        // Keywords left after a bar are no part of it.
        #expect(headline([], titleTag: "Эпидемию гриппа в Омске ожидают в феврале | эпидемия гриппа, Омская область | Город Омск-Times - Мобильная версия")
                == "Эпидемию гриппа в Омске ожидают в феврале")
    }

    /// Of a page's headings the one its titles agree with: not the site's name or section printed first,
    /// in the heading's own capitals, cut where it runs on into a subtitle and a date the title separates.
    @Test func choosesTheHeadingTheTitleAgreesWith() {
        func headline(_ headings: [HeadingCandidate], openGraph: String? = nil, titleTag: String?) -> String? {
            PageMetadata.headline(headings: headings, openGraph: openGraph, titleTag: titleTag, site: nil)?.text
        }
        #expect(headline([HeadingCandidate("IVONA - Секс"), HeadingCandidate("Секс по любви полезен для здоровья", mark: .h2)],
                         titleTag: "Секс по любви полезен для здоровья - Секс - IVONA - bigmir)net") == "Секс по любви полезен для здоровья")
        #expect(headline([HeadingCandidate("Чита: СПИД В ЗАБАЙКАЛЬЕ СТАЛ «СТАРШЕ»", mark: .printed),
                          HeadingCandidate("СПИД В ЗАБАЙКАЛЬЕ СТАЛ «СТАРШЕ»", mark: .printed)],
                         titleTag: "СПИД в Забайкалье стал «старше» :: Забайкальское Информационное Агентство") == "СПИД В ЗАБАЙКАЛЬЕ СТАЛ «СТАРШЕ»")
        #expect(headline([HeadingCandidate("В изоляторе скончался подозреваемый в убийствеВ милиции говорят, что он пытался повеситься 06.01.12 08:49")],
                         titleTag: "NR2.RU::: В изоляторе скончался подозреваемый в убийстве / В милиции говорят, что он пытался повеситься / 06.01.12 / Киев")
                == "В изоляторе скончался подозреваемый в убийстве")
        // A title that words the headline otherwise still agrees with it; the page's own heading is kept.
        #expect(headline([HeadingCandidate("3 метода найти идеального любовника")], titleTag: "Идеальный любовник: 3 метода определить » MEDIKFORUM.RU")
                == "3 метода найти идеального любовника")
        // A title that names only the site holds no headline: the heading is it.
        #expect(headline([HeadingCandidate("В капремонт перинатального центра вложат 210 млн рублей")],
                         titleTag: "Новости - Северо-Западный федеральный округ - interfax-russia.ru") == "В капремонт перинатального центра вложат 210 млн рублей")
        // A heading that agrees only with the site's name the title ends with names the site, not the story.
        #expect(headline([HeadingCandidate("Главное на Украинськой правде", mark: .printed)],
                         titleTag: "После пленок НАБУ: почему судьи до сих пор в системе | Украинская правда")
                == "После пленок НАБУ: почему судьи до сих пор в системе")
        // A heading longer than a title's short form keeps its end.
        #expect(headline([HeadingCandidate("Путин посетил новый завод в Туле")], titleTag: "Путин посетил новый завод | Новости") == "Путин посетил новый завод в Туле")
    }

    @Test func aWindows1251PageWithoutDeclarationIsReadRight() throws {
        let bytes = try #require(Self.page.replacingOccurrences(of: "<meta charset=\"utf-8\">", with: "").data(using: .windowsCP1251))
        let (article, encoding) = PageExtractor().extract([UInt8](bytes))
        #expect(encoding == "windows-1251")
        #expect(article.title == "Учёные создали жвачку")
    }

    /// Bad input gives an article, never a crash or a hang: what it can read, and what it cannot say.
    @Test func survivesBadInput() {
        let extractor = PageExtractor()
        #expect(extractor.extract([]).article.paragraphs.isEmpty)
        // A page cut in the middle keeps its head and the text up to the cut.
        let half = extractor.extract(Array(Self.page.utf8.prefix(Self.page.utf8.count / 2))).article
        #expect(half.title == "Учёные создали жвачку")
        #expect(half.published == "2011-11-27T04:09+04:00")
        // An unknown label is said, and the bytes read by evidence.
        let (labelled, encoding) = extractor.extract(Array("<meta charset=no-such-charset><p>Текст новости о событии в городе.</p>".utf8))
        #expect(encoding == "utf-8")
        #expect(labelled.warnings == ["unknown charset label no-such-charset"])
        #expect(labelled.paragraphs.joined().contains("Текст новости"))
        // Random bytes are no page, but the parser reads them to the end without trouble.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let garbage = (0..<200_000).map { _ -> UInt8 in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        let (noise, _) = extractor.extract(garbage)
        #expect(noise.paragraphs.allSatisfy { !$0.isEmpty })
        #expect(noise.paragraphs.joined().utf8.count <= garbage.count * 3)
    }

    @Test func deepNestingAndHugeTagsStayLinear() {
        let deep = String(repeating: "<div>", count: 100_000) + "<p>Глубоко вложенный текст статьи, длинный и с запятыми, вот.</p>"
            + String(repeating: "</div>", count: 100_000)
        let document = TreeBuilder().parse(Array(deep.utf8))
        #expect(document.nodes.count > 100_000)
        var attributes = "<p"
        for index in 0..<1_000_000 { attributes += " a\(index)=1" }
        attributes += ">Текст</p>"
        var tokenizer = HTMLTokenizer(Array(attributes.utf8))
        guard case .startTag(let tag)? = tokenizer.next() else { Issue.record("no start tag"); return }
        #expect(tag.attributes.count == 1_000_000)
        // Misnested formatting by the thousand: the adoption agency and the reopening of formatting
        // elements stay bounded by the depth cap.
        let misnested = (0..<20_000).map { "<b id=\($0)><div>текст</b>" }.joined() + String(repeating: "<i>", count: 2_000) + "конец"
        let formatted = TreeBuilder().parse(Array(misnested.utf8))
        #expect(formatted.text(of: HTMLDocument.root).hasSuffix("конец"))
    }

    @Test func aPageOfTooManyNodesIsCutWithAWarning() {
        let page = "<p>Начало статьи о городе.</p>" + String(repeating: "<br>", count: TreeBuilder.maximumNodes + 10)
        let (article, _) = PageExtractor().extract(Array(page.utf8))
        #expect(article.warnings.contains { $0.contains("nodes: only its start was read") })
    }

    @Test func aHugePageIsCutWithAWarning() {
        let huge = [UInt8]("<p>".utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: PageExtractor.maximumBytes + 10)
        let (article, _) = PageExtractor().extract(huge)
        #expect(article.warnings.contains { $0.contains("only its start was read") })
    }
}
