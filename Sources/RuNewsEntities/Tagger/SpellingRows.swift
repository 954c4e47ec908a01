import RuNewsMorphology
import Synchronization

/// What the tagger computes of a spelling alone, kept across the texts of a process: its row of the CRF's
/// sums at the five window offsets and the network's first-layer taps (`EntityTagger.label`). The texts of a
/// batch share most of their words, and a row costs a hundred hash probes and a small matrix product, where
/// finding it here costs one hash of the spelling's bytes and a copy.
///
/// A row is a pure function of its spelling, so whether it came from here never changes a label, and records
/// do not depend on which texts came before. Bounded: once full, it keeps what it has (the spellings seen
/// first, which in a stream of news are mostly the frequent ones).
final class SpellingRows: Sendable {
    /// Floats in a row.
    let stride: Int
    private let storage: Mutex<Storage>

    private struct Storage: ~Copyable {
        var index: SpellingIndex
        var rows: [Float] = []
    }

    init(stride: Int, capacity: Int) {
        self.stride = stride
        storage = Mutex(Storage(index: SpellingIndex(capacity: capacity)))
    }

    /// Copies the row of `spelling` into `out` (`stride` floats); false when there is none yet. `analysed`:
    /// whether the token has readings (a word or an initial), the other thing its attributes are read from.
    func copy(_ spelling: UnsafeBufferPointer<UInt8>, analysed: Bool, hash: Int, into out: UnsafeMutablePointer<Float>) -> Bool {
        storage.withLock { storage in
            guard let number = storage.index.number(of: spelling, flag: analysed, hash: hash) else { return false }
            storage.rows.withUnsafeBufferPointer { out.update(from: $0.baseAddress! + number * stride, count: stride) }
            return true
        }
    }

    /// Keeps the row of `spelling` (`stride` floats at `row`) while there is room.
    func keep(_ spelling: UnsafeBufferPointer<UInt8>, analysed: Bool, hash: Int, _ row: UnsafePointer<Float>) {
        storage.withLock { storage in
            guard storage.index.add(spelling, flag: analysed, hash: hash) != nil else { return }
            storage.rows.append(contentsOf: UnsafeBufferPointer(start: row, count: stride))
        }
    }
}
