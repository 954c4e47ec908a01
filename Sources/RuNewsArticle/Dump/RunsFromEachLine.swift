/// For every line, the best run of text that starts there: read on while the sum of the costs stays above
/// zero, the end where the sum is greatest (the first such end). Answered for any start in constant time
/// from prefix sums, the next prefix at or below each one, and a sparse table of maxima, built in
/// O(n log n): `ProseRun.bestRun(after:)` asks it for many starts after every headline of a dump, where
/// reading each run to its end again was quadratic.
struct RunsFromEachLine {
    /// `prefix[k]` is the sum of the first `k` costs.
    private let prefix: [Int]
    /// For each `k`, the first `j > k` with `prefix[j] <= prefix[k]` (a run from line `k` stops before
    /// line `j - 1` adds to it), else `prefix.count`.
    private let stop: [Int]
    /// `table[level][k]`: the index of the greatest prefix in `k ..< k + 2^level`, the first of equals.
    private let table: [[Int]]

    init(costs: [Int]) {
        var prefix = [0]
        prefix.reserveCapacity(costs.count + 1)
        for cost in costs { prefix.append(prefix[prefix.count - 1] + cost) }
        var stop = [Int](repeating: prefix.count, count: prefix.count)
        var stack: [Int] = []  // indices whose prefixes rise from the bottom, read from the right
        for index in prefix.indices.reversed() {
            while let last = stack.last, prefix[last] > prefix[index] { stack.removeLast() }
            if let last = stack.last { stop[index] = last }
            stack.append(index)
        }
        var table = [Array(prefix.indices)]
        var width = 1
        while width * 2 <= prefix.count {
            let below = table[table.count - 1]
            table.append((0...(prefix.count - width * 2)).map { start in
                let left = below[start], right = below[start + width]
                return prefix[right] > prefix[left] ? right : left
            })
            width *= 2
        }
        self.prefix = prefix
        self.stop = stop
        self.table = table
    }

    /// The best run starting at line `start` and its score, or nil where none scores above zero.
    func best(from start: Int) -> (range: Range<Int>, score: Int)? {
        // Ends are prefix indices start + 1 ..< stop[start]: the sums above zero.
        let lower = start + 1, upper = stop[start]
        guard lower < upper else { return nil }
        let end = maximum(in: lower..<upper)
        return (start..<end, prefix[end] - prefix[start])
    }

    /// The index of the greatest prefix in `range`, the first of equals.
    private func maximum(in range: Range<Int>) -> Int {
        var level = 0
        while 1 << (level + 1) <= range.count { level += 1 }
        let left = table[level][range.lowerBound], right = table[level][range.upperBound - (1 << level)]
        return prefix[right] > prefix[left] ? right : left
    }
}
