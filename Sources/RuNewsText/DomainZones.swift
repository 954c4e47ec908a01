/// Top-level domains that site names carry in news text: "Газета.Ru", "Lenta.Ru", "Коммерсантъ.РФ".
///
/// A period before one of them, in any case and followed by no more letters, joins the site name
/// into one word instead of ending a sentence before a capital ("издания Право.Ru").
public enum DomainZones {
    /// Lowercase.
    public static let zones: Set<String> = [
        "ru", "рф", "su", "com", "net", "org", "info", "biz", "ua", "by", "kz", "uz", "ge", "am", "az", "md",
        "uk", "us", "de", "fr", "tv", "fm", "io", "me",
    ]

    public static func contains(_ word: some StringProtocol) -> Bool {
        zones.contains(word.lowercased())
    }
}
