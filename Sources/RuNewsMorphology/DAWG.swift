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

    func follow(_ bytes: UnsafeBufferPointer<UInt8>, from index: UInt32) -> UInt32? {
        var index = index
        for byte in bytes {
            guard let next = follow(byte, from: index) else { return nil }
            index = next
        }
        return index
    }

    func follow(_ bytes: [UInt8], from index: UInt32) -> UInt32? {
        bytes.withUnsafeBufferPointer { follow($0, from: index) }
    }

    func follow(_ bytes: ArraySlice<UInt8>, from index: UInt32) -> UInt32? {
        bytes.withUnsafeBufferPointer { follow($0, from: index) }
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

    /// The integer stored for `key` after the node `index`, if any.
    func find(_ key: [UInt8], from index: UInt32 = Self.root) -> UInt32? {
        key.withUnsafeBufferPointer { find($0, from: index) }
    }

    func find(_ key: UnsafeBufferPointer<UInt8>, from index: UInt32 = Self.root) -> UInt32? {
        guard let index = follow(key, from: index), hasValue(index) else { return nil }
        return value(index)
    }

    /// Every key completing the prefix that ends at `index`, in the DAWG's order, as the bytes after
    /// it. Keys longer than 64 bytes (none in our files) end the walk.
    func completions(from index: UInt32, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard !guide.isEmpty else { return }
        let capacity = 64
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { key in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: capacity + 1) { stack in
                var depth = 0  // bytes in `key`; `stack` holds depth + 1 nodes
                stack[0] = index
                func child(_ index: UInt32) -> UInt8 { Int(index) * 2 < guide.count ? guide[Int(index) * 2] : 0 }
                func sibling(_ index: UInt32) -> UInt8 { Int(index) * 2 + 1 < guide.count ? guide[Int(index) * 2 + 1] : 0 }
                func push(_ label: UInt8, _ node: UInt32) -> Bool {
                    guard depth < capacity else { return false }
                    key[depth] = label
                    depth += 1
                    stack[depth] = node
                    return true
                }
                func findTerminal() -> Bool {
                    while !hasValue(stack[depth]) {
                        let label = child(stack[depth])
                        guard label != 0, let next = follow(label, from: stack[depth]), push(label, next) else { return false }
                    }
                    return true
                }
                guard findTerminal() else { return }
                while true {
                    body(UnsafeBufferPointer(rebasing: key[0..<depth]))
                    let childLabel = child(stack[depth])
                    if childLabel != 0 {
                        guard let next = follow(childLabel, from: stack[depth]), push(childLabel, next) else { return }
                    } else {
                        while true {
                            let siblingLabel = sibling(stack[depth])
                            guard depth > 0 else { return }
                            depth -= 1
                            if siblingLabel != 0 {
                                guard let next = follow(siblingLabel, from: stack[depth]), push(siblingLabel, next) else { return }
                                break
                            }
                        }
                    }
                    guard findTerminal() else { return }
                }
            }
        }
    }

    /// The payloads stored under a key in a record DAWG (`keyEnd` is the node where the key ends),
    /// base64-decoded into a big-endian integer of at most eight bytes, with their byte count.
    func payloads(at keyEnd: UInt32, _ body: (_ value: UInt64, _ bytes: Int) -> Void) {
        guard let index = follow(Self.payloadSeparator, from: keyEnd) else { return }
        completions(from: index) { encoded in
            if let (value, bytes) = Base64.decodeInteger(encoded) { body(value, bytes) }
        }
    }

    /// Record keys equal to `key` up to the substitutions (each `from` byte sequence may also be read as
    /// `to`: "е" as "ё"), with the node where each ends; the exact key first, then variants in order of
    /// the first substituted position, as pymorphy's `similar_items`.
    func similarKeys(_ key: [UInt8], substituting from: [UInt8], with to: [UInt8]) -> [(key: [UInt8], end: UInt32)] {
        // Most keys have no variant in the DAWG: one walk finds out, and only a variant takes the search.
        let end = key.withUnsafeBufferPointer { key -> UInt32?? in
            var index = Self.root
            var position = 0
            while position < key.count {
                if key[position] == from[0], position + from.count <= key.count,
                   from.indices.allSatisfy({ key[position + $0] == from[$0] }), follow(to, from: index) != nil {
                    return .none
                }
                guard let next = follow(key[position], from: index) else { return .some(nil) }
                index = next
                position += 1
            }
            return .some(follow(Self.payloadSeparator, from: index) == nil ? nil : index)
        }
        if let end { return end.map { [(key, $0)] } ?? [] }
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

    /// Decodes at most eight bytes into one big-endian integer, without allocating.
    static func decodeInteger(_ text: UnsafeBufferPointer<UInt8>) -> (value: UInt64, bytes: Int)? {
        var output: UInt64 = 0
        var count = 0
        var accumulator: UInt32 = 0
        var bits = 0
        for byte in text {
            if byte == UInt8(ascii: "=") { break }
            let value = values[Int(byte)]
            guard value != 0xFF else { return nil }
            accumulator = (accumulator << 6 | UInt32(value)) & 0xFFFF
            bits += 6
            if bits >= 8 {
                bits -= 8
                guard count < 8 else { return nil }
                output = output << 8 | UInt64(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
                count += 1
            }
        }
        return (output, count)
    }
}
