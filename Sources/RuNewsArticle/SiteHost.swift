/// The site an address belongs to: its host without "www.", which groups a site's pages for template
/// learning; and the path, which tells a breadcrumb trail going down one address. Read over UTF-8 bytes:
/// a page asks it for every link it has.
public enum SiteHost {
    /// "http://www.ria.ru/world/1.html" → "ria.ru"; nil for a relative address.
    public static func of(_ url: String) -> String? { of(Array(url.utf8)) }

    static func of(_ url: [UInt8]) -> String? {
        guard let host = parts(of: url).host?.map(\.asciiLowercased) else { return nil }
        let site = host.starts(with: "www.".utf8) ? host.dropFirst(4) : host[...]
        return site.isEmpty ? nil : String(decoding: site, as: UTF8.self)
    }

    /// "http://www.ria.ru:80/world/?a=1" → ("www.ria.ru", "/world/"); "/world/" → (nil, "/world/").
    static func parts(of url: [UInt8]) -> (host: ArraySlice<UInt8>?, path: ArraySlice<UInt8>) {
        var rest = url[...]
        var host: ArraySlice<UInt8>?
        if let scheme = schemeEnd(in: url) {
            rest = url[scheme...]
            host = rest.prefix { $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") && $0 != UInt8(ascii: ":") }
            rest = rest.drop { $0 != UInt8(ascii: "/") }
        }
        return (host, rest.prefix { $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") })
    }

    /// Where what follows "://" starts.
    private static func schemeEnd(in url: [UInt8]) -> Int? {
        guard url.count >= 3 else { return nil }
        for index in 0...(url.count - 3) where url[index] == UInt8(ascii: ":") {
            if url[index + 1] == UInt8(ascii: "/") && url[index + 2] == UInt8(ascii: "/") { return index + 3 }
        }
        return nil
    }

    /// The page an address names, whatever the copy: its site, path and query without the scheme,
    /// "www.", an "amp" path segment, a trailing slash, the fragment and tracking or AMP parameters.
    /// "https://www.ria.ru/amp/world/1.html?utm_source=x" and "http://ria.ru/world/1.html" are one page.
    public static func page(_ url: String) -> String? {
        let bytes = Array(url.utf8)
        guard let site = of(bytes) else { return nil }
        let (_, path) = parts(of: bytes)
        let segments = path.split(separator: UInt8(ascii: "/")).filter { !$0.elementsEqual("amp".utf8) }
        var page = site + "/" + segments.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "/")
        if let question = bytes.firstIndex(of: UInt8(ascii: "?")) {
            let query = bytes[(question + 1)...].prefix { $0 != UInt8(ascii: "#") }
            let kept = query.split(separator: UInt8(ascii: "&")).filter { parameter in
                let name = String(decoding: parameter.prefix { $0 != UInt8(ascii: "=") }, as: UTF8.self).lowercased()
                return !(name.hasPrefix("utm_") || Self.copyParameters.contains(name))
            }
            if !kept.isEmpty { page += "?" + kept.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "&") }
        }
        return page
    }

    /// Query parameters that tell copies of a page apart, not pages.
    static let copyParameters: Set<String> = ["amp", "ref", "from", "fbclid", "gclid", "yclid", "_openstat"]
}
