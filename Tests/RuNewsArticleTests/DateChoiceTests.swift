import Testing
import RuNewsHTML
import RuNewsText
@testable import RuNewsArticle

/// The page's date among its candidates: pages written for these tests, each with the kind of trap real
/// pages set (a sidebar of later dates, a news list, a teaser, the headline's own date, an update).
@Suite struct DateChoiceTests {
    static let story = """
        <p>Учёные из Сиракузского университета создали жевательную резинку, которая снижает аппетит, сообщают исследователи.</p>
        <p>Жевательная резинка действует за счёт гормона, из-за дефицита которого люди переедают, говорится в статье.</p>
        <p>Испытания на добровольцах покажут, насколько действенна новинка, добавили авторы работы, и это займёт год.</p>
        """

    /// A page whose sidebar lists other news, `count` items dated `date`.
    static func sidebar(_ date: String, count: Int = 5) -> String {
        "<div class=\"newsroll\">" + (1...count).map { "<div class=\"item\"><div class=\"date\">\(date)</div><a href=\"/n\($0)\">Другая новость номер \($0) о медицине</a></div>" }
            .joined() + "</div>"
    }

    static func page(head: String = "", headline: String = "Учёные создали жвачку", beforeText: String = "", afterText: String = "",
                     aside: String = "", top: String = "") -> [UInt8] {
        Array("""
            <html><head><title>\(headline) | Новости</title>\(head)</head><body>
            <div class="top">\(top)</div>
            <div class="page"><h1>\(headline)</h1>\(beforeText)
            <div class="article-text">\(story)</div>\(afterText)</div>
            <div class="column">\(aside)</div>
            </body></html>
            """.utf8)
    }

    func published(_ bytes: [UInt8], address: String? = nil, fetched: String? = nil) -> String? {
        PageExtractor().extract(bytes, address: address, fetched: fetched).article.published
    }

    /// A box of teasers between the text and its dateline below moves the dateline no farther from the
    /// text; one of the teasers' own datelines ("МОСКВА, 5 янв") is no rival.
    @Test func teasersBetweenTheTextAndItsDatelineKeepItNear() {
        let teasers = "<div class=\"related\"><div>Читайте также</div>" + (1...4).map {
            "<div class=\"x1\"><a href=\"/n\($0)\">Другая новость номер \($0) о медицине</a><p>МОСКВА, 5 янв - Агентство. Короткий пересказ новости номер \($0), с запятыми.</p></div>"
        }.joined() + "</div>"
        #expect(published(Self.page(afterText: teasers + "<div class=\"info\">18:13 28.11.2011</div>")) == "2011-11-28T18:13")
    }

    /// A page re-rendered a year after publication: its news list carries the later date, many times over.
    @Test func theDatelineUnderTheHeadlineBeatsASidebarOfLaterDates() {
        let bytes = Self.page(beforeText: "<div class=\"when\">6 января 2012, 8:39</div>", aside: Self.sidebar("10.04.2013"),
                              top: "<div id=\"headerdate\">10 апреля 2013</div>")
        #expect(published(bytes) == "2012-01-06T08:39")
    }

    /// Without a dateline by the headline, the one just after the text counts, not a news list's.
    @Test func aNewsListIsNoDateline() {
        let bytes = Self.page(afterText: "<div class=\"info\">13:15 09.12.2011</div>", aside: Self.sidebar("11.04.2013"))
        #expect(published(bytes) == "2011-12-09T13:15")
        // The list alone gives no date at all.
        #expect(published(Self.page(aside: Self.sidebar("11.04.2013"))) == nil)
    }

    /// A news list that ends just above the article, in the article's column, each item's `<time>` a few
    /// elements deep: the list's last date stands as near the headline as the article's own and comes
    /// first, and only the list's other dates tell it from the article's.
    @Test func aNestedNewsListJustAboveTheArticleIsCrowded() {
        let items = (1...6).map {
            "<div class=\"news-item n\($0)\"><div class=\"gap\"><div class=\"text\"><a href=\"/n\($0)\">Другая новость номер \($0) о медицине</a>"
                + "<p>Короткий пересказ другой новости номер \($0), чтобы читатель знал, о чём она.</p></div>"
                + "<div class=\"meta\"><span class=\"time\"><time datetime=\"2013-04-09T1\($0):09:00\">Вчера, 1\($0):09</time></span></div></div></div>"
        }.joined()
        let bytes = Array("""
            <html><head><title>Учёные создали жвачку | Новости</title></head><body>
            <div class="page"><div class="live"><div class="news">\(items)</div></div>
            <article><header><time class="article-time" datetime="2012-01-05T14:31:00">5 января 2012, 14:31</time>
            <h1>Учёные создали жвачку</h1></header>
            <div class="article-text">\(Self.story)</div></article></div>
            </body></html>
            """.utf8)
        #expect(published(bytes) == "2012-01-05T14:31")
    }

