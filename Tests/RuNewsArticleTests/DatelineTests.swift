import Testing
import RuNewsHTML
@testable import RuNewsArticle

@Suite struct DatelineTests {
    static let cases: [(String, String?)] = [
        ("28 августа 2023, 07:27", "2023-08-28T07:27"),
        ("18:59 28.11.2011 г.", "2011-11-28T18:59"),
        ("Опубликовано: 28.11.2011 18:59", "2011-11-28T18:59"),
        ("2011-11-28 18:59", "2011-11-28T18:59"),
        ("27 ноя 2011", "2011-11-27"),
        ("1 января 2011 года", "2011-01-01"),
        ("28.11.11", "2011-11-28"),
        ("10:48 16/01/2012", "2012-01-16T10:48"),
        ("Отправлено: 17:06 - 17 Янв, 2012 г.", "2012-01-17T17:06"),
        ("05.01.2012, Тирасполь 00:16:06", "2012-01-05T00:16"),
        ("Опубликовано 28 ноября 11 (14:41)", "2011-11-28T14:41"),
        ("Вита Дубовик, ХАРЬКОВ. 28 ноября, 2011 года. / 2011.11.28 14:26", "2011-11-28T14:26"),
        ("5 января'12 14:00Комментариев:0", "2012-01-05T14:00"),
        ("Дата10.01.2012", "2012-01-10"),
        ("12:1704.01.2012", "2012-01-04T12:17"),
        ("04.01.201212:17", "2012-01-04T12:17"),
        ("[16:30/28.11.2011]", "2011-11-28T16:30"),
        ("Дата:2012.01.04", nil),  // a label's colon is no clock's: its digits are not minutes
        ("Ноя 27th 11 17:46", "2011-11-27T17:46"),
        ("Posted on November 27th, 2011", "2011-11-27"),
        ("Nov 2, 2011 at 9:05", "2011-11-02T09:05"),
        ("Ноя 27 11 человек", nil),
        ("января 12 человек 2011", nil),
        ("5 января, 12:34", nil),
        ("Читай свежий номер 10 Апреля № 50", nil),
        ("В ночь на 5 января 12 человек пострадали", nil),
        ("Новости и репортажи", nil),
        ("В 2011 году прошло 25 матчей", nil),
    ]

    @Test(arguments: cases)
    func reads(_ line: String, _ expected: String?) {
        #expect(Dateline.parse(line) == expected)
    }

    /// A year-less date is read with its time, for a caller who knows the year; without a time it is none.
    @Test func readsAYearlessDatelineWithItsTime() {
        #expect(Dateline.read("5 января, 12:34") == Dateline.Reading(year: nil, month: 1, day: 5, hour: 12, minute: 34))
        #expect(Dateline.read("editor / 15 января 15:31") == Dateline.Reading(year: nil, month: 1, day: 15, hour: 15, minute: 31))
        #expect(Dateline.read("Выборы 4 декабря") == nil)
        #expect(Dateline.relative("Сегодня, 15:02Комментариев:0") == Dateline.Relative(daysAgo: 0, hour: 15, minute: 2))
    }

    /// A paragraph opening with its dateline gives it; one with a date further in does not.
    @Test func readsTheDatelineAParagraphOpensWith() {
        let paragraph = "06.01.2012, Кишинев 08:16:36 Устойчивого урегулирования приднестровского конфликта можно добиться"
            + " только в рамках переговоров в формате \"5+2\", заявили в министерстве иностранных дел Германии после встречи."
        #expect(Dateline.parse(paragraph) == nil)
        #expect(Dateline.leading(paragraph)?.value == "2012-01-06T08:16")
        #expect(Dateline.leading("28.11.2011 Учёные создали жвачку, снижающую аппетит.")?.value == "2011-11-28")
        #expect(Dateline.leading("Как сообщалось ранее, утром 1 января 2012 г. произошла авария.") == nil)
        let dump = (["Новости", paragraph] + (1...2).map { "Германия готова поддерживать переговоры по Приднестровью и в дальнейшем (\($0))." })
            .joined(separator: "\n")
        #expect(TextDumpExtractor().extract(dump).published == "2012-01-06T08:16")
    }
}
