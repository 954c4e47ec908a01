/// The site an address belongs to: its host without "www.", which groups a site's pages for template
/// learning; and the path, which tells a breadcrumb trail going down one address.
public enum SiteHost {
    /// "http://www.ria.ru/world/1.html" → "ria.ru"; nil for a relative address.
    public static func of(_ url: String) -> String? {
        guard var host = parts(of: url).host?.lowercased() else { return nil }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        return host.isEmpty ? nil : host
    }

    /// "http://www.ria.ru:80/world/?a=1" → ("www.ria.ru", "/world/"); "/world/" → (nil, "/world/").
    static func parts(of url: String) -> (host: Substring?, path: Substring) {
        var rest = Substring(url)
        var host: Substring?
        if let scheme = rest.range(of: "://") {
            rest = rest[scheme.upperBound...]
            host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
            rest = rest.drop { $0 != "/" }
        }
        return (host, rest.prefix { $0 != "?" && $0 != "#" })
    }
}