    /// A dateline that closes the text counts as closing it though the container goes on with links
    /// ("печать | обсудить", share buttons): the body's edge is counted in blocks of prose.
    @Test func aDatelineFollowedByLinksStillClosesTheText() {
        let long = String(repeating: Self.story, count: 4)
        let links = ["Tweet", "обсудить на форуме", "печать", "вставить в блог"].map { "<div><a href=\"/\($0.count)\">\($0)</a></div>" }.joined()
        let bytes = Array("""
            <html><body><h1>Учёные создали жвачку</h1>
            <div class="x1">\(long)<div>28 ноября 2011 г.</div>\(links)</div></body></html>
            """.utf8)
        #expect(published(bytes) == "2011-11-28")
    }

    /// A page's header prints today's date as far above the headline as the story's dateline stands
    /// below it: of the two, scoring alike, the nearer is the story's.
    @Test func ofTwoDatelinesScoringAlikeTheNearerTheHeadlineWins() {
        let bytes = Self.page(beforeText: "<div>Фото: Иван Петров</div><div>Жвачка в руке</div><div>Медицина</div><div>27 ноября 2011, 11:18</div>",
                              top: "<div>28 ноября 2011</div><div>Погода</div><div>Курсы валют</div><div>Уфа</div><div>Новости</div>")
        #expect(published(bytes) == "2011-11-27T11:18")
    }

    /// A dateline closing a long text, inside the article's container, is at the body's edge: the page's
    /// date, though far from the headline (elsewhere it would score no more than the minimum).
    @Test func aDatelineClosingALongTextCounts() {
        let long = String(repeating: Self.story, count: 4)
        let bytes = Array("""
            <html><body><h1>Учёные создали жвачку</h1>
            <div class="article-text">\(long)<p>28 ноября 2011 г.</p></div></body></html>
            """.utf8)
        #expect(published(bytes) == "2011-11-28")
    }

    /// A date inside a link is another page's (a teaser), however near the headline.
    @Test func aTeaserInALinkIsAnotherPagesDate() {
        let bytes = Self.page(beforeText: "<p><a href=\"/other\">Вчерашний выпуск, 04.01.2012</a></p><div class=\"date\">05.01.2012</div>")
        #expect(published(bytes) == "2012-01-05")
    }

    /// The headline's own date is its story's: "Выборы 4 декабря 2011 года" was published before them.
    @Test func theHeadlinesOwnDateIsNotThePagesDate() {
        let bytes = Self.page(headline: "Выборы в Думу пройдут 4 декабря 2011 года", beforeText: "<div>28.11.2011 18:59</div>")
        #expect(published(bytes) == "2011-11-28T18:59")
    }

    /// An update's date is not the publication's.
    @Test func anUpdateIsNotThePublication() {
        let bytes = Self.page(beforeText: "<div class=\"updated\">12.01.2012</div><div class=\"posted\">05.01.2012</div>")
        #expect(published(bytes) == "2012-01-05")
        let said = Self.page(beforeText: "<div>Обновлено: 12.01.2012 10:00</div><div>05.01.2012</div>")
        #expect(published(said) == "2012-01-05")
    }

    /// The address's date gives a year-less dateline its year, and is the date when the page shows none.
    @Test func theAddressDate() {
        let yearless = Self.page(beforeText: "<div class=\"when\">5 января, 12:34</div>")
        #expect(published(yearless) == nil)
        #expect(published(yearless, address: "http://example.ru/archive/2012/01/05/123405-5.html") == "2012-01-05T12:34")
        #expect(published(Self.page(), address: "http://example.ru/2012_01_06/story/") == "2012-01-06")
        // The canonical address counts as well as the fetched one.
        let canonical = Self.page(head: "<link rel=\"canonical\" href=\"http://example.ru/news/2011/11/28/x.html\">")
        #expect(published(canonical) == "2011-11-28")
    }

    /// The address agreeing decides between two datelines of near standing.
    @Test func theAddressBreaksATie() {
        let bytes = Self.page(beforeText: "<div>04.01.2012</div>", afterText: "<div>07.01.2012</div>")
        #expect(published(bytes) == "2012-01-04")
        #expect(published(bytes, address: "http://example.ru/2012/01/07/x.html") == "2012-01-07")
    }

