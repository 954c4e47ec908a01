/// Rows of varying length in the morphology file: u32 count, u32 offsets[count + 1] (in elements),
/// then the elements. Every row is checked to lie inside the section at load.
struct OffsetTable<Element>: @unchecked Sendable {  // a view into the immutable mapped file
    let offsets: UnsafeBufferPointer<UInt32>
    let elements: UnsafeBufferPointer<Element>

    init(_ raw: UnsafeRawBufferPointer, name: String, path: String) throws(MorphologyError) {
        guard raw.count >= 8 else { throw .corrupt(path: path, reason: "section \(name) is too short") }
        let count = Int(raw.loadUnaligned(as: UInt32.self).littleEndian)
        let elementsStart = 4 + 4 * (count + 1)
        guard elementsStart <= raw.count, (raw.count - elementsStart) % MemoryLayout<Element>.stride == 0 else {
            throw .corrupt(path: path, reason: "section \(name) is too short")
        }
        offsets = UnsafeRawBufferPointer(rebasing: raw[4..<elementsStart]).bindMemory(to: UInt32.self)
        elements = UnsafeRawBufferPointer(rebasing: raw[elementsStart...]).bindMemory(to: Element.self)
        for index in 0..<count where offsets[index] > offsets[index + 1] || Int(offsets[index + 1]) > elements.count {
            throw .corrupt(path: path, reason: "section \(name), row \(index) out of bounds")
        }
    }

    var count: Int { offsets.count - 1 }

    /// Row `index` (empty for an index out of range).
    subscript(index: Int) -> UnsafeBufferPointer<Element> {
        guard index >= 0, index < count else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(rebasing: elements[Int(offsets[index])..<Int(offsets[index + 1])])
    }
}

/// UTF-8 strings: suffixes, tags, paradigm prefixes.
typealias StringTable = OffsetTable<UInt8>

extension OffsetTable<UInt8> {
    func string(at index: Int) -> String { String(decoding: self[index], as: UTF8.self) }
}

/// The paradigms: for a paradigm of n forms, n suffix ids, n tag ids, n prefix ids.
struct ParadigmTable: Sendable {
    let rows: OffsetTable<UInt16>

    init(_ raw: UnsafeRawBufferPointer, path: String) throws(MorphologyError) {
        rows = try OffsetTable(raw, name: "PARA", path: path)
        for index in 0..<rows.count where rows[index].count % 3 != 0 {
            throw .corrupt(path: path, reason: "paradigm \(index) has a partial form")
        }
    }

    /// Paradigm `id`: its forms' suffix, tag and prefix ids; nil for an unknown id.
    func paradigm(_ id: Int) -> Paradigm? {
        let row = rows[id]
        return row.isEmpty ? nil : Paradigm(entries: row)
    }
}

struct Paradigm {
    let entries: UnsafeBufferPointer<UInt16>
    var count: Int { entries.count / 3 }
    func suffix(_ form: Int) -> Int { Int(entries[form]) }
    func tag(_ form: Int) -> Int { Int(entries[count + form]) }
    func prefix(_ form: Int) -> Int { Int(entries[2 * count + form]) }
}
