extension Collection where Element == UInt8 {
    /// Whether `needle` (not empty) occurs in these bytes: class words, attribute values, a headline
    /// within a block. UTF-8 text is searched as bytes over its contiguous storage; no decoding.
    func contains(bytes needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        if let found = withContiguousStorageIfAvailable({ haystack in needle.withUnsafeBufferPointer { haystack.contains($0) } }) {
            return found
        }
        return Array(self).contains(bytes: needle)
    }
}

private extension UnsafeBufferPointer where Element == UInt8 {
    func contains(_ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard needle.count <= count else { return false }
        let first = needle[0]
        for start in 0...(count - needle.count) where self[start] == first {
            var offset = 1
            while offset < needle.count, self[start + offset] == needle[offset] { offset += 1 }
            if offset == needle.count { return true }
        }
        return false
    }
}
