import Testing
@testable import RuNews

/// "Сегодня, 15:50" under a headline is the day the page was fetched (WARC-Date, `--reference-date`).
@Suite struct RelativeDatelineTests {
    let page = """
        <html><head><title>Учёные создали жвачку</title></head><body>
        <h1>Учёные создали жвачку</h1><span class="when">Вчера в 9:10</span>
        <div class="article"><p>Учёные из Сиракузского университета создали жевательную резинку, которая снижает аппетит, сообщают исследователи.</p>
        <p>Жевательная резинка действует за счёт гормона, из-за дефицита которого люди переедают, говорится в статье.</p></div>
        </body></html>
        """

    @Test func isResolvedAgainstTheFetchDay() {
        let record = Pipeline().record(bytes: Array(page.utf8), id: "p", format: .html, fetched: "2012-01-17T08:00:00Z")
        #expect(record.published == "2012-01-16T09:10")
    }

    @Test func staysUnknownWithoutOne() {
        #expect(Pipeline().record(bytes: Array(page.utf8), id: "p", format: .html).published == nil)
    }

    /// The fetch day and address reach the page's date: none later than the fetch, the address's day when
    /// the page shows no other.
    @Test func theFetchBoundsThePageDate() {
        let later = page.replacingOccurrences(of: "Вчера в 9:10", with: "10.04.2013")
        #expect(Pipeline().record(bytes: Array(later.utf8), id: "p", format: .html).published == "2013-04-10")
        #expect(Pipeline().record(bytes: Array(later.utf8), id: "p", format: .html, fetched: "2012-01-17T08:00:00Z").published == nil)
        #expect(Pipeline().record(bytes: Array(later.utf8), id: "p", format: .html, url: "http://example.ru/2012/01/16/x.html",
                                  fetched: "2012-01-17T08:00:00Z").published == "2012-01-16")
        let pipeline = Pipeline(options: .init(referenceDate: CalendarDate(year: 2012, month: 1, day: 17)))
        #expect(pipeline.record(bytes: Array(later.utf8), id: "p", format: .html).published == nil)
    }

    @Test func inTextDumpsToo() {
        let dump = "Учёные создали жвачку\nСегодня, 15:50\n" + String(repeating: "Учёные из Сиракузского университета создали жевательную резинку, которая снижает аппетит. ", count: 3)
        let pipeline = Pipeline(options: .init(referenceDate: CalendarDate(year: 2012, month: 1, day: 17)))
        #expect(pipeline.record(bytes: Array(dump.utf8), id: "d", format: .text).published == "2012-01-17T15:50")
    }
}
