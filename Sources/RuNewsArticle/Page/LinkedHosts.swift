import RuNewsHTML

/// The hosts a page's absolute links go to, counted: the most linked one is the page's own site when the
/// page gives no address.
struct LinkedHosts {
    private var counts: [String: Int] = [:]

    mutating func visit(_ element: Int, in document: HTMLDocument) {
        guard document.nodes[element].tag == .a, let href = document.value(of: "href", at: element), let host = SiteHost.of(href) else { return }
        counts[host, default: 0] += 1
    }

    /// Ties go to the alphabetically first host, so the answer does not depend on hashing.
    var mostLinked: String? {
        counts.max { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key }?.key
    }
}
