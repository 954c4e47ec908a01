/// The rules' mentions of a text as the combination with the tagger asks for them: by the tokens a span
/// overlaps. Each token lists the mentions covering it, so the mentions a span overlaps are read off its
/// own tokens: the cost of a query is the span's length times the few mentions nested at a token, however
/// long some mention is, and the tagger's spans are disjoint, so all of them cost the text's length.
struct RuleMentions {
    struct Mention: Hashable {
        let kind: EntityTagger.Kind
        let tokens: Range<Int>
    }

    /// In text order (by start, then end).
    private let mentions: [Mention]
    /// For each token, `covering[start[token]..<start[token + 1]]` are the mentions over it, in order.
    private let start: [Int32]
    private let covering: [Int32]

    init(_ mentions: [Mention]) {
        let sorted = mentions.sorted { ($0.tokens.lowerBound, $0.tokens.upperBound) < ($1.tokens.lowerBound, $1.tokens.upperBound) }
        self.mentions = sorted
        let tokens = sorted.map(\.tokens.upperBound).max() ?? 0
        var start = [Int32](repeating: 0, count: tokens + 1)
        for mention in sorted { for token in mention.tokens { start[token + 1] += 1 } }
        for token in 0..<tokens { start[token + 1] += start[token] }
        var covering = [Int32](repeating: 0, count: Int(start[tokens]))
        var next = start
        for (index, mention) in sorted.enumerated() {
            for token in mention.tokens {
                covering[Int(next[token])] = Int32(index)
                next[token] += 1
            }
        }
        self.start = start
        self.covering = covering
    }

    /// The mentions sharing a token with `range`, in text order.
    func overlapping(_ range: Range<Int>) -> [Mention] {
        let lower = max(range.lowerBound, 0), upper = min(range.upperBound, start.count - 1)
        guard lower < upper else { return [] }
        var found: [Int] = []
        for token in lower..<upper {
            for slot in Int(start[token])..<Int(start[token + 1]) {
                let index = Int(covering[slot])
                // Each mention once: at its first token inside the range.
                if max(mentions[index].tokens.lowerBound, lower) == token { found.append(index) }
            }
        }
        return found.sorted().map { mentions[$0] }
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
