/// The site an address belongs to: its host without "www.", which groups a site's pages for template
/// learning; and the path, which tells a breadcrumb trail going down one address. Read over UTF-8 bytes:
/// a page asks it for every link it has.
public enum SiteHost {
    /// "http://www.ria.ru/world/1.html" → "ria.ru"; nil for a relative address.
    public static func of(_ url: String) -> String? { of(Array(url.utf8)) }

    static func of(_ url: [UInt8]) -> String? {
        guard let host = parts(of: url).host?.map(HTMLTokenizer.lower) else { return nil }
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
}
