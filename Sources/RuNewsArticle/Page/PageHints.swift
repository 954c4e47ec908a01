import Foundation
import RuNewsHTML
import RuNewsText

extension ContentExtractor {
    /// Class and id words that mark the frame of a page, not its article.
    static let negativeHints = BytePatterns(["comment", "footer", "sidebar", "menu", "nav", "share", "social", "related", "banner",
                                             "advert", "promo", "widget", "breadcrumb", "crumbs", "speedbar", "tags", "copyright",
                                             "subscribe", "popup", "cookie", "header", "rating", "vote", "poll", "similar", "more",
                                             "teaser", "reklama", "counter", "login", "search"])
    /// Class and id words of comments, which mark the frame whatever else the class says.
    static let commentHints = BytePatterns(["comment"])
    /// Class and id words that mark the article.
    static let positiveHints = BytePatterns(["article", "content", "text", "body", "post", "entry", "news", "story", "main",
                                             "material", "full", "detail", "publication"])

    /// What the class, id and tag of every element say, computed once per page: the weight of an
    /// element as a container, and whether it sits inside the page's frame (navigation, footer, aside,
    /// forms, a class or id of the frame, link lists and teasers: `LinkLists`, dated items: `DatedItems`).
    struct Hints {
        var negative: [Bool]
        var positive: [Bool]
        var inFrame: [Bool]

        init(_ document: HTMLDocument) {
            let count = document.nodes.count
            negative = Array(repeating: false, count: count)
            positive = Array(repeating: false, count: count)
            inFrame = Array(repeating: false, count: count)
            // Below each node: its text's bytes, whether a link is there and the bytes of text in links;
            // children before parents (they come later in the arena).
            var textBelow = [Int](repeating: 0, count: count)
            var linkBelow = [Bool](repeating: false, count: count)
            var linkTextBelow = [Int](repeating: 0, count: count)
            var datedBelow = DatedItems.shortDates(in: document)
            // Whether the first text below each node with letters or digits is an advertisement's label
            // (nil: no such text), each text read once (children after parents: the earliest child
            // writes last).
            var opensWithLabel = [Bool?](repeating: nil, count: count)
            for index in stride(from: count - 1, through: 1, by: -1) {
                if document.nodes[index].kind == .text {
                    textBelow[index] += document.nodes[index].text.count
                    if document.nodes[index].text.contains(where: BreadcrumbTrail.isWordByte) {
                        opensWithLabel[index] = Self.isAdvertisementLabel(document.nodes[index].text)
                    }
                }
                if let opens = opensWithLabel[index] { opensWithLabel[document.nodes[index].parent] = opens }
                if document.nodes[index].tag == .a {
                    linkBelow[index] = true
                    linkTextBelow[index] = textBelow[index]
                }
                let parent = document.nodes[index].parent
                textBelow[parent] += textBelow[index]
                linkTextBelow[parent] += linkTextBelow[index]
                linkBelow[parent] = linkBelow[parent] || linkBelow[index]
                datedBelow[parent] = datedBelow[parent] || datedBelow[index]
            }
            let text = LinkLists.Text(below: textBelow, inLinks: linkTextBelow)
            var isListedItem = [Bool](repeating: false, count: count)
            let pageText = max(textBelow[0], 1)
            var words = HintWords(attributes: HintWords.containerAttributes)
            for index in 0..<count where document.nodes[index].kind == .element {
                words.read(index, in: document)
                let tag = document.nodes[index].tag
                // Hints on <html> and <body> speak of the whole page ("brand_advert"), not of a part of it.
                let isPageRoot = tag.isPageRoot
                negative[index] = !isPageRoot && words.say(any: ContentExtractor.negativeHints)
                positive[index] = !isPageRoot && words.say(any: ContentExtractor.positiveHints)
                let parent = document.nodes[index].parent
                // Parents come before their children in the arena.
                // A form is a comment or search box, unless it wraps the whole page (ASP.NET).
                let isFrameForm = tag == .form && parent > 0 && !document.nodes[parent].tag.isPageRoot
                // A "banner" class on the wrapper of half the page names no banner.
                // Comments are the frame even inside the article's markup ("article-comment-form").
                let isFrameHint = negative[index] && (!positive[index] || words.say(any: ContentExtractor.commentHints))
                    && textBelow[index] * 10 < pageText * 3
                // A block that opens with an advertisement's label ("Реклама") is the advertisement.
                let isAdvertisement = textBelow[index] <= Self.advertisementBytes && opensWithLabel[index] == true
                inFrame[index] = (parent > 0 && inFrame[parent]) || tag.isFrame || isFrameForm || isFrameHint || isListedItem[index]
                    || isAdvertisement
                    || LinkLists.isList(index, in: document, linkBelow: linkBelow)
                for item in LinkLists.teasers(under: index, in: document, text: text) { isListedItem[item] = true }
                for item in DatedItems.items(under: index, in: document, datedBelow: datedBelow, textBelow: textBelow) { isListedItem[item] = true }
            }
        }

        /// An advertisement under its label holds this many bytes of text at most: a banner, an offer.
        static let advertisementBytes = 600

        /// A short text that is an advertisement's label: "Реклама", "РЕКЛАМА".
        static func isAdvertisementLabel(_ text: [UInt8]) -> Bool {
            guard text.count <= 40 else { return false }
            let line = String(decoding: text, as: UTF8.self)
            // Every short text of the page comes here: one whose first letter opens no advertisement's
            // phrase is not trimmed and folded to see that it is none.
            guard let first = line.unicodeScalars.first(where: { !CharacterSet.whitespacesAndNewlines.contains($0) }),
                  BoilerplatePhrases.advertisementOpenings.contains(Folding.fold(first)) else { return false }
            return BoilerplatePhrases.kind(of: line.trimmed(.whitespacesAndNewlines)) == .ads
        }

        func weight(of element: Int, _ document: HTMLDocument) -> Double {
            let tag = document.nodes[element].tag
            var weight = 1.0
            if tag == .article || tag == .main { weight *= 1.5 }
            if document.attribute("itemprop", of: element)?.lowercased() == "articlebody" { weight *= 2 }
            if positive[element] { weight *= 1.25 }
            if negative[element] { weight *= 0.5 }
            return weight
        }
    }
}
