extension Array {
    /// The indices `distances` away from `index`, nearest first and after before before: for 1...2,
    /// `[index + 1, index - 1, index + 2, index - 2]`, those inside the array only.
    func indices(around index: Int, within distances: ClosedRange<Int>) -> [Int] {
        distances.flatMap { distance in distance == 0 ? [index] : [index + distance, index - distance] }
            .filter(indices.contains)
    }
}
