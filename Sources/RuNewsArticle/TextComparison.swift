import Foundation
import RuNewsText

/// How the dump reader compares lines: by their folded words, letters or stems, so that spacing,
/// quotes, case, "ё" and inflection do not hide a repeat.
enum TextComparison {
    static func fold(_ text: String) -> String {
        Folding.fold(text).trimmed(.whitespacesAndNewlines)
    }

    static func wordSet(_ text: String) -> Set<String> {
        Set(Folding.fold(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
    }

    /// The same paragraph but for spacing, quotes, case or a cut with "…".
    static func nearlyEqual(_ a: String, _ b: String) -> Bool {
        nearlyEqual(key: letters(a), letters(b))
    }

    /// `nearlyEqual` over keys already made by `letters`.
    static func nearlyEqual(key x: String, _ y: String) -> Bool {
        // Keys are letters and digits: scalars are characters.
        let (xCount, yCount) = (x.unicodeScalars.count, y.unicodeScalars.count)
        guard xCount >= DumpLayout.repeatedParagraphLetters, yCount >= DumpLayout.repeatedParagraphLetters else { return false }
        if x == y { return true }
        let (short, long) = xCount <= yCount ? (x, y) : (y, x)
        return min(xCount, yCount) >= DumpLayout.cutParagraphLetters && long.hasPrefix(short)
    }

    /// The text's letters and digits, folded: the key a repeat is found by.
    static func letters(_ text: String) -> String {
        Folding.fold(text) { scalar in
            let kind = ScalarClass(scalar)
            return kind.isLetter || kind == .digit
        }
    }

    /// Words of four letters or more cut to five, a stem good enough to match inflected forms.
    static func stems(_ string: String) -> Set<String> {
        Set(Folding.fold(string).split(whereSeparator: { !$0.isLetter }).filter { $0.count >= 4 }.map { String($0.prefix(5)) })
    }

    /// Whether the text speaks of what the heading names: some of the heading's content words (by their
    /// first five letters) occur in it.
    static func isAbout(_ text: String, title: String) -> Bool {
        let heading = stems(title)
        guard !heading.isEmpty else { return true }
        return Double(heading.intersection(stems(text)).count) / Double(heading.count) >= 0.34
    }
}
