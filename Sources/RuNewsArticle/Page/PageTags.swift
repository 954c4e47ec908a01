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

/// Light lookups in JSON-LD text: pages often carry invalid JSON, so nothing is parsed as a whole; only
/// the value asked for is read (`JSONValue`).
enum JSONLD {
    /// The first string value of `key` in JSON-LD text.
    static func value(_ key: String, in text: String) -> String? {
        guard let value = self.value(at: key, in: text)?.string, !value.isEmpty else { return nil }
        return value
    }

    /// The value of the first `key` in JSON-LD text.
    static func value(at key: String, in text: String) -> JSONValue? {
        guard isQuoted(key, in: text), let range = text.range(of: "\"\(key)\"") else { return nil }
        return JSONValue(after: text[range.upperBound...])
    }

    /// The levels of the first `BreadcrumbList`: each `ListItem`'s name (its own or its `item`'s) and the
    /// path of its address (`item` as a string or its `@id`), in the list's order; empty when there is none.
    /// The list's items are read after its type, as schema.org's examples and content systems write them.
    static func breadcrumbs(in text: String) -> [(name: String, path: String)] {
        guard isQuoted("BreadcrumbList", in: text), let list = text.range(of: "\"BreadcrumbList\""),
              let key = text[list.upperBound...].range(of: "\"itemListElement\""),
              case .array(let items)? = JSONValue(after: text[key.upperBound...]) else { return [] }
        return items.compactMap { item in
            let linked = item["item"]
            guard let name = (item["name"]?.string ?? linked?["name"]?.string)?.trimmed(.whitespacesAndNewlines), !name.isEmpty
            else { return nil }
            let address = linked?.string ?? linked?["@id"]?.string ?? ""
            return (name, String(decoding: SiteHost.parts(of: Array(address.utf8)).path, as: UTF8.self))
        }
    }

    /// The names of the first `author`'s authors: `"author": "Имя"`, an object's `name`, or an array of
    /// either; each author's own `name` only (not that of the organisation it `worksFor`, nor its image's).
    static func authorNames(in text: String) -> [String] {
        guard let author = value(at: "author", in: text) else { return [] }
        let authors = if case .array(let items) = author { items } else { [author] }
        return authors.compactMap { ($0.string ?? $0["name"]?.string)?.trimmed(.whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// Whether the quoted key's bytes occur at all, before the text is searched for it as characters.
    static func isQuoted(_ key: String, in text: String) -> Bool {
        text.utf8.contains(bytes: Array("\"\(key)\"".utf8))
    }
}
