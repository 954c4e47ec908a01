/// From a document's bytes to its record: the whole pipeline behind `runews extract` and `runews batch`.
///
/// A document is read in two steps, so that a batch can learn a site's templates from many pages
/// in between: `draft(of:)` reads it up to its article (charset, tree, boilerplate, metadata), and
/// `finish(_:templates:)` takes the site's template paragraphs out and finds the entities.
public struct Pipeline: Sendable {
    public struct Options: Sendable {
        /// Documents beyond this size are read only up to it: nothing a news article needs lies so far in.
        public static let defaultMaximumBytes = 8 << 20

        /// Take a plain-text input verbatim as the body: no boilerplate stripping.
        public var raw = false
        /// What year-less and relative dates are resolved against when the document gives no date
        /// (before the day it was fetched, when that is known).
        public var referenceDate: CalendarDate?
        /// Documents beyond this size are read only up to it, with a warning in the record.
        public var maximumBytes = defaultMaximumBytes
        /// Every document read as this format, whatever its container says; nil: as the container
        /// says (an extension, a JSONL key, a `Content-Type`), else as its first bytes look.
        public var format: Record.Format?
        /// The work a document may cost (`WorkBudget`); past it, its record has no entities and says
        /// why. Counted in steps, not seconds, so records are the same on every machine.
        public var workLimit = WorkBudget.defaultLimit
        /// Opt-in: a document whose own reading took longer than this gets no entities. Off by
        /// default, since it makes records depend on the machine and on what else runs.
        public var timeLimit: Duration?

        public init(raw: Bool = false, referenceDate: CalendarDate? = nil, maximumBytes: Int = Options.defaultMaximumBytes,
                    format: Record.Format? = nil, workLimit: Int = WorkBudget.defaultLimit, timeLimit: Duration? = nil) {
            self.raw = raw
            self.referenceDate = referenceDate
            self.maximumBytes = maximumBytes
            self.format = format
            self.workLimit = workLimit
            self.timeLimit = timeLimit
        }
    }

    public var options: Options
    let normalizer = Normalizer()
    let dates = DateExtractor()
    /// Nil when the dictionary could not be loaded: records then say so and name no people.
    let morphology: MorphAnalyzer?
    let morphologyProblem: String?
    /// Nil when the tagger could not be loaded: entities then come from the rules alone, and records say so.
    let tagger: EntityTagger?
    let taggerProblem: String?

    /// A pipeline with the bundled dictionary and tagger, shared by the process, unless others are given.
    public init(options: Options = Options(), morphology: MorphAnalyzer? = nil, tagger: EntityTagger? = nil) {
        self.options = options
        (self.tagger, taggerProblem) = Self.given(tagger, else: EntityTagger.shared, problem: "entities by rules alone")
        (self.morphology, morphologyProblem) = Self.given(morphology, else: MorphAnalyzer.shared, problem: "no entities")
    }

    /// What was given, else the process's shared one; when that failed to load, nil and what records say.
    private static func given<Resource, Failure>(_ resource: Resource?, else shared: Result<Resource, Failure>,
                                                 problem: String) -> (Resource?, String?) {
        if let resource { return (resource, nil) }
        switch shared {
        case .success(let loaded): return (loaded, nil)
        case .failure(let error): return (nil, "\(problem): \(error)")
        }
    }

    // MARK: - Whole records

    /// The record of one document.
    public func record(of document: Document) -> Record {
        finish(draft(of: document))
    }

    /// The record of a document given as bytes; `fetched` (ISO 8601) is when it was fetched.
    public func record(bytes: [UInt8], id: String, format: Record.Format? = nil, path: String? = nil, url: String? = nil,
                       declaredCharset: String? = nil, fetched: String? = nil) -> Record {
        record(of: Document(id: id, bytes: bytes, format: format, path: path, url: url, declaredCharset: declaredCharset,
                            fetched: fetched))
    }

    /// The record of a plain text: with `raw`, the text as given; otherwise a text dump whose article
    /// is extracted first. Offsets of every mention point into `record.text`.
    public func record(text: String, id: String, source: Record.Source) -> Record {
        let clock = ContinuousClock()
        var draft: Draft!
        let elapsed = clock.measure { draft = self.draft(text: text, id: id, source: source, reference: options.referenceDate) }
        draft.elapsed = elapsed
        return finish(draft)
    }

