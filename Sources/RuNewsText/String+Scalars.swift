extension String {
    /// The string of `scalars`, written as UTF-8 straight into the string's storage: a scalar view's
    /// `append(contentsOf:)` encodes and grows scalar by scalar, ten times the cost for a word.
    public init(scalars: some Collection<Unicode.Scalar>) {
        let size = scalars.reduce(0) { $0 + UTF8.width($1) }
        self.init(unsafeUninitializedCapacity: size) { buffer in
            var written = 0
            for scalar in scalars {
                for byte in UTF8.encode(scalar)! {
                    buffer[written] = byte
                    written += 1
                }
            }
            return written
        }
    }
}
