/// Where a dump's article lies: the run of lines with the largest total prose score.
///
/// Kadane's algorithm over the lines' scores, with a gap of lines that are no prose costing more the
/// longer it is (the k-th line of a gap costs k times a line's cost): a caption or a subheading inside
/// the text is cheap to cross, the related-news list after it is not. The article follows its headline:
/// the best run that starts just after a line repeating the page's title wins over a better one
/// elsewhere (comments, other news) unless that one scores `DumpLayout.anchoredRunAdvantage` times as
/// much; a run that a news agency's dateline opens wins outright.
struct ProseRun {
    typealias Run = (range: Range<Int>, score: Int)
    let lines: [DumpLine]
    /// Each line's score, with the growing cost of the gap it stands in.
    let costs: [Int]
    /// The best run from each line, for the starts `bestRun(after:)` tries.
    let runs: RunsFromEachLine
    /// Boxes of other news with their teasers, or of comments: no part of any run's text.
    let boxes: DumpBoxes

    init(_ lines: [DumpLine]) {
        self.lines = lines
        var costs: [Int] = []
        costs.reserveCapacity(lines.count)
        // A line printed three times or more is a template's, a comment form's repeated under every
        // comment ("Как поменять статус …"): no article says a sentence thrice.
        var printed: [String: Int] = [:]
        for line in lines where line.score > 0 { printed[line.text, default: 0] += 1 }
        boxes = DumpBoxes(lines)
        var gap = 0
        for (index, line) in lines.enumerated() {
            // A box of other pages' items is read as if it were not there: neither gap nor prose (its
            // lines are left out of the text, `body` skips them).
            if boxes.contains[index] {
                costs.append(0)
                continue
            }
            // A news list gives each item's teaser below its time and headline: the teaser is the list's too
            // (a line of a date alone is the article's dateline, and the text follows it).
            let isTeaser = index > 0 && lines[index - 1].isListing && lines[index - 1].hasHeadlineWords
            let isTemplate = line.score > 0 && printed[line.text, default: 0] >= DumpLayout.templateRepeats
            let score = isTeaser || isTemplate ? -3 : line.score
            gap = score < 0 ? gap + 1 : 0
            costs.append(score < 0 ? score * gap : score)
        }
        self.costs = costs
        runs = RunsFromEachLine(costs: costs)
    }

    /// The article's lines.
    var block: Range<Int> {
        var best: Run = (0..<0, Int.min)
        var start = 0, sum = 0
        for index in costs.indices {
            if sum <= 0 { start = index; sum = 0 }
            sum += costs[index]
            if sum > best.score { best = (start..<(index + 1), sum) }
        }
        // An anchor whose run holds no prose anchors nothing (a menu's line may repeat the first line).
        let anchored = [runAfterHeadline, runAfterDatedHeadline].lazy.compactMap { $0 }.first { $0.score >= DumpLine.proseWords }
        if let anchored, anchored.score * DumpLayout.anchoredRunAdvantage >= best.score {
            best = anchored
        }
        if let opened = runOpenedByAgency, !best.range.contains(opened.range.lowerBound) {
            best = opened
        }
        // The credit of the article's source closes it: what follows is the page's (comments, other news).
        var end = best.range.upperBound
        if let credit = best.range.dropFirst().first(where: closesArticle) { end = credit }
        // A trailing line that scores nothing does not belong to the text.
        while end > best.range.lowerBound + 1, costs[end - 1] < 0 { end -= 1 }
        return best.range.lowerBound..<end
    }

    /// Whether the line credits the article's source, not a photo's: a caption's credit stands between
    /// the caption's short line and more of the text.
    func closesArticle(_ index: Int) -> Bool {
        guard lines[index].isSourceCredit else { return false }
        let isCaptionCredit = index > 0 && lines[index - 1].score < 0 && index + 1 < lines.count && lines[index + 1].score > 0
        return !isCaptionCredit
    }

