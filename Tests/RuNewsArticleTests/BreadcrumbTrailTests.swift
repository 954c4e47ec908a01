import Testing
import RuNewsHTML
@testable import RuNewsArticle

@Suite struct BreadcrumbTrailTests {
    func trail(_ html: String) -> [String]? {
        let document = TreeBuilder().parse(Array(html.utf8))
        return document.elements().lazy.compactMap { BreadcrumbTrail.items(of: $0, in: document) }.first
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
        #expect(trail("""
            <td><a href=/ class=navpath>Главная</a> &nbsp; <img src=/img/arrow.gif> &nbsp; <a href=/storyind.asp>Сюжеты</a>
            &nbsp; <img src=/img/arrow.gif> &nbsp; <a href=/story.asp?id=20>Космос</a> <img src=/img/arrow.gif> Прогноз падения</td>
            """) == ["Главная", "Сюжеты", "Космос", "Прогноз падения"])
        #expect(trail(#"<div><a href="/index.html">Главная</a> &raquo; <a href="/sport.html">Спорт</a></div>"#) == ["Главная", "Спорт"])
        #expect(trail(#"<div><a href="/sport.html">Спорт</a> &raquo; <a href="/news.html">Новости</a></div>"#) == nil)
        #expect(trail(#"<div><a href="/">Главная</a> / <a href="/about.html">О нас</a> / <a href="/contacts.html">Контакты</a></div>"#) == nil)
    }

    @Test func menusAreNoTrails() {
        #expect(trail(#"<div><a href="/news">Новости</a> / <a href="/sport">Спорт</a> / <a href="/weather">Погода</a></div>"#) == nil)
        #expect(trail(#"<div><a href="/">Главная</a> | <a href="/news/">Новости</a></div>"#) == nil)
        #expect(trail(#"<div><a href="/">Главная</a> <a href="/news/">Новости</a></div>"#) == nil)
    }
}
