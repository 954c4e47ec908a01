import RuNewsHTML
import Foundation

/// What a page declares about itself in its markup rather than its text: `<meta>` tags by property, name
/// or itemprop (the first value of each), `<title>`, `<link rel="canonical">` and the JSON-LD scripts.
struct PageTags {
    var meta: [String: String] = [:]
    var titleTag: String?
    var canonical: String?
    /// The text of each `application/ld+json` script, with its element.
    var jsonLD: [(element: Int, text: String)] = []

    mutating func visit(_ element: Int, in document: HTMLDocument) {
        switch document.nodes[element].tag {
        case .meta:
            if let key = Self.key(of: element, in: document), let content = document.attribute("content", of: element), meta[key] == nil {
                meta[key] = content.trimmed(.whitespacesAndNewlines)
            }
        case .link where canonical == nil && document.attribute("rel", of: element)?.lowercased() == "canonical":
            canonical = document.attribute("href", of: element)
        case .title where titleTag == nil:
            titleTag = document.text(of: element)
        case .script where document.attribute("type", of: element)?.lowercased() == "application/ld+json":
            jsonLD.append((element, document.children(of: element).map { String(decoding: document.nodes[$0].text, as: UTF8.self) }.joined()))
        default:
            break
        }
    }

    /// A meta tag's key: its `property`, else `name`, else `itemprop`, lowercased.
    static func key(of element: Int, in document: HTMLDocument) -> String? {
        (document.attribute("property", of: element) ?? document.attribute("name", of: element)
            ?? document.attribute("itemprop", of: element))?.lowercased()
    }

    /// All JSON-LD text of the page, for the light lookups of `JSONLD`.
    var allJSONLD: String { jsonLD.map(\.text).joined(separator: "\n") }
}

/// Light lookups in JSON-LD text: pages often carry invalid JSON, so nothing is parsed as a whole.
enum JSONLD {
    /// The first string value of `key` in JSON-LD text.
    static func value(_ key: String, in text: String) -> String? {
        guard isQuoted(key, in: text), let range = text.range(of: "\"\(key)\"") else { return nil }
        var rest = text[range.upperBound...].drop { $0 == " " || $0 == ":" || $0 == "\n" || $0 == "\t" }
        guard rest.first == "\"" else { return nil }
        rest = rest.dropFirst()
        var value = ""
        var escaped = false
        for character in rest {
            if escaped { value.append(character); escaped = false; continue }
            if character == "\\" { escaped = true; continue }
            if character == "\"" { break }
            value.append(character)
        }
        return value.isEmpty ? nil : value
    }

    /// The authors' names: `"author": "Имя"`, an object's `name`, or an array of either, each author's
    /// own `name` only (not that of the organisation it `worksFor`, nor of its `image`).
    static func authorNames(in text: String) -> [String] {
        if let name = value("author", in: text) { return [name] }
        guard let author = object("author", in: text) else { return [] }
        var names: [String] = []
        var depth = 0, openers: [Character] = []
        var string: String?, escaped = false
        var lastString: String?, afterColon = false
        for character in author {
            if var current = string {
                if escaped { current.append(character); escaped = false; string = current; continue }
                if character == "\\" { escaped = true; continue }
                if character != "\"" { current.append(character); string = current; continue }
                // A string ends: the value of a person's "name", or a name in an array of names.
                let isPersonLevel = openers.last == "{" && (depth == 1 || depth == 2 && openers.first == "[")
                if afterColon, lastString == "name", isPersonLevel { names.append(current) }
                if !afterColon, depth == 1, openers.last == "[" { names.append(current) }
                lastString = afterColon ? nil : current
                afterColon = false
                string = nil
                continue
            }
            switch character {
            case "\"": string = ""
            case "{", "[": depth += 1; openers.append(character); afterColon = false; lastString = nil
            case "}", "]": depth -= 1; _ = openers.popLast(); afterColon = false
            case ":": afterColon = true
            case ",": afterColon = false; lastString = nil
            default: break
            }
        }
        return names.map { $0.trimmed(.whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// Whether the quoted key's bytes occur at all, before the text is searched for it as characters.
    static func isQuoted(_ key: String, in text: String) -> Bool {
        text.utf8.contains(bytes: Array("\"\(key)\"".utf8))
    }

    /// The text of the object or array that `key` opens, for a nested lookup.
    static func object(_ key: String, in text: String) -> String? {
        guard isQuoted(key, in: text), let range = text.range(of: "\"\(key)\"") else { return nil }
        let rest = text[range.upperBound...].drop { $0 == " " || $0 == ":" }
        guard let first = rest.first, first == "{" || first == "[" else { return nil }
        var depth = 0
        var end = rest.startIndex
        for index in rest.indices {
            if rest[index] == "{" || rest[index] == "[" { depth += 1 }
            if rest[index] == "}" || rest[index] == "]" { depth -= 1; if depth == 0 { end = index; break } }
        }
        return String(rest[rest.startIndex...end])
    }
}
