/// A table of UTF-8 strings in the morphology file: u32 count, u32 offsets[count + 1], bytes.
struct StringTable: @unchecked Sendable {  // a view into the immutable mapped file
    let offsets: UnsafeBufferPointer<UInt32>
    let bytes: UnsafeRawBufferPointer

    init(_ raw: UnsafeRawBufferPointer, name: String, path: String) throws(MorphologyError) {
        guard raw.count >= 8 else { throw .corrupt(path: path, reason: "section \(name) is too short") }
        let count = Int(raw.loadUnaligned(as: UInt32.self).littleEndian)
        let bytesStart = 4 + 4 * (count + 1)
        guard bytesStart <= raw.count else { throw .corrupt(path: path, reason: "section \(name) is too short") }
        offsets = UnsafeRawBufferPointer(rebasing: raw[4..<bytesStart]).bindMemory(to: UInt32.self)
        bytes = UnsafeRawBufferPointer(rebasing: raw[bytesStart...])
        for index in 0..<count where offsets[index] > offsets[index + 1] || Int(offsets[index + 1]) > bytes.count {
            throw .corrupt(path: path, reason: "section \(name), entry \(index) out of bounds")
        }
    }

    var count: Int { offsets.count - 1 }

    /// The bytes of entry `index` (empty for an index out of range).
    subscript(index: Int) -> UnsafeRawBufferPointer {
        guard index >= 0, index < count else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(rebasing: bytes[Int(offsets[index])..<Int(offsets[index + 1])])
    }

    func string(at index: Int) -> String { String(decoding: self[index], as: UTF8.self) }
}

/// The paradigms: for a paradigm of n forms, n suffix ids, n tag ids, n prefix ids.
struct ParadigmTable: @unchecked Sendable {  // a view into the immutable mapped file
    let offsets: UnsafeBufferPointer<UInt32>
    let data: UnsafeBufferPointer<UInt16>

    init(_ raw: UnsafeRawBufferPointer, path: String) throws(MorphologyError) {
        guard raw.count >= 8 else { throw .corrupt(path: path, reason: "no paradigms") }
        let count = Int(raw.loadUnaligned(as: UInt32.self).littleEndian)
        let dataStart = 4 + 4 * (count + 1)
        guard dataStart <= raw.count, (raw.count - dataStart) % 2 == 0 else {
            throw .corrupt(path: path, reason: "paradigm table is too short")
        }
        offsets = UnsafeRawBufferPointer(rebasing: raw[4..<dataStart]).bindMemory(to: UInt32.self)
        data = UnsafeRawBufferPointer(rebasing: raw[dataStart...]).bindMemory(to: UInt16.self)
        for index in 0..<count {
            let start = Int(offsets[index]), end = Int(offsets[index + 1])
            guard start <= end, end <= data.count, (end - start) % 3 == 0 else {
                throw .corrupt(path: path, reason: "paradigm \(index) out of bounds")
            }
        }
    }

    var count: Int { offsets.count - 1 }

    /// Paradigm `id`: its forms' suffix, tag and prefix ids; nil for an unknown id.
    func paradigm(_ id: Int) -> Paradigm? {
        guard id >= 0, id < count else { return nil }
        let slice = UnsafeBufferPointer(rebasing: data[Int(offsets[id])..<Int(offsets[id + 1])])
        return slice.isEmpty ? nil : Paradigm(entries: slice)
    }
}

struct Paradigm {
    let entries: UnsafeBufferPointer<UInt16>
    var count: Int { entries.count / 3 }
    func suffix(_ form: Int) -> Int { Int(entries[form]) }
    func tag(_ form: Int) -> Int { Int(entries[count + form]) }
    func prefix(_ form: Int) -> Int { Int(entries[2 * count + form]) }
}
