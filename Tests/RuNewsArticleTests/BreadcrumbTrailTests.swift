import Testing
import RuNewsHTML
@testable import RuNewsArticle

@Suite struct BreadcrumbTrailTests {
    func trail(_ html: String) -> [String]? {
        let document = TreeBuilder().parse(Array(html.utf8))
        return document.elements().lazy.compactMap { BreadcrumbTrail.trail(of: $0, in: document)?.items }.first
    }

    @Test func linksThatGoDownOneAddressAreATrail() {
        #expect(trail("""
            <td><a href="/">Главная</a> <span>&raquo;</span> <a href="/news/">Новости</a> <span>&raquo;</span>
            <a href="http://example.ru/news/world-news/">Мировые новости медицины</a></td>
            """) == ["Главная", "Новости", "Мировые новости медицины"])
        #expect(trail(#"<div><a href="/">Главная</a> / <b><a href="/internet.shtml">НАУКА И ТЕХНИКА</a></b></div>"#)
            == ["Главная", "НАУКА И ТЕХНИКА"])
    }

    @Test func aLabelSaysItIsATrail() {
        #expect(trail(#"<div>Вы читаете раздел: <a href="/health/">Здоровье</a> &raquo; <a href="/sex/">Секс</a></div>"#)
            == ["Здоровье", "Секс"])
    }

    /// From the site's root, arrows (written or drawn) say it is a path; the page itself may end it unlinked.
    @Test func arrowsFromTheRootAreATrail() {
        #expect(trail(#"<div><span><a href="/">Главная</a></span><img src="/a.gif"><span><a href="/news/">Новости</a></span><img src="/a.gif">Заголовок</div>"#)
            == ["Главная", "Новости", "Заголовок"])
        #expect(trail("""
            <td><a href=/ class=navpath>Главная</a> &nbsp; <img src=/img/arrow.gif> &nbsp; <a href=/storyind.asp>Сюжеты</a>
            &nbsp; <img src=/img/arrow.gif> &nbsp; <a href=/story.asp?id=20>Космос</a> <img src=/img/arrow.gif> Прогноз падения</td>
            """) == ["Главная", "Сюжеты", "Космос", "Прогноз падения"])
        #expect(trail(#"<div><a href="/index.html">Главная</a> &raquo; <a href="/sport.html">Спорт</a></div>"#) == ["Главная", "Спорт"])
        #expect(trail(#"<div><a href="/sport.html">Спорт</a> &raquo; <a href="/news.html">Новости</a></div>"#) == nil)
        #expect(trail(#"<div><a href="/">Главная</a> / <a href="/about.html">О нас</a> / <a href="/contacts.html">Контакты</a></div>"#) == nil)
    }

    /// Three levels or more with every separator pointing one way are a path wherever they start (an
    /// edition's own name first, addresses that do not nest); a menu's "|" or "/" does not point.
    @Test func threeLevelsPointingOneWayAreATrail() {
        #expect(trail(#"<div><a href="/ee/">Новости DELFI</a> &gt; <a href="/today.php">Новости дня</a> &gt; <a href="/estonia.php">Новости Эстонии</a></div>"#)
            == ["Новости DELFI", "Новости дня", "Новости Эстонии"])
        #expect(trail(#"<div><a href="/ee/">Новости</a> / <a href="/today.php">Спорт</a> / <a href="/estonia.php">Погода</a></div>"#) == nil)
        #expect(trail(#"<div><a href="/ee/">Новости</a> <img src="/dot.gif"> <a href="/today.php">Спорт</a> <img src="/dot.gif"> <a href="/estonia.php">Погода</a></div>"#) == nil)
        #expect(trail(#"<div><a href="/ee/">Новости</a> &gt; <a href="/today.php">Спорт</a> / <a href="/estonia.php">Погода</a></div>"#) == nil)
    }

    /// A label may stand just before a list of links; a list says it is a trail by its label alone.
    @Test func aLabelBeforeTheListOpensATrail() {
        #expect(trail(#"<div><strong>Где я:</strong><ul><li><a href="/">Сайт о здоровье</a></li><li><a href="/news/">Новости медицины</a></li></ul></div>"#)
            == ["Сайт о здоровье", "Новости медицины"])
        #expect(trail(#"<ul><li><a href="http://sport.example.ru/">Спорт</a></li><li><a href="/fcp_sport/">Программа развития спорта</a></li></ul>"#) == nil,
                "a menu's list of links, though its addresses go down")
    }

    /// Where the style sheet draws the separators, the addresses tell: an ordered list that goes down or
    /// starts at the front page, or three links run together that go down, are a trail; a menu so laid
    /// out, or two links, are none.
    @Test func separatorsDrawnByTheStyleSheet() {
        #expect(trail(#"<ol><li><a href="/">Главная</a></li><li><a href="/news/">Новости</a></li></ol>"#) == ["Главная", "Новости"])
        #expect(trail(#"<ol><li><a href="/">Главная</a></li><li><a href="/tech/">Техно</a></li><li><a href="/medicine/">Медицина</a></li></ol>"#)
            == ["Главная", "Техно", "Медицина"], "from the front page")
        #expect(trail(#"<ol><li><a href="/news/">Новости</a></li><li><a href="/sport/">Спорт</a></li></ol>"#) == nil)
        #expect(trail(#"<ul><li><a href="/">Главная</a></li><li><a href="/tech/">Техно</a></li></ul>"#) == nil, "a menu")
        #expect(trail(#"<div><a href="/">Главная</a><a href="/news/">Новости</a><a href="/news/world/">Мировые новости</a></div>"#)
            == ["Главная", "Новости", "Мировые новости"])
        #expect(trail(#"<div><a href="/">Главная</a><a href="/news/">Новости</a><a href="/sport/">Спорт</a></div>"#) == nil)
        #expect(trail(#"<div><a href="/expert/">Слащёва А.Н.</a><a href="/expert/ask/">Спросить</a></div>"#) == nil)
    }

    /// A list or run of links no address proves is the trail where its last item is the section the title
    /// names and the headline follows it; far from the headline, or ending elsewhere, it is a menu.
    @Test func aStyledRunEndingWithTheTitlesSectionAboveTheHeadline() {
        func breadcrumbs(title: String = "Лаборатория открылась в больнице - Здоровье - Сайт",
                         items: [String] = ["Новости", "Здоровье"], between: String = "") -> [String]? {
            let list = items.enumerated().map { #"<li><a href="/s\#($0.offset)/">\#($0.element)</a></li>"# }.joined()
            let html = """
                <html><head><title>\(title)</title></head><body><ul>\(list)</ul>\(between)
                <h1>Лаборатория открылась в больнице</h1><p>Лаборатория ДНК-диагностики открылась в областной больнице.</p></body></html>
                """
            return PageMetadata(document: TreeBuilder().parse(Array(html.utf8))).breadcrumbs
        }
        #expect(breadcrumbs() == ["Новости", "Здоровье"])
        #expect(breadcrumbs(between: "<div>06.01.2012</div><span>Просмотров: 20</span>") == ["Новости", "Здоровье"])
        #expect(breadcrumbs(between: String(repeating: "<p>Другая новость дня о городе.</p>", count: 5)) == nil, "far from the headline")
        #expect(breadcrumbs(items: ["Новости", "Спорт"]) == nil, "ending with no section of the title")
        #expect(breadcrumbs(title: "Лаборатория открылась в больнице") == nil, "a title without sections")
    }

    /// Two links run together right above the headline, "Главная" and one section, are the trail; a
    /// logo's link and a section, a row the element calls a menu, links within the page, or three links
    /// whose addresses do not go down, are none.
    @Test func twoLinksFromTheFrontPageAboveTheHeadline() {
        func breadcrumbs(_ links: [(path: String, text: String)], element: String = "div") -> [String]? {
            let run = links.map { #"<a href="\#($0.path)">\#($0.text)</a>"# }.joined()
            let html = """
                <html><head><title>Зевота заражает друзей</title></head><body><\(element)>\(run)</\(element)>
                <h2>Зевота заражает друзей</h2><p>Учёные выяснили, что зевота передаётся от человека к человеку.</p></body></html>
                """
            return PageMetadata(document: TreeBuilder().parse(Array(html.utf8))).breadcrumbs
        }
        #expect(breadcrumbs([("/", "Главная"), ("/internet.shtml", "НАУКА И ТЕХНИКА")]) == ["Главная", "НАУКА И ТЕХНИКА"])
        #expect(breadcrumbs([("/", "Сайт"), ("/tech/", "Техно")]) == nil, "a logo and a section")
        #expect(breadcrumbs([("/", "Главная"), ("/tech/", "Техно")], element: #"div class="top-menu""#) == nil, "a menu")
        #expect(breadcrumbs([("/", "Главная"), ("/tech/", "Техно")], element: "nav") == nil, "a menu")
        #expect(breadcrumbs([("#article", "Главная"), ("#photo", "Фото")]) == nil, "tabs within the page")
        #expect(breadcrumbs([("/", "Главная"), ("/science", "Наука"), ("/health", "Медицина")]) == nil, "addresses that do not go down")
    }

    /// Two links down from the root without a direction or a home word are a site's name and its section
    /// as often as a trail: not one by their addresses alone.
    @Test func aSiteNameAndItsSectionAreNoTrail() {
        #expect(trail(#"<p><a href="/">РИА Новый Регион</a> – <a href="/fareast/">Дальний Восток</a></p>"#) == nil)
        #expect(trail(#"<p><a href="/">Главная</a> – <a href="/fareast/">Дальний Восток</a></p>"#) == ["Главная", "Дальний Восток"])
        #expect(trail(#"<p><a href="/">Агентство</a> » <a href="/fareast/">Дальний Восток</a></p>"#) == ["Агентство", "Дальний Восток"])
    }

    @Test func menusAreNoTrails() {
        #expect(trail(#"<div><a href="/news">Новости</a> / <a href="/sport">Спорт</a> / <a href="/weather">Погода</a></div>"#) == nil)
        #expect(trail(#"<div><a href="/">Главная</a> | <a href="/news/">Новости</a></div>"#) == nil)
        #expect(trail(#"<div><a href="/">Главная</a> <a href="/news/">Новости</a></div>"#) == nil)
    }
}
