import RuNewsText

/// How far a heading and a page's title say the same thing. A title holds the headline beside the
/// site's name and section, between separators ("Секс по любви полезен … - Секс - IVONA - bigmir)net"),
/// and may word it otherwise ("Идеальный любовник: 3 метода определить" for "3 метода найти идеального
/// любовника"): the heading is measured against the run of the title's parts that fits it best, by
/// Dice's coefficient over their words cut to five letters, so that case and inflection do not count.
struct HeadlineAgreement {
    /// A heading agrees with a title when the best run of its parts reaches this.
    static let minimum = 0.6
    /// Words are compared by this many first letters: enough to tell words, few enough to pass over
    /// their endings.
    static let stemLength = 5
    /// What stands between a title's headline, section and site name; longer ones first, where one
    /// starts another.
    static let separators = [" | ", "::: ", " :: ", ":: ", " // ", " — ", " – ", " - ", " / ", " « ", " » ", ": "].map { Array($0.utf8) }

    /// A title and its parts between separators.
    struct Title {
        let text: String
        /// Each part's byte range in `text`.
        let parts: [Range<Int>]
        /// The title's stems numbered, and each part's as bits of those numbers: every heading of a page
        /// is measured against every run of parts, so runs are unions of bits, not of sets of strings.
        private let numbers: [Stem: Int]
        /// The parts before the trailing ones that name the site or its section; a run must start among them.
        private let storyParts: Int
        private let partBits: [[UInt64]]

        init(_ text: String) {
            self.text = text
            let bytes = Array(text.utf8)
            let parts = Title.parts(of: bytes)
            let partStems = parts.map { HeadlineAgreement.stems(bytes[$0]) }
            self.parts = parts
            // The site's name and section trail the headline ("… | Украинская правда"): a heading that
            // agrees with them alone names the site ("Главное на Украинськой правде"), not the story.
            let bytesOf = { (part: Range<Int>) in String(decoding: bytes[part], as: UTF8.self) }
            let trailing = parts.reversed().prefix { PageMetadata.isSiteName(bytesOf($0)) }.count
            storyParts = trailing < parts.count ? parts.count - trailing : parts.count  // a site's name alone stays
            var numbers: [Stem: Int] = [:]
            for stems in partStems {
                for stem in stems where numbers[stem] == nil { numbers[stem] = numbers.count }
            }
            partBits = partStems.map { Self.bits(of: $0, numbered: numbers) }
            self.numbers = numbers
        }

        /// The byte ranges of a title's parts between separators, trimmed, none empty.
        static func parts(of bytes: [UInt8]) -> [Range<Int>] {
            var parts: [Range<Int>] = []
            var start = 0, position = 0
            func close(_ end: Int) {
                let part = HeadlineAgreement.trimmed(start..<end, in: bytes)
                if !part.isEmpty { parts.append(part) }
            }
            while position < bytes.count {
                if let separator = HeadlineAgreement.separators.first(where: { bytes.hasPrefix($0, at: position) }) {
                    close(position)
                    position += separator.count
                    start = position
                } else {
                    position += 1
                }
            }
            close(bytes.count)
            return parts
        }

        /// The bits of the stems `numbers` holds, one bit a number.
        private static func bits(of stems: Set<Stem>, numbered numbers: [Stem: Int]) -> [UInt64] {
            var bits = [UInt64](repeating: 0, count: (numbers.count + 63) / 64)
            for stem in stems {
                if let number = numbers[stem] { bits[number / 64] |= 1 << UInt64(number % 64) }
            }
            return bits
        }

        /// The text of the parts `first...last`, the separators between them kept.
        func run(_ first: Int, _ last: Int) -> String {
            let bytes = text.utf8
            let range = parts[first].lowerBound..<parts[last].upperBound
            return String(decoding: bytes[bytes.index(bytes.startIndex, offsetBy: range.lowerBound)..<bytes.index(bytes.startIndex, offsetBy: range.upperBound)], as: UTF8.self)
        }

        /// The run of parts that fits `stems` best: its parts, the agreement and the stems shared.
        func bestRun(for stems: Set<Stem>) -> (parts: ClosedRange<Int>, score: Double, shared: Int)? {
            var best: (parts: ClosedRange<Int>, score: Double, shared: Int)?
            let heading = Self.bits(of: stems, numbered: numbers)
            var run = [UInt64](repeating: 0, count: heading.count)
            for first in 0..<storyParts {
                for word in run.indices { run[word] = 0 }
                for last in first..<parts.count {
                    var shared = 0, count = 0
                    for word in run.indices {
                        run[word] |= partBits[last][word]
                        count += run[word].nonzeroBitCount
                        shared += (run[word] & heading[word]).nonzeroBitCount
                    }
                    let score = HeadlineAgreement.dice(shared: shared, stems.count, count)
                    if score > best?.score ?? 0 { best = (first...last, score, shared) }
                }
            }
            return best
        }

