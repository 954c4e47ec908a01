import Testing
import RuNews

/// The examples of the DocC catalog (`Sources/RuNews/RuNews.docc`), kept compiling and true.
@Suite struct DocumentationExampleTests {
    @Test func aRawTextResolvesItsDatesAgainstTheReference() {
        let raw = Pipeline(options: .init(raw: true, referenceDate: CalendarDate(year: 2023, month: 8, day: 28)))
        let record = raw.record(text: "Губернатор Ставропольского края Владимир Владимиров 25 августа …",
                                id: "seed", source: Record.Source(format: .text, bytes: 0))
        #expect(record.dates.map(\.value) == ["2023-08-25"])
        #expect(record.people.map(\.name) == ["Владимир Владимиров"])
        #expect(record.people.first?.roles.map(\.title) == ["губернатор"])
    }
}
