#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Spellings (UTF-8 bytes and a flag) numbered in the order they were added, found by open addressing over
/// a hash of their bytes: the index of the memos that keep what is computed of a spelling across texts
/// (`MorphAnalyzer`'s readings, the entity tagger's rows). Bounded: once `capacity` spellings are in, it takes
/// no more, and it takes none longer than `maximumLength`.
package struct SpellingIndex: Sendable {
    package let capacity: Int
    /// Twice the capacity or more, a power of two. A slot keeps its spelling's hash beside its number, so that
    /// a probe that misses reads nothing else.
    private var slots: [Slot]
    private var entries: [Entry] = []
    private var bytes: [UInt8] = []

    private struct Slot {
        /// The hash's high half: the low half chose the slot.
        var tag: UInt32 = 0
        /// 1 + the spelling's number, 0 when empty.
        var number: Int32 = 0
    }

    private struct Entry {
        let start: Int32
        let count: Int32
        let flag: Bool
    }

    package init(capacity: Int) {
        self.capacity = capacity
        var size = 1
        while size < 2 * capacity { size <<= 1 }
        slots = [Slot](repeating: Slot(), count: size)
    }

    package var count: Int { entries.count }
    package var isFull: Bool { count >= capacity }

    package static func hash(_ spelling: UnsafeBufferPointer<UInt8>, flag: Bool = false) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(spelling))
        hasher.combine(flag)
        return hasher.finalize()
    }

    /// The number of `spelling`, if it is in.
    package func number(of spelling: UnsafeBufferPointer<UInt8>, flag: Bool = false, hash: Int) -> Int? {
        find(spelling, flag: flag, hash: hash).number
    }

    /// The longest spelling taken, in bytes: a word is shorter, and a longer token (a URL, a run of
    /// letters without spaces) is rare and would make the memory the index holds depend on the input.
    package static let maximumLength = 64

    /// Adds `spelling` and gives its number; nil when it is in already, too long or the index is full.
    package mutating func add(_ spelling: UnsafeBufferPointer<UInt8>, flag: Bool = false, hash: Int) -> Int? {
        guard !isFull, spelling.count <= Self.maximumLength else { return nil }
        let (number, slot) = find(spelling, flag: flag, hash: hash)
        guard number == nil else { return nil }
        slots[slot] = Slot(tag: Self.tag(hash), number: Int32(count + 1))
        entries.append(Entry(start: Int32(bytes.count), count: Int32(spelling.count), flag: flag))
        bytes.append(contentsOf: spelling)
        return count - 1
    }

    private static func tag(_ hash: Int) -> UInt32 { UInt32(truncatingIfNeeded: UInt(bitPattern: hash) >> 32) }

    /// The number of `spelling`, or nil and the empty slot where it would go.
    private func find(_ spelling: UnsafeBufferPointer<UInt8>, flag: Bool, hash: Int) -> (number: Int?, slot: Int) {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = hash & mask
            let tag = Self.tag(hash)
            while true {
                let stored = slots[slot]
                if stored.number == 0 { return (nil, slot) }
                if stored.tag == tag {
                    let number = Int(stored.number) - 1
                    let entry = entries[number]
                    if entry.flag == flag, Int(entry.count) == spelling.count, bytes.withUnsafeBufferPointer({ stored in
                        spelling.isEmpty || memcmp(stored.baseAddress! + Int(entry.start), spelling.baseAddress!, spelling.count) == 0
                    }) {
                        return (number, slot)
                    }
                }
                slot = (slot + 1) & mask
            }
        }
    }
}