        /// How many of `stems` the title holds.
        func shared(_ stems: Set<Stem>) -> Int {
            stems.count { numbers[$0] != nil }
        }

        /// Whether every part names a site or a section, not a story ("Новости - Северо-Западный
        /// федеральный округ - interfax-russia.ru"): such a title holds no headline.
        var namesOnlySite: Bool {
            parts.indices.allSatisfy { PageMetadata.isSiteName(run($0, $0)) }
        }
    }

    static func dice(shared: Int, _ a: Int, _ b: Int) -> Double {
        a + b == 0 ? 0 : 2 * Double(shared) / Double(a + b)
    }

    /// A word's first `stemLength` scalars, folded, packed into integers: every heading and title part
    /// of a page is cut into stems, and integers hash without the normalisation strings need.
    struct Stem: Hashable {
        private var low: UInt64 = 0, high: UInt64 = 0
        private var count = 0

        /// The word's scalars kept, `stemLength` at most: a stem of four or more is a word's that says something.
        var length: Int { count }

        /// Whether every scalar kept is a digit: a year or a count, no word.
        var isNumber: Bool {
            (0..<count).allSatisfy { place in
                let scalar = place < 3 ? low >> UInt64(21 * place) : high >> UInt64(21 * (place - 3))
                return (0x30...0x39).contains(scalar & 0x1F_FFFF)
            }
        }

        /// Scalars take 21 bits: three in the low word, up to three in the high one (`stemLength` is 5).
        mutating func append(_ scalar: Unicode.Scalar) {
            precondition(count < 6, "a stem holds six scalars at most")
            let value = UInt64(scalar.value)
            if count < 3 { low |= value << UInt64(21 * count) } else { high |= value << UInt64(21 * (count - 3)) }
            count += 1
        }
    }

    /// The stems of a text's words (letters and digits), folded.
    static func stems<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Set<Stem> {
        var stems = Set<Stem>()
        forEachStem(in: bytes) { stems.insert($0) }
        return stems
    }

    /// Each word's stem in turn, repeats included.
    static func forEachStem<Bytes: Collection<UInt8>>(in bytes: Bytes, _ body: (Stem) -> Void) {
        var word = Stem()
        var letters = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            let scalar: Unicode.Scalar
            switch decoder.decode(&iterator) {
            case .scalarValue(let value): scalar = value
            case .error: scalar = "\u{FFFD}"
            case .emptyInput:
                if letters > 0 { body(word) }
                return
            }
            let kind = ScalarClass(scalar)
            if kind.isLetter || kind == .digit {
                if letters < stemLength { word.append(Folding.fold(scalar)) }
                letters += 1
            } else if kind != .mark, letters > 0 {
                body(word)
                word = Stem()
                letters = 0
            }
        }
    }

    static func stems(_ text: String) -> Set<Stem> { stems(text.utf8) }

    /// `range` without the white space at its ends.
    static func trimmed(_ range: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
        var (lower, upper) = (range.lowerBound, range.upperBound)
        while lower < upper, bytes[lower] == 0x20 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 { upper -= 1 }
        return lower..<upper
    }

    /// A heading that prints more than its headline ("…подозреваемый в убийствеВ милиции говорят, что…
    /// 06.01.12 08:49", "…к разводамКомментарии: 4"): the heading's start as long as the longest run of
    /// title parts from the first it starts with, when that run has three words; nil when the heading
    /// is that run or starts with none.
    static func agreedPart(of heading: String, in title: Title) -> String? {
        let folded = Folding.fold(heading)
        var agreed: String?
        for first in title.parts.indices {
            for last in first..<title.parts.count {
                let run = title.run(first, last)
                let key = Folding.fold(run)
                guard folded.hasPrefix(key) else { break }
                if run.split(separator: " ").count >= 3, key.count > (agreed?.count ?? 0) { agreed = run }
            }
        }
        guard let agreed, agreed.count < heading.count else { return nil }
        // The heading's own letters: its capitals may differ from the title's.
        let part = String(heading.prefix(agreed.count))
        return isExtra(heading.dropFirst(agreed.count), of: title) ? part.trimmingCharacters(in: .whitespaces) : nil
    }

    /// Whether what a heading prints after its headline is no part of it: glued on by markup (no space
    /// between), without letters (a date, a counter), or what the title gives apart from the headline (a
    /// subtitle); not the rest of a headline the title shortens.
    static func isExtra(_ rest: Substring, of title: Title) -> Bool {
        guard let first = rest.first else { return false }
        if !first.isWhitespace || !rest.contains(where: \.isLetter) { return true }
        let stems = stems(rest.utf8)
        return dice(shared: title.shared(stems), stems.count, stems.count) >= minimum
    }
}

extension [UInt8] {
    func hasPrefix(_ prefix: [UInt8], at position: Int) -> Bool {
        guard position + prefix.count <= count else { return false }
        for offset in prefix.indices where self[position + offset] != prefix[offset] { return false }
        return true
    }
}
