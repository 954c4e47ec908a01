/// A read-only DAWG in the double-array layout of dawgdic: the index of word forms, of word endings
/// for guessing, and of tag probabilities. Lookups walk UTF-8 bytes and never leave the arrays, even
/// over a damaged file.
struct DAWG: @unchecked Sendable {  // views into the immutable mapped file
    let units: UnsafeBufferPointer<UInt32>
    /// Child and sibling labels per unit; empty for DAWGs only looked up, never completed.
    let guide: UnsafeBufferPointer<UInt8>

    static let root: UInt32 = 0
    /// Separates a key from its payloads in record DAWGs.
    static let payloadSeparator: UInt8 = 0x01

    @inline(__always)
    func follow(_ label: UInt8, from index: UInt32) -> UInt32? {
        guard Int(index) < units.count else { return nil }
        let unit = units[Int(index)]
        let offset = (unit >> 10) << ((unit & (1 << 9)) >> 6)
        let next = index ^ offset ^ UInt32(label)
        guard Int(next) < units.count, units[Int(next)] & 0x8000_00FF == UInt32(label) else { return nil }
        return next
    }

    func follow(_ bytes: some Sequence<UInt8>, from index: UInt32) -> UInt32? {
        var index = index
        for byte in bytes {
            guard let next = follow(byte, from: index) else { return nil }
            index = next
        }
        return index
    }

    @inline(__always)
    func hasValue(_ index: UInt32) -> Bool {
        Int(index) < units.count && units[Int(index)] & (1 << 8) != 0
    }

    func value(_ index: UInt32) -> UInt32? {
        guard Int(index) < units.count else { return nil }
        let unit = units[Int(index)]
        let offset = (unit >> 10) << ((unit & (1 << 9)) >> 6)
        let valueIndex = Int(index ^ offset)
        guard valueIndex < units.count else { return nil }
        return units[valueIndex] & 0x7FFF_FFFF
    }

    /// The integer stored for `key`, if any.
    func find(_ key: some Sequence<UInt8>) -> UInt32? {
        guard let index = follow(key, from: Self.root), hasValue(index) else { return nil }
        return value(index)
    }

    /// Every key completing the prefix that ends at `index`, in the DAWG's order, as bytes after it.
    func completions(from index: UInt32, _ body: (ArraySlice<UInt8>) -> Void) {
        guard !guide.isEmpty else { return }
        var key: [UInt8] = []
        var stack: [UInt32] = [index]
        func child(_ index: UInt32) -> UInt8 { Int(index) * 2 < guide.count ? guide[Int(index) * 2] : 0 }
        func sibling(_ index: UInt32) -> UInt8 { Int(index) * 2 + 1 < guide.count ? guide[Int(index) * 2 + 1] : 0 }
        func findTerminal(_ start: UInt32) -> Bool {
            var index = start
            var steps = 0
            while !hasValue(index) {
                let label = child(index)
                guard label != 0, let next = follow(label, from: index), steps < 1 << 16 else { return false }
                key.append(label)
                stack.append(next)
                index = next
                steps += 1
            }
            return true
        }
        var advanced = findTerminal(index)
        while advanced {
            body(key[...])
            guard var current = stack.last else { return }
            let childLabel = child(current)
            if childLabel != 0 {
                guard let next = follow(childLabel, from: current) else { return }
                key.append(childLabel)
                stack.append(next)
                current = next
            } else {
                while true {
                    let siblingLabel = sibling(current)
                    if !key.isEmpty { key.removeLast() }
                    stack.removeLast()
                    guard let parent = stack.last else { return }
                    current = parent
                    if siblingLabel != 0 {
                        guard let next = follow(siblingLabel, from: current) else { return }
                        key.append(siblingLabel)
                        stack.append(next)
                        current = next
                        break
                    }
                }
            }
            advanced = findTerminal(current)
        }
    }

    /// The payloads stored under `key` in a record DAWG, base64-decoded.
    func payloads(at keyEnd: UInt32, _ body: ([UInt8]) -> Void) {
        guard let index = follow(Self.payloadSeparator, from: keyEnd) else { return }
        completions(from: index) { encoded in
            if let decoded = Base64.decode(encoded) { body(decoded) }
        }
    }

    /// Record keys equal to `key` up to the substitutions (each `from` byte sequence may also be read as
    /// `to`: "е" as "ё"), with the node where each ends; the exact key first, then variants in order of
    /// the first substituted position, as pymorphy's `similar_items`.
    func similarKeys(_ key: [UInt8], substituting from: [UInt8], with to: [UInt8]) -> [(key: [UInt8], end: UInt32)] {
        var results: [(key: [UInt8], end: UInt32)] = []
        collectSimilar(prefix: [], key: key, position: 0, index: Self.root, from: from, to: to, into: &results)
        return results
    }

    private func collectSimilar(prefix: [UInt8], key: [UInt8], position start: Int, index startIndex: UInt32,
                                from: [UInt8], to: [UInt8], into results: inout [(key: [UInt8], end: UInt32)]) {
        var found: [(key: [UInt8], end: UInt32)] = []
        var index = startIndex
        var position = start
        while position < key.count {
            let step = UTF8Scalar.length(of: key[position])
            let end = min(position + step, key.count)
            if key[position..<end].elementsEqual(from), let next = follow(to, from: index) {
                let variant = prefix + key[start..<position] + to
                collectSimilar(prefix: variant, key: key, position: end, index: next, from: from, to: to, into: &found)
            }
            guard let next = follow(key[position..<end], from: index) else {
                results.append(contentsOf: found)
                return
            }
            index = next
            position = end
        }
        if follow(Self.payloadSeparator, from: index) != nil { results.append((prefix + key[start...], index)) }
        results.append(contentsOf: found)
    }
}

enum UTF8Scalar {
    /// Bytes in the UTF-8 sequence that starts with `lead`.
    @inline(__always)
    static func length(of lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }
}

/// Standard base64, as the DAWG payloads are written.
enum Base64 {
    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (index, byte) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(byte)] = UInt8(index)
        }
        return table
    }()

    static func decode(_ text: ArraySlice<UInt8>) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(text.count * 3 / 4)
        var accumulator: UInt32 = 0
        var bits = 0
        for byte in text {
            if byte == UInt8(ascii: "=") { break }
            let value = values[Int(byte)]
            guard value != 0xFF else { return nil }
            accumulator = accumulator << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                output.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
            }
        }
        return output
    }
}
