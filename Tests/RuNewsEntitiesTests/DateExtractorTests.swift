import Testing
import RuNewsText
@testable import RuNewsEntities

func dates(_ text: String, reference: String? = nil) -> [String] {
    let segmentation = Segmentation(text)
    return DateExtractor().extract(from: segmentation, reference: reference.flatMap { CalendarDate(iso: $0) }).map {
        "\($0.mention.text)|\($0.kind.rawValue)|\($0.value ?? "nil")"
    }
}

@Suite struct DateExtractorTests {
    /// (text, expected "span|kind|value" without a reference date).
    static let withoutReference: [(String, [String])] = [
        ("25 августа состоялся телемост", ["25 августа|date|--08-25"]),
        ("с 1 января 2011 года", ["1 января 2011 года|date|2011-01-01"]),
        ("Это было в 2005 году.", ["в 2005 году|year|2005"]),
        // The year word's abbreviation written onto the number.
        ("Компания основана в 1997г. в Москве.", ["в 1997г.|year|1997"]),
        ("Он родился 5 мая 1960г. в Киеве.", ["5 мая 1960г.|date|1960-05-05"]),
        ("В 2005-2008гг. он работал в Киеве.", ["В 2005-2008гг.|range|2005/2008"]),
        ("С 2001 по 2005 год он работал в Киеве.", ["С 2001 по 2005 год|range|2001/2005"]),
        ("С 1999 года по 2003 год он жил там.", ["С 1999 года по 2003 год|range|1999/2003"]),
        ("В 2007-2008 годах", ["В 2007-2008 годах|range|2007/2008"]),
        ("в 2014–2015 годах", ["в 2014–2015 годах|range|2014/2015"]),
        ("3-4 июня 2010 г. произошел", ["3-4 июня 2010 г.|range|2010-06-03/2010-06-04"]),
        ("С 20 апреля по 15 июня", ["С 20 апреля по 15 июня|range|--04-20/--06-15"]),
        ("с 1 по 5 мая", ["с 1 по 5 мая|range|--05-01/--05-05"]),
        ("в конце сентября 2010-го", ["в конце сентября 2010-го|month|2010-09"]),
        ("В ноябре", ["В ноябре|month|--11"]),
        ("В конце 80-х", ["В конце 80-х|decade|198X"]),
        ("осенью 2004 года", ["осенью 2004 года|season|2004-FA"]),
        ("первое полугодие 2009 года", ["первое полугодие 2009 года|season|2009-H1"]),
        ("в 19:28 по московскому времени", ["в 19:28 по московскому времени|time|T19:28"]),
        ("около 7 вечера", ["около 7 вечера|time|T19:00"]),
        // One table of time zones, after a clock time, an hour count and a date alike.
        ("в 15:00 мск по местному времени", ["в 15:00 мск по местному времени|time|T15:00"]),
        ("в 19 часов по местному времени", ["в 19 часов по местному времени|time|T19:00"]),
        ("12 мая по местному времени в 15:00", ["12 мая по местному времени в 15:00|datetime|--05-12T15:00"]),
        ("12.05.1945", ["12.05.1945|date|1945-05-12"]),
        ("В понедельник 28 июня", ["В понедельник 28 июня|date|--06-28"]),
        ("в минувшую пятницу", ["в минувшую пятницу|weekday|nil"]),
        ("Вчера вечером", ["Вчера вечером|relative|nil"]),
        ("через два дня", ["через два дня|relative|nil"]),
        ("в этом году", ["в этом году|relative|nil"]),
        ("28.08.23", ["28.08.23|date|2023-08-28"]),
        ("в XXI веке", ["в XXI веке|century|20"]),
        ("в течение трёх лет", []),
        ("40-й день", []),
    ]

    @Test(arguments: withoutReference)
    func findsAndValues(_ text: String, _ expected: [String]) {
        #expect(dates(text) == expected)
    }

    /// Against the publication date 2023-08-28 (a Monday).
    static let withReference: [(String, [String])] = [
        ("25 августа", ["25 августа|date|2023-08-25"]),
        ("30 августа", ["30 августа|date|2022-08-30"]),  // the most recent such day not after it
        ("вчера", ["вчера|relative|2023-08-27"]),
        ("сегодня", ["сегодня|relative|2023-08-28"]),
        ("в прошлом году", ["в прошлом году|relative|2022"]),
        ("в марте этого года", ["в марте этого года|month|2023-03"]),
        ("в минувшую пятницу", ["в минувшую пятницу|weekday|2023-08-25"]),
        ("три дня назад", ["три дня назад|relative|2023-08-25"]),
        ("через неделю", ["через неделю|relative|2023-09-04"]),
    ]

    @Test(arguments: withReference)
    func resolvesAgainstTheReference(_ text: String, _ expected: [String]) {
        #expect(dates(text, reference: "2023-08-28") == expected)
    }

    @Test func calendarArithmetic() throws {
        let day = try #require(CalendarDate(year: 2024, month: 2, day: 28))
        #expect(day.adding(days: 1).description == "2024-02-29")
        #expect(day.adding(days: 2).description == "2024-03-01")
        #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDate(iso: "2023-08-28T07:27+03:00")?.weekday == 1)
    }
}

@Suite struct DateExtractorRobustnessTests {
    /// Every prefix of every phrase: an expression cut anywhere must not trip the scanner.
    @Test func truncatedExpressionsNeverCrash() {
        let phrases = DateExtractorTests.withoutReference.map(\.0) + DateExtractorTests.withReference.map(\.0) + [
            "20 марта, в субботу, в 16:00", "в ночь с 20 на 21 июля", "с 8 часов утра до 20 часов",
            "В воскресенье, рано утром 9 апреля", "с ноября по декабрь 2010 года", "13 часов 30 минут московского времени",
        ]
        for phrase in phrases {
            let scalars = Array(phrase.unicodeScalars)
            for length in 0...scalars.count {
                let prefix = String(String.UnicodeScalarView(scalars[..<length]))
                _ = DateExtractor().extract(from: Segmentation(prefix), reference: CalendarDate(year: 2023, month: 8, day: 28))
            }
        }
    }
}
