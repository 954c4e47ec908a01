import RuNewsHTML

/// What an element's `class`, `itemprop`, `rel` and `id` say of it, lowercased into one buffer per element
/// ("news-date pubdate "), read once for every concept that looks at them (dates, bylines, trails, the
/// frame and the article's container).
struct HintWords {
    /// The attributes whose words hint at what an element holds.
    static let metadataAttributes = ["class", "itemprop", "rel", "id"].map { Array($0.utf8) }
    /// The frame and the article's container are told by class and id alone.
    static let containerAttributes = ["class", "id"].map { Array($0.utf8) }

    let attributes: [[UInt8]]
    private(set) var bytes: [UInt8] = []

    init(attributes: [[UInt8]] = HintWords.metadataAttributes) {
        self.attributes = attributes
    }

    /// Reads the element's hint attributes, replacing what the last element said.
    mutating func read(_ element: Int, in document: HTMLDocument) {
        bytes.removeAll(keepingCapacity: true)
        for attribute in document.nodes[element].attributes where attributes.contains(attribute.name) {
            for byte in attribute.value { bytes.append(byte.asciiLowercased) }
            bytes.append(0x20)
        }
    }

    var isEmpty: Bool { bytes.isEmpty }

    /// Whether any of `words` occurs in the hints (as a part of a word: "date" in "news-date").
    func say(any words: BytePatterns) -> Bool {
        !bytes.isEmpty && words.occurs(in: bytes)
    }

    func say(_ word: [UInt8]) -> Bool { !bytes.isEmpty && bytes.contains(bytes: word) }
}
