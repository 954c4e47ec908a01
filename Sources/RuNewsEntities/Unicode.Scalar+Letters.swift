extension Unicode.Scalar {
    /// `properties.isUppercase`, answered without a table lookup for ASCII and Cyrillic: every token of a
    /// text asks it.
    @inline(__always)
    var hasUppercaseProperty: Bool {
        switch value {
        case 0x41...0x5A, 0x400...0x42F: true
        case 0...0x7F, 0x430...0x45F: false
        default: properties.isUppercase
        }
    }

    /// `properties.isAlphabetic`, answered without a table lookup for ASCII and Cyrillic.
    @inline(__always)
    var hasAlphabeticProperty: Bool {
        switch value {
        case 0x41...0x5A, 0x61...0x7A, 0x400...0x481, 0x48A...0x4FF: true
        case 0...0x7F: false
        default: properties.isAlphabetic
        }
    }
}
