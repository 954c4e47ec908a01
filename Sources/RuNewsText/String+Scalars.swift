extension String {
    /// The string of `scalars`, written as UTF-8 straight into the string's storage: a scalar view's
    /// `append(contentsOf:)` encodes and grows scalar by scalar, ten times the cost for a word.
    public init(scalars: some Collection<Unicode.Scalar>) {
        var size = 0
        for scalar in scalars { size += Self.utf8Width(scalar.value) }
        self.init(unsafeUninitializedCapacity: size) { buffer in
            var written = 0
            for scalar in scalars {
                let value = scalar.value
                switch Self.utf8Width(value) {
                case 1:
                    buffer[written] = UInt8(truncatingIfNeeded: value)
                case 2:
                    buffer[written] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
                    buffer[written + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                case 3:
                    buffer[written] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
                    buffer[written + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
                    buffer[written + 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                default:
                    buffer[written] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
                    buffer[written + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
                    buffer[written + 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
                    buffer[written + 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                }
                written += Self.utf8Width(value)
            }
            return written
        }
    }

    @inline(__always)
    private static func utf8Width(_ value: UInt32) -> Int {
        value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x1_0000 ? 3 : 4
    }
}
