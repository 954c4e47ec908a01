import Foundation
import Testing
@testable import RuNewsText

/// Text wrapped at a fixed width (mail, archives, html2text and lynx dumps) against text whose lines
/// are paragraphs, headings or list items.
@Suite struct LineWrappingTests {
    /// A paragraph wrapped as a greedy wrapper does: a word goes to the next line when it would not fit.
    static func wrapped(_ text: String, width: Int) -> String {
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        return (lines + [line]).joined(separator: "\n")
    }

    static let list = """
        От России играли девять шахматистов: Константин Сакаев (2637), Александр Галкин (2618), Владимир Белов \
        (2599), Эрнесто Инаркиев (2602), Максим Туров (2539), Игорь Курносов (2526), Сергей Искусных (2510), \
        Алексей Илюшин (2483), Евгений Романов (2480) и две шахматистки: Надежда Косинцева (2469) и Татьяна \
        Косинцева (2489).
        """

    /// Most of these lines open with a name or a number, not in lowercase: where the breaks stand tells.
    @Test func aWrappedListOfNamesIsWrapped() {
        let text = Self.wrapped(Self.list, width: 72)
        #expect(text.split(separator: "\n").count >= 4)
        #expect(LineWrapping.isWrapped(Array(text.unicodeScalars)))
    }

    @Test func linesThatAreParagraphsOrHeadingsAreNot() {
        let news = """
            Пулеметы и винтовки изъяты в доме в Бишкеке
            05/08/2008 10:35
            БИШКЕК, 5 августа. Правоохранительные органы Киргизии обнаружили в доме, арендуемом гражданами США, пулеметы.
            Об этом сообщила пресс-служба МВД.
            По данным ведомства, дом арендовали сотрудники компании, работающей на авиабазе.
            """
        #expect(!LineWrapping.isWrapped(Array(news.unicodeScalars)))
        #expect(!LineWrapping.isWrapped(Array("Заголовок новости\nПодзаголовок\nЕщё строка\nТекст статьи.".unicodeScalars)))
        // Lists of short lines: each is "full", but no text is wrapped so narrow.
        #expect(!LineWrapping.isWrapped(Array("Москва\nПитер\nКазань\nУфа".unicodeScalars)))
        #expect(!LineWrapping.isWrapped(Array("Иван Петров\nОльга Смирнова\nПётр Иванов\nАнна Белова".unicodeScalars)))
    }

    /// The normaliser reads a wrapped text's lone line breaks as spaces, one scalar for one, so a name
    /// over two lines is one name and every offset still maps back; a paragraph break stays.
    @Test func theNormaliserJoinsAWrappedTextsLines() throws {
        let text = Self.wrapped(Self.list, width: 72) + "\n\n" + Self.wrapped(Self.list, width: 72)
        let normalized = Normalizer().normalize(text)
        #expect(normalized.string == Self.list + "\n\n" + Self.list)
        #expect(normalized.diagnostics.joinedLineBreaks == text.count { $0 == "\n" } - 2)
        let name = try #require(normalized.string.range(of: "Игорь Курносов"))
        let start = normalized.string.unicodeScalars.distance(from: normalized.string.unicodeScalars.startIndex, to: name.lowerBound)
        let source = normalized.sourceRange(of: start..<(start + 14))
        #expect(String(String.UnicodeScalarView(Array(text.unicodeScalars)[source])).replacingOccurrences(of: "\n", with: " ") == "Игорь Курносов")
    }

    /// A short line before a capital is a headline's or a paragraph's end, not a wrapper's break: it stays.
    @Test func aShortLineKeepsItsBreak() {
        let text = "Шахматисты России сыграли в Кушадаси\n" + Self.wrapped(Self.list, width: 72)
        let normalized = Normalizer().normalize(text)
        #expect(normalized.string == "Шахматисты России сыграли в Кушадаси\n" + Self.list)
    }
}
