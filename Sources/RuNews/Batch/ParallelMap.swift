import Dispatch

/// `transform` of `0..<count` on up to `width` threads, results in index order.
func parallelMap<T: Sendable>(_ count: Int, width: Int, _ transform: @Sendable (Int) -> T) -> [T] {
    guard count > 0 else { return [] }
    let workers = min(max(width, 1), count)
    if workers == 1 { return (0..<count).map(transform) }
    return [T](unsafeUninitializedCapacity: count) { storage, initialized in
        let slots = UncheckedSendable(storage.baseAddress!)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            // Each index is written by exactly one worker: no two threads touch one slot.
            for index in stride(from: worker, to: count, by: workers) { (slots.value + index).initialize(to: transform(index)) }
        }
        initialized = count
    }
}

/// A pointer handed to the workers of one `parallelMap`, each of which writes its own slots.
private struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
