/// Latin and Cyrillic letters that look the same, and the repair of words that mix them.
///
/// Scraped and OCR'd text often carries "Mосква" with a Latin M, or "Micrоsoft" with a Cyrillic о:
/// such words do not match dictionaries or each other. A word is repaired only when one script is
/// clearly its own: every letter of the other script in it is a look-alike.
enum Homoglyphs {
    /// Latin letter → the Cyrillic letter it is drawn like.
    static let latinToCyrillic: [UInt32: UInt32] = [
        0x41: 0x410, 0x42: 0x412, 0x43: 0x421, 0x45: 0x415, 0x48: 0x41D, 0x4B: 0x41A, 0x4D: 0x41C,
        0x4F: 0x41E, 0x50: 0x420, 0x54: 0x422, 0x58: 0x425, 0x59: 0x423,
        0x61: 0x430, 0x63: 0x441, 0x65: 0x435, 0x6F: 0x43E, 0x70: 0x440, 0x78: 0x445, 0x79: 0x443,
    ]

    /// Cyrillic letter → the Latin letter it is drawn like.
    static let cyrillicToLatin: [UInt32: UInt32] = Dictionary(
        uniqueKeysWithValues: latinToCyrillic.map { ($0.value, $0.key) }
    )

    /// The two tables as rows indexed by scalar value (0: no look-alike), read for every letter of a text
    /// that mixes the scripts, where a dictionary would hash each letter first.
    private static let latinRow = row(latinToCyrillic, from: 0)
    private static let cyrillicRow = row(cyrillicToLatin, from: 0x400)

    /// A table's values at their keys' offsets from `first` (no key is below it), up to its largest key.
    private static func row(_ table: [UInt32: UInt32], from first: UInt32) -> [UInt32] {
        var row = [UInt32](repeating: 0, count: Int((table.keys.max() ?? first) - first) + 1)
        for (key, value) in table { row[Int(key - first)] = value }
        return row
    }

    /// The look-alike of `value` in the other script, if it has one.
    private static func lookalike(of value: UInt32, toCyrillic: Bool) -> UInt32? {
        let row = toCyrillic ? latinRow : cyrillicRow
        let index = Int(value) - (toCyrillic ? 0 : 0x400)
        guard index >= 0, index < row.count, row[index] != 0 else { return nil }
        return row[index]
    }

    /// Which script a mixed word is repaired to, if any.
    enum Verdict: Equatable { case keep, toCyrillic, toLatin }

    /// Decides for one word, given counts of its letters.
    /// - Parameters: `cyrillicOnly`/`latinOnly` count letters with no look-alike in the other script,
    ///   `cyrillicLookalikes`/`latinLookalikes` the ones with one.
    static func verdict(cyrillicOnly: Int, cyrillicLookalikes: Int, latinOnly: Int, latinLookalikes: Int) -> Verdict {
        let cyrillic = cyrillicOnly + cyrillicLookalikes
        let latin = latinOnly + latinLookalikes
        guard cyrillic > 0, latin > 0 else { return .keep }
        switch (cyrillicOnly > 0, latinOnly > 0) {
        case (true, false): return .toCyrillic
        case (false, true): return .toLatin
        case (true, true): return .keep  // really mixed ("iPhoneа"?): leave it to the reader
        case (false, false): return latin > cyrillic ? .toLatin : .toCyrillic
        }
    }

    /// Repairs every mixed-script word of `scalars` in place; returns the number of words changed.
    static func repair(_ scalars: inout [Unicode.Scalar]) -> Int {
        var repaired = 0
        var index = 0
        let count = scalars.count
        while index < count {
            guard ScalarClass(scalars[index]).isLetter else { index += 1; continue }
            var end = index
            var cyrillicOnly = 0, cyrillicLookalikes = 0, latinOnly = 0, latinLookalikes = 0
            while end < count {
                let scalarClass = ScalarClass(scalars[end])
                guard scalarClass.isLetter || scalarClass == .mark else { break }
                let value = scalars[end].value
                if scalarClass.isCyrillic {
                    if lookalike(of: value, toCyrillic: false) != nil { cyrillicLookalikes += 1 } else { cyrillicOnly += 1 }
                } else if scalarClass.isLatin {
                    if lookalike(of: value, toCyrillic: true) != nil { latinLookalikes += 1 } else { latinOnly += 1 }
                }
                end += 1
            }
            let toCyrillic: Bool?
            switch verdict(cyrillicOnly: cyrillicOnly, cyrillicLookalikes: cyrillicLookalikes,
                           latinOnly: latinOnly, latinLookalikes: latinLookalikes) {
            case .keep: toCyrillic = nil
            case .toCyrillic: toCyrillic = true
            case .toLatin: toCyrillic = false
            }
            if let toCyrillic {
                for position in index..<end {
                    if let replacement = lookalike(of: scalars[position].value, toCyrillic: toCyrillic),
                       let scalar = Unicode.Scalar(replacement) {
                        scalars[position] = scalar
                    }
                }
                repaired += 1
            }
            index = end
        }
        return repaired
    }
}
