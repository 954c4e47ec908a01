extension String {
    /// The string of `scalars`, written as UTF-8 straight into the string's storage: a scalar view's
    /// `append(contentsOf:)` encodes and grows scalar by scalar, ten times the cost for a word.
    /// (Inlinable: other modules call it, and a generic call left unspecialised costs more than the work.)
    @inlinable
    public init(scalars: some Collection<Unicode.Scalar>) {
        var size = 0
        for scalar in scalars { size += UTF8Bytes.width(scalar) }
        self.init(unsafeUninitializedCapacity: size) { buffer in
            var written = 0
            for scalar in scalars { written += UTF8Bytes.write(scalar, into: buffer, at: written) }
            return written
        }
    }
}

/// A scalar's UTF-8, written by hand where text is built a scalar at a time (the standard library's
/// `UTF8.encode` hands back an optional collection per scalar).
public enum UTF8Bytes {
    @inlinable
    public static func width(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        return value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x1_0000 ? 3 : 4
    }

    /// Writes the scalar's bytes at `index` (room for `width(scalar)` of them); returns how many.
    @inlinable
    public static func write(_ scalar: Unicode.Scalar, into buffer: UnsafeMutableBufferPointer<UInt8>, at index: Int) -> Int {
        let value = scalar.value
        switch width(scalar) {
        case 1:
            buffer[index] = UInt8(truncatingIfNeeded: value)
            return 1
        case 2:
            buffer[index] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
            buffer[index + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
            return 2
        case 3:
            buffer[index] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
            buffer[index + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
            buffer[index + 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
            return 3
        default:
            buffer[index] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
            buffer[index + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
            buffer[index + 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
            buffer[index + 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
            return 4
        }
    }

    /// Appends the scalar's bytes to `bytes`.
    @inlinable
    public static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value))
        } else {
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4) { buffer in
                bytes.append(contentsOf: UnsafeMutableBufferPointer(rebasing: buffer[..<write(scalar, into: buffer, at: 0)]))
            }
        }
    }
}
