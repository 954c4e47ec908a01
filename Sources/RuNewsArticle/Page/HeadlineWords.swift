/// The headline's words, for telling the article's text from other long text on the page: an article
/// repeats words of its headline ("медики прооперировали столетнего" — "прооперировали столетнему
/// человеку"), a site's rules for comments, its legal notice or a list of tournaments do not. Words of
/// four letters or more count, cut to `HeadlineAgreement`'s stems, so that case and inflection do not.
struct HeadlineWords {
    /// The headline's stems; the bit of each is its place. A headline has few: a scan beats hashing.
    private var stems: [HeadlineAgreement.Stem] = []

    /// In the headline's order (a set's would change from run to run, and so would which 64 are kept).
    init(_ headline: String?) {
        guard let headline else { return }
        HeadlineAgreement.forEachStem(in: headline.utf8) { stem in
            if stem.length >= 4, stems.count < 64, !stems.contains(stem) { stems.append(stem) }
        }
    }

    var isEmpty: Bool { stems.isEmpty }

    /// The headline's words that `text` holds, as bits.
    func shared(with text: String) -> UInt64 {
        guard !stems.isEmpty else { return 0 }
        var bits: UInt64 = 0
        func add(_ stem: HeadlineAgreement.Stem) {
            guard stem.length >= 4, let place = stems.firstIndex(of: stem) else { return }
            bits |= 1 << UInt64(place)
        }
        // Over the bytes in place: a block's text is contiguous, and iterating a String's view is slower.
        if text.utf8.withContiguousStorageIfAvailable({ HeadlineAgreement.forEachStem(in: $0, add) }) == nil {
            HeadlineAgreement.forEachStem(in: text.utf8, add)
        }
        return bits
    }

    /// What a container weighs for the headline's words its text holds: half with none of them, else
    /// 1 and as much again as the share it holds; 1 without a headline.
    func weight(of shared: UInt64) -> Double {
        guard !stems.isEmpty else { return 1 }
        let share = Double(shared.nonzeroBitCount) / Double(stems.count)
        return share == 0 ? 0.5 : 1 + share
    }

    /// The most `weight(of:)` gives.
    static var greatestWeight: Double { 2 }
}
