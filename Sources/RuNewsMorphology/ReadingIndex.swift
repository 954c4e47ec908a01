/// The dictionary's words: every spelling a lowercase input may have (each word, and each with its ё
/// written е) → its readings as pymorphy's dictionary analyser finds them, the spelling itself first,
/// then its ё variants, each with P(tag | spelling) from the corpus. One walk over the word, a step a
/// letter, finds them all: no records to decode, no second index to walk for the probabilities.
struct ReadingIndex: @unchecked Sendable {  // views into the immutable mapped file
    /// Spelling → where its readings are: first << 6 | count, so they are the next read.
    let spellings: DAWG
    let readings: UnsafeBufferPointer<StoredReading>

    /// A reading as the file stores it: paradigm << 16 | form, and probability | ё mask << 20.
    struct StoredReading {
        let entry: UInt32
        let value: UInt32
    }

    init(spellings: UnsafeBufferPointer<UInt32>, readings: UnsafeBufferPointer<StoredReading>) {
        self.spellings = DAWG(units: spellings, guide: UnsafeBufferPointer(start: nil, count: 0))
        self.readings = readings
    }

    /// One reading of a spelling.
    struct Reading {
        let paradigm: Int
        let form: Int
        /// P(tag | spelling) × 10^6; 0 where the corpus does not know the pair.
        let probability: UInt32
        /// Bit i: the dictionary writes the i-th е of the spelling, counted from its end, as ё.
        let yo: UInt32
    }

    /// The readings of a lowercase spelling (UTF-8); empty for a spelling the dictionary does not hold.
    func readings(of spelling: UnsafeBufferPointer<UInt8>) -> ReadingSet {
        let none = ReadingSet(stored: UnsafeBufferPointer(start: nil, count: 0))
        // Keys are windows-1251: the walk reads the spelling a character at a time.
        var node = DAWG.root
        var index = 0
        while index < spelling.count {
            guard let (code, length) = Self.windows1251(spelling, at: index), let next = spellings.follow(code, from: node) else { return none }
            node = next
            index += length
        }
        guard spellings.hasValue(node), let place = spellings.value(node).map(Int.init) else { return none }
        let first = place >> Self.countBits, count = place & (1 << Self.countBits - 1)
        // A damaged file's place outside the readings reads as no reading.
        guard first + count <= readings.count else { return none }
        return ReadingSet(stored: UnsafeBufferPointer(rebasing: readings[first..<(first + count)]))
    }

    /// The windows-1251 byte of the character at `index` of lowercase UTF-8 and its UTF-8 length, for
    /// the characters dictionary words have (ASCII, а…я, ё, "’"); nil for any other.
    @inline(__always)
    private static func windows1251(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (code: UInt8, length: Int)? {
        let lead = utf8[index]
        if lead < 0x80 { return (lead, 1) }
        guard index + 1 < utf8.count else { return nil }
        let next = utf8[index + 1]
        switch (lead, next) {
        case (0xD0, 0xB0...0xBF): return (next &+ 0x30, 2)  // а…п
        case (0xD1, 0x80...0x8F): return (next &+ 0x70, 2)  // р…я
        case (0xD1, 0x91): return (0xB8, 2)  // ё
        case (0xE2, 0x80) where index + 2 < utf8.count && utf8[index + 2] == 0x99: return (0x92, 3)  // ’
        default: return nil
        }
    }

    /// The readings of one spelling, read from the file as they are asked for.
    struct ReadingSet: RandomAccessCollection {
        let stored: UnsafeBufferPointer<StoredReading>
        var startIndex: Int { 0 }
        var endIndex: Int { stored.count }

        subscript(index: Int) -> Reading {
            let reading = stored[index]
            return Reading(paradigm: Int(reading.entry >> 16), form: Int(reading.entry & 0xFFFF),
                           probability: reading.value & ReadingIndex.probabilityMask, yo: reading.value >> ReadingIndex.probabilityBits)
        }
    }

    private static let countBits = 6
    private static let probabilityBits: UInt32 = 20
    private static let probabilityMask: UInt32 = 1 << probabilityBits - 1

    /// `spelling` with the е letters `yo` marks written ё.
    static func restoringYo(_ spelling: UnsafeBufferPointer<UInt8>, _ yo: UInt32) -> [UInt8] {
        var bytes = Array(spelling)
        var bit: UInt32 = 1
        var index = bytes.count - 2
        while index >= 0 {
            if bytes[index] == 0xD0, bytes[index + 1] == 0xB5 {  // е
                if yo & bit != 0 { bytes[index] = 0xD1; bytes[index + 1] = 0x91 }  // ё
                bit <<= 1
            }
            index -= 1
        }
        return bytes
    }
}
