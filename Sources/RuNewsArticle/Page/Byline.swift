import Foundation
import RuNewsHTML
/// Reads the names a byline credits: "Автор: Денис Дорошенко", "Динара НАЖИПОВА — 27.11.2011 11:18",
/// "25 ноября, 06:30 | Елена ТКАЧЕНКО", "Татьяна Кожихова © «Вечерние Ведомости»". Names come title-cased
/// ("Елена Ткаченко"); whether a name is a person's is for the caller, who has a dictionary, to decide.
/// An agency's dateline credits its correspondent: "ГАЗА, 4 янв - РИА Новости, Назар Альян." (`opening`).
public struct Byline: Equatable, Sendable {
    public var names: [String]
    /// Whether the line says it is a byline: a label ("Автор:"), a surname in capitals (the press's
    /// convention), a date beside the name, or a © — a line of a bare name may be a photo caption.
    public var isMarked: Bool

    static let maximumLength = 100
    static let labels = ["автор:", "авторы:", "текст:", "подготовил:", "подготовила:", "автор", "текст", "by"]
    static let creditsOtherWork = ["фото", "photo", "иллюстрац", "видео", "источник"]
    static let separators: Set<Character> = ["|", "—", "–", ",", ";", "©", "(", ")", "/", "•", "«", "»", "\""]

    public init?(_ line: String) {
        // Bytes first: a paragraph is not walked to learn it is too long.
        guard line.utf8.count <= 4 * Self.maximumLength, line.hasCharacters(atMost: Self.maximumLength) else { return nil }
        // A name's words open with Cyrillic capitals: a line without two of them names nobody.
        guard line.unicodeScalars.lazy.filter(Self.opensName).prefix(2).count == 2 else { return nil }
        var marked = false
        var names: [String] = []
        // What follows © is the publisher.
        let segments = line.prefix(while: { $0 != "©" }).split(whereSeparator: { Self.separators.contains($0) })
            .flatMap { $0.components(separatedBy: " - ") }
        for segment in segments {
            var words = segment.split(separator: " ").map(String.init)
            // "Добавлено: 2012-01-15 14:40:09 Автор: Денис Дорошенко": the name follows the last label.
            if let label = words.lastIndex(where: { Self.labels.contains($0.lowercased()) }) {
                words.removeFirst(label + 1)
                marked = true
            }
            guard (2...3).contains(words.count), words.allSatisfy(Self.isNameWord) else { continue }
            if words.contains(where: { $0.count > 2 && $0 == $0.uppercased() }) { marked = true }
            names.append(words.map(Self.titleCased).joined(separator: " "))
        }
        // Names first, as most lines have none; "Фото ©Ярослав Радловский" credits a photographer, not an author.
        guard !names.isEmpty else { return nil }
        let lowered = line.lowercased()
        guard !Self.creditsOtherWork.contains(where: lowered.contains) else { return nil }
        self.names = names
        isMarked = marked || line.contains("©") || Dateline.parse(line) != nil
    }

    /// The byline of an agency's dateline opening the text ("ГАЗА, 4 янв - РИА Новости, Назар Альян. Глава…"):
    /// a city in capitals, a dash, then the agency and the correspondent up to the first full stop.
    public static func opening(_ paragraph: String) -> Byline? {
        // The first word only: this runs over every prose line of a dump.
        let city = paragraph.prefix { $0 != " " }
        guard city.count > 2, city.allSatisfy({ $0.isUppercase || $0 == "," || $0 == "-" }),
              let end = paragraph.range(of: ". ")?.lowerBound ?? (paragraph.count <= maximumLength ? paragraph.endIndex : nil) else { return nil }
        let dateline = String(paragraph[..<end])
        guard [" - ", " — ", " – "].contains(where: dateline.contains), var byline = Byline(dateline) else { return nil }
        byline.isMarked = true
        return byline
    }

    /// Whether the line is a byline's label and nothing else ("Автор:").
    static func isLabel(_ line: String) -> Bool {
        // Trimmed first, and only a line as short as a label is lowercased: this runs over whole paragraphs.
        let trimmed = line.trimmed(.whitespaces)
        return trimmed.unicodeScalars.count <= longestLabel && labels.contains(trimmed.lowercased())
    }

    static let longestLabel = labels.map(\.unicodeScalars.count).max()!

    static func opensName(_ scalar: Unicode.Scalar) -> Bool { ("А"..."Я").contains(scalar) || scalar == "Ё" }

    /// A capitalised Cyrillic word, hyphens allowed ("Римский-Корсаков"), or an initial ("А.").
    static func isNameWord(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, opensName(first) else { return false }
        return word.unicodeScalars.allSatisfy { ("А"..."я").contains($0) || $0 == "ё" || $0 == "Ё" || $0 == "-" || $0 == "." }
    }

    /// "ТКАЧЕНКО" → "Ткаченко", "РИМСКИЙ-КОРСАКОВ" → "Римский-Корсаков"; mixed case is kept.
    static func titleCased(_ word: String) -> String {
        guard word == word.uppercased() else { return word }
        return word.split(separator: "-", omittingEmptySubsequences: false)
            .map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: "-")
    }
}
