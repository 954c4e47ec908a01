import Foundation
import Testing
@testable import RuNewsArticle

/// The byte-level readings of a dump's lines give what the character-level ones they replaced give.
@Suite struct DumpLineTests {
    static let samples = [
        "", "\n", "a\nb", "a\r\nb", "a\rb\n\n", "a\u{0B}b\u{0C}c", "a\u{85}b\u{2028}c\u{2029}d",
        "Новости\r\n\r\nСпорт\n", "\n\u{301}й\nё", "строка без конца", "\r", "\r\n\r",
    ]

    @Test func linesSplitAsCharactersDo() {
        for sample in Self.samples {
            #expect(DumpLine.rawLines(of: sample) == sample.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline),
                    "\(sample.debugDescription)")
        }
    }

    static let rows = [
        "Новости     Спорт     Поиск", "   Новости", "Новости   ", "Новости  Спорт", "\tНовости\t   Спорт",
        "\u{A0}   Новости", "Новости   \u{A0}", "Новости \u{2009}  Спорт", "Новости   \u{3000}Спорт", "а   б", "",
        "     ", "Ёлка   ёж", "Новости\u{A0}\u{A0}\u{A0}Спорт", "Новости   \u{301}Спорт", "Новости   \u{301}",
        "Новости    \u{301}Спорт", "Новости   \u{200D}Спорт",
    ]

    @Test func aColumnGapIsThreeSpacesBetweenWords() {
        for row in Self.rows {
            #expect(DumpLine.hasColumnGap(Substring(row)) == row.trimmingCharacters(in: .whitespaces).contains("   "),
                    "\(row.debugDescription)")
        }
    }

    static let headings = ["Новости", "Новости спорта", " Новости ", "а \u{301}", "а  \u{301}б", "а \u{301} б", "", "  ", "а\u{A0}б", "\u{301} б", "а \u{200D}б", "а  \u{200D}б", "а \u{FE0F}б"]

    @Test func aHeadingHasTwoWordsAsSplittingTellsIt() {
        for heading in Self.headings {
            #expect(HeadingCandidates.hasTwoWords(heading) == (heading.split(separator: " ").count >= 2), "\(heading.debugDescription)")
        }
    }

    /// A credit of a source is told by its first letter's bytes before it is folded: every line the folded
    /// test takes, the bytes take.
    @Test func aSourcesCreditInEveryCasing() {
        for line in ["Источник: vesti.ru", "источник: РИА Новости", "ИСТОЧНИК: ТАСС", "Источники: АиФ, ТАСС", "По материалам: tsn.ua",
                     "по материалам BBC", "ПО МАТЕРИАЛАМ: Reuters"] {
            #expect(BoilerplatePhrases.isSourceCredit(line, words: line.split(separator: " ").count), "\(line)")
        }
        for line in ["Источником заражения стала вода", "«Источник: vesti.ru»", "Подробности: vesti.ru", "По словам источника"] {
            #expect(!BoilerplatePhrases.isSourceCredit(line, words: line.split(separator: " ").count), "\(line)")
        }
    }

    /// Inline extras a dumper glued to the headline's last word go when a count or a label follows; a
    /// name spelt with a capital inside stays; a ticker's row is no headline.
    @Test func gluedExtrasLeaveTheHeadlineAndATickerIsNone() {
        #expect(DumpLine("Онищенко: мы мягкие либералы по отношению к курильщикамКомментарии: 45").headlineText
            == "Онищенко: мы мягкие либералы по отношению к курильщикам")
        #expect(DumpLine("Nissan продолжил раскрывать внешность нового PathfinderНовинкиДетройт-2012").headlineText
            == "Nissan продолжил раскрывать внешность нового Pathfinder")
        for kept in ["В Луганске предприняли еще одну попытку ограбить ПриватБанк", "МегаФон снизил тарифы на 20% с 1 марта", "Абоненты ушли от оператора МегаФон на 20% быстрее"] {
            #expect(DumpLine(kept).headlineText == kept)
            #expect(DumpLine(kept).isHeadline)
        }
        #expect(!DumpLine("Доллар 31.046 -0.24% Евро 40.605 0.09%").isHeadline)
        #expect(DumpLine("ВВП России в 2011 году вырос на 4,3%").isHeadline)
    }
}
