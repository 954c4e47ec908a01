import RuNewsText

/// A dump's date, chosen as a page's is (`DateChoice`), from candidates with the evidence its lines give:
/// every dated line, its distance in lines from the headline and from the text, whether it is a list's
/// item (a bullet, a news list's "09:20 Заголовок") or the frame's (boilerplate), how many dated lines
/// stand around it, whether it says it is a modification; the headline's own dates left out. The site's
/// clock in a page's header ("Ср., 10.04.2013 10:29") and a list's dates lose to the dateline beside the
/// headline or at the text's edge, where the first dated line used to win.
enum DumpDates {
    static func candidates(_ lines: [DumpLine], headline: (index: Int, text: String?)?, block: Range<Int>,
                           boxes: DumpBoxes, address: String?, fetched: (day: CalendarDate, latest: CalendarDate)?) -> [DateCandidate] {
        var candidates: [DateCandidate] = []
        var dated = Array(repeating: false, count: lines.count)
        // Distances are measured as if the boxes of other pages' items were not there: one between the
        // text and the dateline below it moves the dateline no farther from it.
        let position = boxes.position
        for (index, line) in lines.enumerated() {
            let text = index == headline?.index ? DateCandidates.withoutHeadline(line.text, headline: headline?.text) : line.text
            // A sentence's dates are its story's ("… вспыхнули 25 января 2011 года."), unless it opens with
            // the agency's dateline.
            let isProse = line.words > DumpLayout.datelineWords && line.endsSentence
            let (found, isDated) = isProse ? (Dateline.leading(text).map { DateCandidate(.text, reading: $0, element: index) }, false)
                : DateCandidates.visible(text, element: index)
            dated[index] = isDated
            guard var candidate = found else { continue }
            var evidence = DateCandidate.Evidence()
            let (at, start, end) = (position[index], position[block.lowerBound], position[block.upperBound])
            evidence.fromHeadline = headline.map { at - position[$0.index] }
            evidence.body = index < block.lowerBound ? .before(start - at)
                : index >= block.upperBound ? .after(at - end + 1)
                : .inside(fromStart: at - start, toEnd: end - 1 - at)
            evidence.inListItem = line.isBullet || line.isListing && line.hasHeadlineWords
            // A box's datelines are other pages' (a teaser's agency line, a comment's).
            evidence.inFrame = line.boilerplate != nil || boxes.contains[index]
            if line.text.hasCharacters(atMost: 160), DateCandidates.modifiedWords.occurs(in: Array(line.text.lowercased().utf8)) {
                evidence.saysModified = true
            }
            candidate.evidence = evidence
            candidates.append(candidate)
        }
        for index in candidates.indices {
            guard let line = candidates[index].element else { continue }
            let around = max(0, line - DumpLayout.datelineCrowd)...min(lines.count - 1, line + DumpLayout.datelineCrowd)
            candidates[index].evidence.datesAround = around.filter { $0 != line && dated[$0] }.count
        }
        DateCandidates.resolve(&candidates, address: address.flatMap { AddressDate.of([$0]) }, fetched: fetched)
        return candidates
    }
}
