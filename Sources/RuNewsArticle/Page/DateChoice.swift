/// The page's publication date, chosen among its candidates by one scoring over their evidence:
///
///     score = weight of the source (a publication meta tag or JSON-LD 6, itemprop 5, <time> 3,
///             an element marked as a date 2, visible text 1, the address 0.5)
///           + weight of the place (within 3 blocks of the headline +4, within 8 +2, at the body's
///             edge (before its third block of prose or after its third last, 3 blocks before it or
///             3 of prose after it) +2, anywhere else −1; nothing for a meta tag)
///           + what surrounds it (in a link −4, in the page's frame −3, in a list item −1,
///             among 2 or more other dated blocks −4, said to be a modification −4)
///           + the address (agrees +3, differs −2).
///
/// The highest score above 0 wins, ties going to the candidate nearer the headline, then to the earlier
/// in the page; a winner without a time of day takes one from the best candidate of the same day that
/// has one. Candidates later than the day the page was fetched never get here. A relative dateline ("Сегодня, 13:12") the fetch day cannot resolve
/// wins as nothing: the caller resolves it or gives no date rather than a sidebar's.
enum DateChoice {
    enum Feature: Hashable {
        case source(DateCandidate.Source)
        case besideHeadline, nearHeadline, atBodyEdge, elsewhere
        case inLink, inFrame, inListItem, crowded, modified
        case addressAgrees, addressSameMonth, addressDiffers
    }

    static let weights: [Feature: Double] = [
        .source(.declared): 6, .source(.structured): 6, .source(.itemprop): 5, .source(.timeElement): 3,
        .source(.marked): 2, .source(.text): 1, .source(.relative): 1, .source(.address): 0.5,
        .besideHeadline: 4, .nearHeadline: 2, .atBodyEdge: 2, .elsewhere: -1,
        .inLink: -4, .inFrame: -3, .inListItem: -1, .crowded: -4, .modified: -4,
        .addressAgrees: 3, .addressSameMonth: 1, .addressDiffers: -2,
    ]

    /// How far the places reach, in a document's units: a page's blocks, a dump's lines.
    struct Reach {
        /// Units from the headline that count as beside it, and as near it.
        var beside: Int, near: Int
        /// Units at the start or the end of the body, or before or after it, that count as its edge.
        var edge: Int
        /// A candidate must score above this to be the date: one that scores no more is some list's.
        var minimum: Double

        static let page = Reach(beside: 3, near: 8, edge: 3, minimum: 0)
    }
    /// Other dated blocks around a candidate that make it one of a list.
    static let crowd = 2

    /// The features a candidate shows.
    static func features(of candidate: DateCandidate, reach: Reach = .page) -> [Feature] {
        let evidence = candidate.evidence
        var features: [Feature] = [.source(candidate.source)]
        if !evidence.placeless {
            let distance = evidence.fromHeadline.map(abs)
            let atEdge: Bool
            switch evidence.body {
            case .inside(let fromStart, let toEnd)?: atEdge = fromStart < reach.edge || toEnd < reach.edge
            case .after(let blocks)?, .before(let blocks)?: atEdge = blocks <= reach.edge
            default: atEdge = false
            }
            if let distance, distance <= reach.beside {
                features.append(.besideHeadline)
            } else if let distance, distance <= reach.near {
                features.append(.nearHeadline)
            } else if atEdge {
                features.append(.atBodyEdge)
            } else {
                features.append(.elsewhere)
            }
        }
        if evidence.inLink { features.append(.inLink) }
        if evidence.inFrame { features.append(.inFrame) }
        if evidence.inListItem { features.append(.inListItem) }
        if evidence.datesAround >= crowd { features.append(.crowded) }
        if evidence.saysModified { features.append(.modified) }
        switch evidence.address {
        case .agrees?: features.append(.addressAgrees)
        case .sameMonth?: features.append(.addressSameMonth)
        case .differs?: features.append(.addressDiffers)
        case nil: break
        }
        return features
    }

    static func score(_ candidate: DateCandidate, reach: Reach = .page) -> Double {
        features(of: candidate, reach: reach).reduce(0) { $0 + (weights[$1] ?? 0) }
    }

    /// The chosen candidate's value, or the relative dateline that won without a fetch day to read it by.
    static func choose(_ candidates: [DateCandidate], reach: Reach = .page) -> (published: String?, relative: Dateline.Relative?) {
        let scored = candidates.filter { $0.day != nil || $0.relative != nil }.map { ($0, score($0, reach: reach)) }.filter { $0.1 > reach.minimum }
        // Ties go to the nearer the headline (without one, the text: a page's header prints today's date
        // as far above it as a story's dateline stands below), then to the earlier in the page. A
        // candidate without a place (a meta tag, JSON-LD, the address) is the farthest: a visible date
        // scoring as much wins over it, the address loses to every other.
        func order(_ candidate: DateCandidate) -> (Int, Int) {
            (candidate.evidence.distance, candidate.element ?? .max)
        }
        guard let best = scored.max(by: { a, b in a.1 < b.1 || a.1 == b.1 && order(a.0) > order(b.0) }) else {
            return (nil, nil)
        }
        guard let day = best.0.day else { return (nil, best.0.relative) }
        var time = best.0.time
        if time.isEmpty, let timed = scored.filter({ $0.0.day == day && !$0.0.time.isEmpty }).max(by: { $0.1 < $1.1 }) {
            time = timed.0.time
        }
        return (day.description + time, nil)
    }
}
