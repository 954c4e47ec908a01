/// The work a document may cost, counted in the pipeline's own steps (bytes decoded, tree nodes,
/// tokens walked, words analysed, guesses tried), so that a limit gives the same records on every
/// machine and whatever else runs beside: unlike a clock, which counts a loaded machine's slowness.
///
/// Every stage is linear in its input, so a document within the size limit stays far below the
/// default; the budget is the guard for what is not foreseen, checked inside the long stages.
public struct WorkBudget: Sendable, Equatable {
    /// About a hundred times what the largest document the size limit lets through costs.
    public static let defaultLimit = 1 << 30

    public let limit: Int
    public private(set) var used = 0

    public init(limit: Int = WorkBudget.defaultLimit) {
        self.limit = limit
    }

    public var isExhausted: Bool { used > limit }
    public var remaining: Int { max(0, limit - used) }

    /// Counts `units` of work done; false once the budget is spent.
    @discardableResult
    public mutating func charge(_ units: Int) -> Bool {
        used &+= max(0, units)
        return used <= limit
    }
}
