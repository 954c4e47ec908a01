/// The WHATWG HTML tree builder over the tokenizer: every insertion mode, the adoption agency for
/// misnested formatting, foster parenting out of tables, templates, SVG and MathML (scripting off, as
/// a scraper reads a page). `HTML5LibTreeConstructionTests` measures it against the html5lib suite.
///
/// Iterative, with a depth cap, so any nesting parses; the nodes come out in document order.
public struct TreeBuilder {
    /// Elements opened beyond this depth are added flat, so a page of 100 000 nested `<div>`s stays a
    /// tree of bounded height and every scope search stays short.
    public static let maximumDepth = 512
    /// A page is read up to this many nodes (a news page has a few thousand); the rest is left out
    /// and the document says so, so one pathological page cannot hold a batch.
    public static let maximumNodes = 1_000_000

    public init() {}

    public func parse(_ utf8: [UInt8]) -> HTMLDocument {
        var construction = TreeConstruction(tokenizer: HTMLTokenizer(utf8))
        while let token = construction.tokenizer.next() {
            guard construction.document.nodes.count < Self.maximumNodes else {
                construction.document.isTruncated = true
                break
            }
            construction.process(TreeConstruction.Token(token))
        }
        construction.process(.endOfFile)
        construction.document.restoreDocumentOrder()
        return construction.document
    }
}
