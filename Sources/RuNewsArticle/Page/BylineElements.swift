import RuNewsHTML
import Foundation

/// Elements whose class or id names an author ("author", "byline"), with their short text: the bylines
/// the markup marks, for `PageMetadata` to keep those beside the article.
struct BylineElements {
    /// Class and id words of the element that names the author ("autor" is the Latin and many sites' spelling).
    static let hints = BytePatterns(["author", "autor", "byline"])

    private(set) var found: [(element: Int, text: String)] = []

    mutating func visit(_ element: Int, in document: HTMLDocument, hints: HintWords) {
        guard hints.say(any: Self.hints) else { return }
        let text = document.text(of: element)
        if !text.isEmpty, text.hasCharacters(atMost: 80) { found.append((element, text)) }
    }

    /// The names of the bylines beside the article (under its container's grandparent; anywhere
    /// without a container); many names are a list of the site's authors, not a byline, and give none.
    func names(beside container: Int?, in document: HTMLDocument) -> [String] {
        let beside = found.filter { Self.isBeside(container, $0.element, in: document) }.flatMap { Byline($0.text)?.names ?? [$0.text] }
        return Set(beside).count <= 3 ? beside : []
    }

    /// Whether `element` lies under the grandparent of the article's container (anywhere, without one).
    static func isBeside(_ container: Int?, _ element: Int, in document: HTMLDocument) -> Bool {
        guard let container, let scope = document.scopes(around: container, levels: 2).last else { return true }
        return document.isDescendant(element, of: scope)
    }
}

extension PageMetadata {
    /// Person names from bylines: "Автор:", "Текст:" stripped, photo credits, links and agencies left out.
    static func authors(_ candidates: [String]) -> [String] {
        var result: [String] = []
        for candidate in candidates {
            var name = candidate.trimmingCharacters(in: .whitespacesAndNewlines)
            let lowered = name.lowercased()
            if lowered.hasPrefix("фото") || lowered.contains("http") || lowered.contains("@") || lowered.contains("www.") { continue }
            for label in ["автор:", "автор", "текст:", "author:", "by "] where name.lowercased().hasPrefix(label) {
                name = String(name.dropFirst(label.count)).trimmingCharacters(in: .whitespaces)
            }
            let words = name.split(separator: " ")
            guard (2...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }),
                  !result.contains(name) else { continue }
            result.append(name)
        }
        return result
    }
}