    // MARK: - Drafts

    /// A document read up to its article.
    public func draft(of document: Document) -> Draft {
        if let failure = document.failure { return .failed(id: document.id, failure) }
        let clock = ContinuousClock()
        var draft: Draft!
        let elapsed = clock.measure { draft = read(document) }
        draft.elapsed = elapsed
        return draft
    }

    private func read(_ document: Document) -> Draft {
        // Relative and year-less dates are read against the day given, else the day of the fetch.
        let reference = options.referenceDate ?? document.fetched.flatMap { CalendarDate(iso: $0) }
        var content = document.bytes
        var inflated = false
        switch RawContent.of(content) {
        case .gzip:
            // One byte past the limit tells that the inflated document was cut.
            guard let body = WARCRecord.inflate(content, limit: options.maximumBytes + 1), !body.isEmpty else {
                return .failed(id: document.id, Record.Failure(kind: .damaged, message: "gzip-compressed bytes that do not inflate"))
            }
            content = body
            inflated = true
        case .binary(let what):
            return .failed(id: document.id, Record.Failure(kind: .unsupported, message: "binary content (\(what)), not a page or a text"))
        case .text:
            break
        }
        let format = options.format ?? document.format ?? Record.Format.sniffed(from: content)
        var source = Record.Source(path: document.path, url: document.url, format: format, bytes: document.size,
                                   fetched: document.fetched)
        let cut = !inflated && document.size > content.count || content.count > options.maximumBytes
        let bytes = Charset.cut(content, to: options.maximumBytes)
        switch format {
        case .text:
            // Text dumps come in any Cyrillic charset too.
            let decoded = Charset.decode(bytes, declared: document.declaredCharset, forced: document.forcedCharset)
            source.encoding = decoded.encoding
            var draft = self.draft(text: String(decoding: decoded.utf8, as: UTF8.self), id: document.id, source: source,
                                   reference: reference)
            draft.record.warnings += Self.inflationNote(inflated) + decoded.warnings
            if cut { draft.record.warnings.append("the text is larger than \(PageExtractor.size(options.maximumBytes)): only its start was read") }
            draft.budget.charge(bytes.count)
            return draft
        case .html:
            guard !bytes.isEmpty else {
                return .failed(id: document.id, Record.Failure(kind: .empty, message: "the page is empty"))
            }
            // The page's date is never later than the day it was fetched (or the reference day given instead).
            let (article, encoding) = PageExtractor(maximumBytes: options.maximumBytes, isPersonName: isPersonName)
                .extract(bytes, declaredCharset: document.declaredCharset, forcedCharset: document.forcedCharset,
                         address: document.url, fetched: options.referenceDate?.description ?? document.fetched)
            source.encoding = encoding
            var record = Record(id: document.id, source: source)
            record.take(article, reference: reference)
            record.warnings.insert(contentsOf: Self.inflationNote(inflated), at: 0)
            if cut && !record.warnings.contains(where: { $0.hasPrefix("the page is larger") }) {
                record.warnings.insert("the page is larger than \(PageExtractor.size(options.maximumBytes)): only its start was read", at: 0)
            }
            var budget = WorkBudget(limit: options.workLimit)
            budget.charge(article.work)
            var draft = Draft(record: record, body: .article(article.paragraphs),
                              host: (document.url ?? article.canonicalURL).flatMap(SiteHost.of) ?? article.mostLinkedHost,
                              reference: reference, budget: budget)
            draft.pages = Set([document.url, article.canonicalURL].compactMap { $0.flatMap(SiteHost.page) })
            return draft
        }
    }

    static func inflationNote(_ inflated: Bool) -> [String] {
        inflated ? ["the document was saved gzip-compressed: it was read inflated"] : []
    }

    /// A plain-text document read up to its article.
    private func draft(text input: String, id: String, source: Record.Source, reference: CalendarDate?) -> Draft {
        var draft = Draft(record: Record(id: id, source: source), body: .raw(input), host: source.url.flatMap(SiteHost.of),
                          reference: reference, budget: WorkBudget(limit: options.workLimit))
        draft.pages = Set([source.url].compactMap { $0.flatMap(SiteHost.page) })
        guard !options.raw else { return draft }
        let article = TextDumpExtractor(isPersonName: isPersonName).extract(input, address: source.url, fetched: options.referenceDate?.description ?? source.fetched)
        draft.record.take(article, reference: reference)
        draft.body = .article(article.paragraphs)
        draft.budget.charge(article.work)
        return draft
    }

