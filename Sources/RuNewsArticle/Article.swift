import RuNewsHTML
/// What extraction finds in a page or a text dump: the article and its metadata, and what was taken out.
public struct Article: Sendable {
    public var title: String?
    /// ISO 8601, as precise as the page shows it: "2023-08-28T07:27".
    public var published: String?
    /// A dateline relative to the fetch day ("Сегодня, 13:12") when the page shows no other date.
    public var relativeDate: Dateline.Relative?
    public var modified: String?
    public var authors: [String] = []
    public var site: String?
    /// The address the page gives itself (`<link rel="canonical">`, `og:url`).
    public var canonicalURL: String?
    /// The host most of the page's absolute links go to: its own site, for a page that gives no address.
    public var mostLinkedHost: String?
    public var breadcrumbs: [String]?
    public var lead: String?
    /// The main text, one paragraph each.
    public var paragraphs: [String] = []
    public var removed: [Removed] = []
    public var warnings: [String] = []
    /// The site's section the article is filed under, when the page names it (`article:section`,
    /// JSON-LD `articleSection`).
    public var section: String?
    /// The work reading it took, in steps (bytes, nodes, lines walked): what a `WorkBudget` is charged.
    public var work = 0

    public struct Removed: Sendable, Equatable {
        public var kind: Kind
        public var text: String

        public enum Kind: String, Sendable {
            case breadcrumbs, duplicateLead = "duplicate-lead", navigation, share, related, footer, comments, ads, template
        }
    }

    public init() {}

    public var text: String { paragraphs.joined(separator: "\n") }
}
