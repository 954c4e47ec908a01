import Testing
@testable import RuNewsArticle

@Suite struct DumpColumnsTests {
    /// A table laid out as inscriptis lays it out: each cell padded to its column's width (the widths
    /// given hold every cell).
    static func table(_ rows: [[String]], widths: [Int]) -> String {
        rows.map { row in
            zip(row, widths).map { cell, width in cell.padding(toLength: width, withPad: " ", startingAt: 0) }.joined()
        }.joined(separator: "\n")
    }

    static let paragraphs = [
        "Ученые из Сиракузского университета в США создали жевательную резинку, которая снижает аппетит и борется с лишними килограммами.",
        "Жевательная резинка действует за счёт пептида, из-за дефицита которого люди начинают переедать, сообщают исследователи.",
        "Испытания на добровольцах покажут, насколько действенна новинка, добавили авторы работы в интервью журналу.",
    ]

    @Test func aMenuBesideTheArticleIsReadAfterIt() {
        let dump = "Новости медицины\n" + Self.table([
            ["  * В России", "Учёные создали снижающую аппетит жвачку"],
            ["  * В мире", ""],
            ["  * Экономика", "27.11.2011 04:09"],
            ["  * Спорт", Self.paragraphs[0]],
            ["  * Авто", ""],
            ["  * Наука", "  " + Self.paragraphs[1]],
            ["  * Игры", Self.paragraphs[2]],
        ], widths: [30, 200]) + "\nВсе права защищены"
        let lines = DumpLine.lines(of: dump).map(\.text)
        #expect(lines == ["Новости медицины", "В России", "В мире", "Экономика", "Спорт", "Авто", "Наука", "Игры",
                          "Учёные создали снижающую аппетит жвачку", "27.11.2011 04:09"] + Self.paragraphs + ["Все права защищены"])

        let article = TextDumpExtractor().extract(dump)
        #expect(article.title == "Учёные создали снижающую аппетит жвачку")
        #expect(article.paragraphs == Self.paragraphs)
        #expect(article.published == "2011-11-27T04:09")
    }

    @Test func aListWhoseRowsOpenWithTheirTimeIsReadByRows() {
        let rows = [
            ["18:12 /", "Госкомитет по работе с религиозными образованиями провел свыше тысячи семинаров в регионах страны за год."],
            ["28.11.2011", ""],
            ["17:56 /", "Награждены победители национального конкурса сочинений, который проводится в стране уже четвёртый год подряд."],
            ["28.11.2011", ""],
        ]
        let dump = Self.table(rows, widths: [20, 150])
        let lines = DumpLine.lines(of: dump)
        #expect(lines.count == 4)
        #expect(lines[0].text.hasPrefix("18:12 / Госкомитет"))
        #expect(lines[0].isListing)
    }

    @Test func aTableWithoutProseStaysAsItIs() {
        let dump = Self.table([["пн", "вт", "ср"], ["1", "2", "3"]], widths: [6, 6, 6])
        #expect(DumpLine.lines(of: dump).map(\.text) == ["пн вт ср", "1 2 3"])
    }

    @Test func cellsCountCharactersNotBytes() {
        let cells = DumpColumns.cells(of: "Всё  тут     ещё", line: 7)
        #expect(cells.map(\.text) == ["Всё  тут", "ещё"])
        #expect(cells.map(\.start) == [0, 13])
        #expect(cells.map(\.end) == [8, 16])
        #expect(cells.allSatisfy { $0.line == 7 })
    }
}
