/// The site an address belongs to: its host without "www.", which groups a site's pages for template learning.
public enum SiteHost {
    /// "http://www.ria.ru/world/1.html" → "ria.ru"; nil for a relative address.
    public static func of(_ url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        var host = url[scheme.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }.lowercased()
        if host.hasPrefix("www.") { host.removeFirst(4) }
        return host.isEmpty ? nil : host
    }
}
