/// A document read up to its article, before its entities: what same-site template learning looks at
/// (`TemplateLearner`) before `Pipeline.finish` makes the record.
public struct Draft: Sendable {
    /// The record so far: source, headline, dates, authors, breadcrumbs, lead, what was removed.
    public var record: Record
    var body: Body
    /// The site the document comes from (`ria.ru`): its URL's host, the page's canonical address's, or
    /// the host most of its links go to.
    public var host: String?
    /// The page the document is (`SiteHost.page` of its address and of the address it gives itself):
    /// copies of one page (http and https, AMP, fetched twice) share one.
    public var pages: Set<String> = []
    /// What year-less and relative dates are read against when the document gives no date.
    var reference: CalendarDate?
    /// The work spent on the document so far, and its limit.
    var budget: WorkBudget
    /// How long reading the document took, its own work only (`Pipeline.Options.timeLimit`).
    var elapsed: Duration = .zero

    enum Body: Sendable {
        /// The article's paragraphs, of which template blocks may be taken out.
        case article([String])
        /// A text taken verbatim (`raw`).
        case raw(String)
        /// A document that gave no article: its record is final.
        case failed
    }

    init(record: Record, body: Body, host: String? = nil, reference: CalendarDate? = nil, budget: WorkBudget = WorkBudget()) {
        self.record = record
        self.body = body
        self.host = host
        self.reference = reference
        self.budget = budget
    }

    /// The draft of a document that could not be read: its record is the failure.
    public static func failed(id: String, _ failure: Record.Failure) -> Draft {
        Draft(record: .failed(id: id, failure), body: .failed)
    }

    /// The article's paragraphs, empty for a raw text or a failed document.
    public var paragraphs: [String] {
        if case .article(let paragraphs) = body { return paragraphs }
        return []
    }
}
