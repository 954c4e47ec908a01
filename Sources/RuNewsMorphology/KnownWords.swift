import Synchronization

/// The readings of words `MorphAnalyzer` has analysed, kept across the texts of a process with the parses
/// each took: the texts of a batch share most of their words. A word's readings are a pure function of its
/// spelling, so whether they came from here never changes a result (nor the work a text is charged).
/// Bounded: once full, it keeps what it has.
final class KnownWords: Sendable {
    struct Analysis: Sendable {
        let readings: [Parse]
        let work: Int
    }

    private let storage: Mutex<Storage>

    private struct Storage: ~Copyable {
        var index: SpellingIndex
        var analyses: [Analysis] = []
    }

    init(capacity: Int) {
        storage = Mutex(Storage(index: SpellingIndex(capacity: capacity)))
    }

    func analysis(of word: UnsafeBufferPointer<UInt8>, hash: Int) -> Analysis? {
        storage.withLock { storage in
            storage.index.number(of: word, hash: hash).map { storage.analyses[$0] }
        }
    }

    func keep(_ analysis: Analysis, of word: UnsafeBufferPointer<UInt8>, hash: Int) {
        storage.withLock { storage in
            if storage.index.add(word, hash: hash) != nil { storage.analyses.append(analysis) }
        }
    }
}