    // MARK: - Finishing

    /// The record of a draft: its paragraphs but those of the site's template, and their entities.
    public func finish(_ draft: Draft, templates: Set<TemplateLearner.Key> = []) -> Record {
        let clock = ContinuousClock()
        let started = clock.now
        var record = draft.record
        let text: String
        switch draft.body {
        case .failed:
            return record
        case .raw(let raw):
            text = raw
        case .article(let paragraphs) where templates.isEmpty:
            text = paragraphs.joined(separator: "\n")
        case .article(let paragraphs):
            var kept: [String] = []
            for paragraph in paragraphs {
                if templates.contains(TemplateLearner.Key(paragraph)) {
                    record.removed.append(Record.Removed(kind: "template", text: paragraph))
                } else {
                    kept.append(paragraph)
                }
            }
            text = kept.joined(separator: "\n")
        }
        record.text = text
        var budget = draft.budget
        if let limit = options.timeLimit, draft.elapsed + started.duration(to: clock.now) > limit {
            record.warnings.append("reading the document took longer than \(limit): no entities were extracted")
            return record
        }
        guard budget.isExhausted == false else {
            record.warnings.append(Self.overBudget(budget))
            return record
        }
        return fillEntities(of: record, budget: &budget, reference: draft.reference)
    }

    static func overBudget(_ budget: WorkBudget) -> String {
        "the document needs more work than its limit of \(budget.limit) steps: no entities were extracted"
    }

    /// Whether a byline names a person, by the dictionary's name tags; without a dictionary, any name does.
    var isPersonName: @Sendable (String) -> Bool {
        let people = morphology.map(PersonExtractor.init)
        return { people?.isPersonName($0) ?? true }
    }

    /// How many times the entity stages walk a text's tokens: dates, the two taggers (the CRF and the
    /// network), people, organisations, places, roles and position mentions.
    static let entityPasses = 8

    /// The record with the entities found in its text.
    func fillEntities(of record: Record, budget: inout WorkBudget, reference given: CalendarDate?) -> Record {
        var record = record
        let text = record.text
        let segmentation = Segmentation(text: normalizer.normalize(text))
        // Year-less and relative dates are read against the page's own date, else the one given.
        let reference = record.published.flatMap { CalendarDate(iso: $0) } ?? given
        guard budget.charge(text.utf8.count + segmentation.tokens.count * Self.entityPasses) else {
            record.warnings.append(Self.overBudget(budget))
            return record
        }
        let source = ScalarSlicing(text)
        // Mentions are found in the normalised text and reported in the source's offsets and words.
        func inSource(_ mention: Mention) -> Mention {
            let range = segmentation.text.sourceRange(of: mention.start..<mention.end)
            return Mention(start: range.lowerBound, end: range.upperBound,
                           text: source.text(range), normal: mention.normal)
        }
        guard let morphology else {
            record.dates = dates.extract(from: segmentation, reference: reference).map { date in
                DateMention(mention: inSource(date.mention), kind: date.kind, value: date.value)
            }
            if let morphologyProblem { record.warnings.append(morphologyProblem) }
            return record
        }
        guard let analysed = AnalysedText(segmentation: segmentation, morphology: morphology, budget: &budget) else {
            record.warnings.append(Self.overBudget(budget))
            return record
        }
        record.dates = dates.extract(from: analysed, reference: reference).map { date in
            DateMention(mention: inSource(date.mention), kind: date.kind, value: date.value)
        }
        // The rules and the learned tagger together (EntityExtraction.swift); without the tagger, the rules.
        let entities = EntityExtraction(morphology: morphology, tagger: tagger, policy: .standard).extract(from: analysed)
        if let taggerProblem { record.warnings.append(taggerProblem) }
        record.people = entities.people.map { $0.mapMentions(inSource) }
        record.organisations = entities.organisations.map { $0.mapMentions(inSource) }
        record.locations = entities.locations.map { $0.mapMentions(inSource) }
        return record
    }
}
