import Testing
@testable import RuNewsArticle

@Suite struct RunsFromEachLineTests {
    /// The run read line by line, as `ProseRun` read it before: on while the sum stays above zero, the
    /// first end of the greatest sum.
    static func readOn(_ costs: [Int], from start: Int) -> (range: Range<Int>, score: Int)? {
        var best: (range: Range<Int>, score: Int)?
        var sum = 0
        for index in start..<costs.count {
            sum += costs[index]
            if sum <= 0 { break }
            if sum > best?.score ?? 0 { best = (start..<(index + 1), sum) }
        }
        return best
    }

    /// Every start of many cost rows, with ties and runs to the end, gives what reading on gives.
    @Test func everyStartGivesTheRunReadOnWouldGive() {
        var generator = SplitMix64(seed: 7)
        for length in [0, 1, 2, 3, 7, 16, 33, 100] {
            for _ in 0..<20 {
                let costs = (0..<length).map { _ in Int(generator.next() % 9) - 4 }
                let runs = RunsFromEachLine(costs: costs)
                for start in costs.indices {
                    let expected = Self.readOn(costs, from: start), found = runs.best(from: start)
                    #expect(found?.range == expected?.range && found?.score == expected?.score, "\(costs) from \(start)")
                }
            }
        }
    }
}

/// A fixed sequence (SplitMix64), so the rows are the same on every run.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