    /// The best run starting soon after the first headline-shaped line that repeats the page's title
    /// (a dump's first line).
    var runAfterHeadline: Run? {
        let titleWords = TextComparison.wordSet(lines[0].text)
        guard let headline = lines.indices.dropFirst().first(where: { index in
            // The cheap tests first: this runs over every line of a dump whose title is not repeated.
            guard lines[index].words >= 3, lines[index].words <= 2 * titleWords.count else { return false }
            let words = TextComparison.wordSet(lines[index].text)
            return Double(words.intersection(titleWords).count) >= 0.6 * Double(max(words.count, 1)) && lines[index].isHeadline
        }) else { return nil }
        return bestRun(after: headline)
    }

    /// Without a title line to match, the article is where a headline-shaped line has its date close by:
    /// a few lines below it, past a subtitle or a counter ("Трое погибли …" | "07:20 05.01.2012"), or right
    /// above it ("(5 Января 2012, 23:32)" | "Онищенко: …"); the best run just after the pair.
    var runAfterDatedHeadline: Run? {
        var best: Run?
        // A box's dated lines are its comments'.
        for index in lines.indices where lines[index].isDateline && lines[index].text.utf8.count <= 80 && !boxes.contains[index] {
            // Right below the headline, the text may start as far as after any headline; further from
            // it, or above it, only soon after the pair (controls aside), and not past a list's label
            // ("Смотрите также:"): a news list pairs its times and headlines too.
            let anchor: Int, reach: Int?
            let above = max(0, index - DumpLayout.datelineBelowHeadline)..<index
            if index > 0, lines[index - 1].isHeadline {
                (anchor, reach) = (index, nil)
            } else if let headline = above.last(where: { lines[$0].isHeadline }), !costs[(headline + 1)..<index].contains(where: { $0 > 0 }) {
                (anchor, reach) = (index, DumpLayout.textAfterDatedPair)
            } else if index + 1 < lines.count, lines[index + 1].isHeadline {
                (anchor, reach) = (index + 1, DumpLayout.textAfterDatedPair)
            } else {
                continue
            }
            guard let run = bestRun(after: anchor), run.score > best?.score ?? 0 else { continue }
            let between = lines[(anchor + 1)..<run.range.lowerBound]
            if let reach, between.count(where: { $0.boilerplate != .share }) > reach || between.contains(where: { $0.boilerplate == .related }) {
                continue
            }
            best = run
        }
        return best
    }

    /// A news agency's dateline opens its story ("МИНСК, 4 янв — РИА Новости, Алексей Букчин. …"): the
    /// run it starts is the article, however long the site's other text.
    var runOpenedByAgency: Run? {
        guard let opening = lines.indices.first(where: { costs[$0] > 0 && Byline.opening(lines[$0].text) != nil }),
              let run = bestRun(after: opening - 1), run.range.lowerBound == opening else { return nil }
        return run
    }

    /// The best run starting within `DumpLayout.textAfterHeadline` lines after `anchor`; or further, while
    /// none of prose has been found and the lines past those hold no more than
    /// `DumpLayout.wordsAfterHeadline` words (a row of controls a line each: "Увеличить шрифт", "Нравится").
    func bestRun(after anchor: Int) -> Run? {
        var best: Run?
        // Words of the lines past the usual reach, a line a word at least: the starts tried stay few.
        var between = 0
        for start in (anchor + 1)..<costs.count {
            if start - anchor > DumpLayout.textAfterHeadline + 1 { between += max(1, lines[start - 1].words) }
            // A dateline's run is no prose.
            let foundProse = (best?.score ?? 0) >= DumpLine.proseWords
            guard start - anchor <= DumpLayout.textAfterHeadline || !foundProse && between <= DumpLayout.wordsAfterHeadline
            else { break }
            guard costs[start] > 0, let run = runs.best(from: start), run.score > best?.score ?? 0 else { continue }
            best = run
        }
        return best
    }
}
