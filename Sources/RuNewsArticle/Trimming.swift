import Foundation

extension String {
    /// The text without the scalars of `set` around it, as Foundation's `trimmingCharacters(in:)` gives
    /// it, found from both ends over the scalars (Foundation copies the whole text to UTF-16 first, and
    /// this runs over meta descriptions and paragraphs).
    func trimmed(_ set: CharacterSet) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !set.contains($0) }),
              let last = scalars.lastIndex(where: { !set.contains($0) }) else { return "" }
        return String(Substring(scalars[first...last]))
    }
}
