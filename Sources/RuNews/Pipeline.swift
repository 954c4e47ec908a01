/// From a document's bytes to its record: the whole pipeline behind `runews extract` and `runews batch`.
public struct Pipeline: Sendable {
    public struct Options: Sendable {
        /// Take a plain-text input verbatim as the body: no boilerplate stripping.
        public var raw = false
        /// What year-less and relative dates are resolved against when the document gives no date.
        public var referenceDate: CalendarDate?
        /// Documents beyond this size are read only up to it, with a warning in the record.
        public var maximumBytes = PageExtractor.maximumBytes
        /// A document whose article took longer than this to read gets no entities, with a warning: one
        /// pathological page does not hold a batch twice over.
        public var timeLimit: Duration? = .seconds(10)

        public init(raw: Bool = false, referenceDate: CalendarDate? = nil, maximumBytes: Int = PageExtractor.maximumBytes,
                    timeLimit: Duration? = .seconds(10)) {
            self.raw = raw
            self.referenceDate = referenceDate
            self.maximumBytes = maximumBytes
            self.timeLimit = timeLimit
        }
    }

    public var options: Options
    let normalizer = Normalizer()
    let dates = DateExtractor()
    /// Nil when the dictionary could not be loaded: records then say so and name no people.
    let morphology: MorphAnalyzer?
    let morphologyProblem: String?

    public init(options: Options = Options(), morphology: MorphAnalyzer? = nil) {
        self.options = options
        if let morphology {
            self.morphology = morphology
            morphologyProblem = nil
        } else {
            switch MorphAnalyzer.shared {
            case .success(let analyzer): self.morphology = analyzer; morphologyProblem = nil
            case .failure(let error): self.morphology = nil; morphologyProblem = "no entities: \(error)"
            }
        }
    }

    /// The record of a plain-text document: with `raw`, the text as given; otherwise a text dump whose
    /// article is extracted first. Offsets of every mention point into `record.text`.
    public func record(text input: String, id: String, source: Record.Source) -> Record {
        finish(draft(text: input, id: id, source: source))
    }

    /// A plain-text document read up to its article; `started` is when reading it began (`timeLimit`).
    public func draft(text input: String, id: String, source: Record.Source, started: ContinuousClock.Instant = .now) -> Draft {
        var draft = Draft(record: Record(id: id, source: source), body: .raw(input), host: source.url.flatMap(SiteHost.of),
                          reference: options.referenceDate, started: started)
        guard !options.raw else { return draft }
        let article = TextDumpExtractor(isPersonName: isPersonName).extract(input)
        draft.record.take(article, reference: options.referenceDate)
        draft.body = .article(article.paragraphs)
        return draft
    }

