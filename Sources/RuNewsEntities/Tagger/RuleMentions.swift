/// The rules' mentions of a text as the combination with the tagger asks for them: by the tokens a span
/// overlaps. Ordered by start, with the longest mention's length, so that those a span overlaps are found
/// by a binary search and a walk over the few that may reach it, not a scan of all of them for every span.
struct RuleMentions {
    struct Mention: Hashable {
        let kind: EntityTagger.Kind
        let tokens: Range<Int>
    }

    private let mentions: [Mention]
    private let longest: Int

    init(_ mentions: [Mention]) {
        self.mentions = mentions.sorted { ($0.tokens.lowerBound, $0.tokens.upperBound) < ($1.tokens.lowerBound, $1.tokens.upperBound) }
        longest = mentions.map(\.tokens.count).max() ?? 0
    }

    /// The mentions sharing a token with `range`, in text order.
    func overlapping(_ range: Range<Int>) -> [Mention] {
        // A mention starting `longest` tokens or more before the range ends before it.
        let first = mentions.partitioningIndex { $0.tokens.lowerBound > range.lowerBound - longest }
        return mentions[first...].prefix { $0.tokens.lowerBound < range.upperBound }.filter { $0.tokens.overlaps(range) }
    }
}

extension RuleMentions: ExpressibleByArrayLiteral {
    init(arrayLiteral mentions: (EntityTagger.Kind, Range<Int>)...) {
        self.init(mentions.map { Mention(kind: $0.0, tokens: $0.1) })
    }
}

extension RandomAccessCollection {
    /// The first index whose element satisfies `predicate`, which holds of a suffix of the collection: a
    /// binary search.
    func partitioningIndex(where predicate: (Element) -> Bool) -> Index {
        var low = startIndex, count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if predicate(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}