    /// A declared date wins over visible ones; a visible time fills in a declared day.
    @Test func aDeclaredDateAndAVisibleTime() {
        let bytes = Self.page(head: "<meta property=\"article:published_time\" content=\"2011-11-27\">",
                              beforeText: "<div>27.11.2011 04:09</div>", aside: Self.sidebar("26.11.2011"))
        #expect(published(bytes) == "2011-11-27T04:09")
    }

    /// Never later than the page was fetched: a later candidate is dropped, whatever its standing.
    @Test func neverLaterThanFetched() {
        let bytes = Self.page(head: "<meta name=\"date\" content=\"2013-04-10\">", beforeText: "<div>15 января 2012 15:31</div>")
        #expect(published(bytes) == "2013-04-10")
        #expect(published(bytes, fetched: "2012-01-17") == "2012-01-15T15:31")
        #expect(published(bytes, fetched: "2013-04-10T09:00:00Z") == "2013-04-10")
        // Nothing at all when every date is later.
        #expect(published(Self.page(beforeText: "<div>20.01.2012</div>"), fetched: "2012-01-17") == nil)
        // A moment in UTC may be the next day where the page stands.
        #expect(published(Self.page(beforeText: "<div>18.01.2012 01:30</div>"), fetched: "2012-01-17T22:00:00Z") == "2012-01-18T01:30")
    }

    /// Relative datelines and a `<time>` of a time alone are read against the fetch day, and only then.
    @Test func relativeDatelinesNeedTheFetchDay() {
        let today = Self.page(beforeText: "<div>Сегодня, 15:02Комментариев:0</div>", aside: Self.sidebar("16.01.2012"))
        #expect(published(today, fetched: "2012-01-17T12:00:00Z") == "2012-01-17T15:02")
        let unresolved = PageExtractor().extract(today).article
        #expect(unresolved.published == nil)
        #expect(unresolved.relativeDate == Dateline.Relative(daysAgo: 0, hour: 15, minute: 2))
        let time = Self.page(beforeText: "<time datetime=\"11:02\" pubdate>11:02</time>")
        #expect(published(time, fetched: "2011-11-28") == "2011-11-28T11:02")
        // "Сегодня" without a time is no dateline.
        #expect(PageExtractor().extract(Self.page(beforeText: "<div>Сегодня в разделе</div>")).article.relativeDate == nil)
    }

    /// The scoring is the stated table: a candidate's score is the sum of its features' weights.
    @Test func theScoreIsTheSumOfTheTable() {
        var candidate = DateCandidate(source: .marked, day: CalendarDate(year: 2012, month: 1, day: 5), time: "", element: 1)
        candidate.evidence.fromHeadline = 2
        candidate.evidence.inListItem = true
        candidate.evidence.address = .agrees
        #expect(DateChoice.features(of: candidate) == [.source(.marked), .besideHeadline, .inListItem, .addressAgrees])
        #expect(DateChoice.score(candidate) == 2 + 4 - 1 + 3)
    }
}

@Suite struct AddressDateTests {
    @Test(arguments: [
        ("http://example.ru/2015/03/12/story.html", AddressDate(year: 2015, month: 3, day: 12)),
        ("http://example.ru/2012_01_06/Poezd/", AddressDate(year: 2012, month: 1, day: 6)),
        ("https://example.ru/news/20120106/123.html", AddressDate(year: 2012, month: 1, day: 6)),
        ("/archive/2012/1/5/x", AddressDate(year: 2012, month: 1, day: 5)),
        ("http://example.ru/2015/03/slug", AddressDate(year: 2015, month: 3, day: nil)),
        ("http://example.ru/news/medicine/1477627.html", nil),
        ("http://example.ru/2012/1234567.html", nil),
        ("http://example.ru/2012/02/30/x", nil),
        ("http://example.ru/news/?01.04.2013", nil),
    ] as [(String, AddressDate?)])
    func reads(_ url: String, _ expected: AddressDate?) {
        #expect(AddressDate.of(Array(url.utf8)) == expected)
    }

    @Test func daysCount() throws {
        let leap = try #require(CalendarDate(year: 2012, month: 3, day: 1))
        #expect(leap.adding(days: -1).description == "2012-02-29")
        #expect(leap.adding(days: 306).description == "2013-01-01")
        #expect(CalendarDate(iso: "2012-02-30") == nil)
        #expect(CalendarDate(iso: "2012-01-06T08:16:00Z")?.description == "2012-01-06")
    }
}