    /// The record of a draft: its paragraphs but those of the site's template, and their entities.
    public func finish(_ draft: Draft, templates: Set<String> = []) -> Record {
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
                if templates.contains(TemplateLearner.key(paragraph)) {
                    record.removed.append(Record.Removed(kind: "template", text: paragraph))
                } else {
                    kept.append(paragraph)
                }
            }
            text = kept.joined(separator: "\n")
        }
        if let limit = options.timeLimit, draft.started.duration(to: .now) > limit {
            record.text = text
            record.warnings.append("reading the document took longer than \(limit): no entities were extracted")
            return record
        }
        return fillEntities(of: record, text: text, reference: draft.reference)
    }

    /// Whether a byline names a person, by the dictionary's name tags; without a dictionary, any name does.
    var isPersonName: @Sendable (String) -> Bool {
        let people = morphology.map(PersonExtractor.init)
        return { people?.isPersonName($0) ?? true }
    }

    /// The record with `text` as its body and the entities found in it.
    func fillEntities(of record: Record, text: String, reference given: CalendarDate?) -> Record {
        var record = record
        record.text = text
        let segmentation = Segmentation(text: normalizer.normalize(text))
        // Year-less and relative dates are read against the page's own date, else the one given.
        let reference = record.published.flatMap { CalendarDate(iso: $0) } ?? given
        let sourceScalars = Array(text.unicodeScalars)
        // Mentions are found in the normalised text and reported in the source's offsets and words.
        func inSource(_ mention: Mention) -> Mention {
            let range = segmentation.text.sourceRange(of: mention.start..<mention.end)
            return Mention(start: range.lowerBound, end: range.upperBound,
                           text: String(String.UnicodeScalarView(sourceScalars[range])), normal: mention.normal)
        }
        let analysed = morphology.map { AnalysedText(segmentation: segmentation, morphology: $0) }
        let found = analysed.map { dates.extract(from: $0, reference: reference) }
            ?? dates.extract(from: segmentation, reference: reference)
        record.dates = found.map { date in
            DateMention(mention: inSource(date.mention), kind: date.kind, value: date.value)
        }
        if let morphology, let analysed {
            var people = PersonExtractor(morphology: morphology).extract(from: analysed)
            RoleExtractor(morphology: morphology).attachRoles(to: &people, in: analysed)
            let taken = analysed.tokens(covering: people.flatMap(\.mentions))
            let organisations = OrganisationExtractor(morphology: morphology).extract(from: analysed, excluding: taken)
            // Places inside organisations ("мэрии Москвы") are places too.
            let locations = LocationExtractor(morphology: morphology).extract(from: analysed, excluding: taken)
            record.people = people.map { $0.mapMentions(inSource) }
            record.organisations = organisations.map { $0.mapMentions(inSource) }
            record.locations = locations.map { $0.mapMentions(inSource) }
        } else if let morphologyProblem {
            record.warnings.append(morphologyProblem)
        }
        return record
    }

    /// The record of a document given as bytes.
    /// `declaredCharset` is what the transport says (an HTTP header); `fetched`, the day the page was
    /// fetched, resolves relative dates when the page gives no date of its own.
    public func record(bytes: [UInt8], id: String, format: Record.Format, path: String? = nil, url: String? = nil,
                       declaredCharset: String? = nil, fetched: CalendarDate? = nil) -> Record {
        finish(draft(bytes: bytes, id: id, format: format, path: path, url: url, declaredCharset: declaredCharset, fetched: fetched))
    }

    /// A document given as bytes, read up to its article.
    public func draft(bytes: [UInt8], id: String, format: Record.Format, path: String? = nil, url: String? = nil,
                      declaredCharset: String? = nil, fetched: CalendarDate? = nil) -> Draft {
        var pipeline = self
        if let fetched, options.referenceDate == nil { pipeline.options.referenceDate = fetched }
        return pipeline.draft(bytes: bytes, id: id, format: format, path: path, url: url, declaredCharset: declaredCharset)
    }

    private func draft(bytes: [UInt8], id: String, format: Record.Format, path: String?, url: String?, declaredCharset: String?) -> Draft {
        let started = ContinuousClock.now
        switch format {
        case .text:
            // Text dumps come in any Cyrillic charset too; as with pages, only their start is read when huge.
            let limit = options.maximumBytes
            let decoded = Charset.decode(Charset.cut(bytes, to: limit), declared: declaredCharset)
            var draft = self.draft(text: String(decoding: decoded.utf8, as: UTF8.self), id: id,
                                   source: Record.Source(path: path, url: url, format: .text, encoding: decoded.encoding, bytes: bytes.count),
                                   started: started)
            draft.record.warnings += decoded.warnings
            if bytes.count > limit { draft.record.warnings.append("the text is larger than \(PageExtractor.size(limit)): only its start was read") }
            return draft
        case .html:
            guard !bytes.isEmpty else {
                return Draft(record: .failed(id: id, Record.Failure(kind: "empty", message: "the page is empty")), body: .failed)
            }
            let (article, encoding) = PageExtractor(maximumBytes: options.maximumBytes, isPersonName: isPersonName)
                .extract(bytes, declaredCharset: declaredCharset)
            var record = Record(id: id, source: Record.Source(path: path, url: url, format: .html, encoding: encoding, bytes: bytes.count))
            record.take(article, reference: options.referenceDate)
            return Draft(record: record, body: .article(article.paragraphs),
                         host: (url ?? article.canonicalURL).flatMap(SiteHost.of) ?? article.mostLinkedHost,
                         reference: options.referenceDate, started: started)
        }
    }
}
