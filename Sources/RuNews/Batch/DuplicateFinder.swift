/// Records whose article text an earlier record of the run already had: the http, https and AMP copies
/// of a page that crawls fetch, a page fetched twice. The last `capacity` records are remembered (by a
/// 128-bit hash of the text and the id), so memory stays flat however long the run.
struct DuplicateFinder {
    static let capacity = 16_384

    private struct Key: Hashable {
        let high: UInt64
        let low: UInt64
    }

    /// The remembered records, oldest first once full; nil for records with no text.
    private var ring: [(key: Key, id: String)?] = []
    private var next = 0
    private var firstID: [Key: (id: String, slot: Int)] = [:]
    private var counter = 0

    /// The id of an earlier remembered record with the same text, if any; the record is remembered.
    mutating func original(ofID id: String, text: String) -> String? {
        guard !text.isEmpty else { remember(nil); return nil }
        let key = Self.key(of: text)
        if let earlier = firstID[key] { remember(nil); return earlier.id }
        remember((key, id))
        return nil
    }

    private mutating func remember(_ entry: (key: Key, id: String)?) {
        if ring.count < Self.capacity {
            ring.append(entry)
        } else {
            if let old = ring[next], firstID[old.key]?.slot == counter - Self.capacity { firstID[old.key] = nil }
            ring[next] = entry
        }
        if let entry { firstID[entry.key] = (entry.id, counter) }
        next = (next + 1) % Self.capacity
        counter += 1
    }

    /// Two multiplicative hashes of the text's bytes (FNV-1a and one with the golden-ratio multiplier):
    /// the same on every machine and run, unlike `Hasher`.
    private static func key(of text: String) -> Key {
        var high: UInt64 = 0xcbf2_9ce4_8422_2325, low: UInt64 = 0x243F_6A88_85A3_08D3
        for byte in text.utf8 {
            high = (high ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            low = (low ^ UInt64(byte)) &* 0x9E37_79B9_7F4A_7C15
        }
        return Key(high: high, low: low ^ (low >> 29))
    }
}
