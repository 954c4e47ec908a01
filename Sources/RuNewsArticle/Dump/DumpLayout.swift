/// The distances and sizes the dump reader relies on, as data: how far from the headline the text may
/// start and a dateline reach, how long a repeated paragraph must be to count as one.
enum DumpLayout {
    /// The text may start this many lines after its headline (a dateline, a photo caption, a lead between).
    static let textAfterHeadline = 8
    /// … or further, while no prose has come and the lines past those hold no more words than this
    /// together (controls, a line each).
    static let wordsAfterHeadline = 30
    /// The headline is looked for this many lines before the text.
    static let headlineBefore = 40
    /// Headlines rarely run past this many words, leads often do: each word past it counts against a line
    /// being the headline, `longHeadlineCost` a word.
    static let usualHeadlineWords = 16
    static let longHeadlineCost = 0.3
    /// A line sharing this share of its words with the first line repeats the page's title.
    static let titleShare = 0.5
    /// The fewest words a headline printed again after something else must end both lines with.
    static let repeatedEndWords = 3
    /// Without such a line, the headline is the topmost of the lines this close above the text that
    /// have this share of their stems in its opening (a lead below it has as many).
    static let untitledHeadlineReach = 12
    static let aboutTextShare = 0.4
    /// Such a line has at least this many stems (and more words): two shared words say little.
    static let aboutTextStems = 3
    /// A headline its dateline follows shares this many stems with the text's opening, as a box's
    /// dated label does not.
    static let datedHeadlineStems = 2
    /// A run right after the headline wins over a better one elsewhere (comments, other news) unless
    /// that one scores this many times as much.
    static let anchoredRunAdvantage = 3
    /// How far from the headline and the text a dateline's places reach in lines (`DumpDates`): a dump's
    /// lines are finer than a page's blocks (a byline, a dateline, a caption a line each), and it has no
    /// markup to date it, so a dateline alone in its place is enough.
    static let datelineReach = DateChoice.Reach(beside: 4, near: 12, edge: 8, minimum: -1)
    /// A headline's dateline stands at most this many lines below it (a subtitle, a counter, a byline between).
    static let datelineBelowHeadline = 4
    /// … and the text of such a pair starts at most this many lines after it (controls, a subtitle between).
    static let textAfterDatedPair = 4
    /// Dated lines this close (before or after) make a line one of a list.
    static let datelineCrowd = 4
    /// A line of a date and a few words is a dateline, not a paragraph.
    static let datelineWords = 8
    /// Paragraphs with fewer letters and digits than this are never taken for a repeated lead: short
    /// lines ("Фото: ТАСС") repeat on their own. Thirty is a line of about forty characters with its
    /// spaces, the length from which a repeated paragraph is a repeat (a comment quoted, a lead).
    static let repeatedParagraphLetters = 30
    /// A line of prose printed this many times in a dump is a template's, not the article's.
    static let templateRepeats = 3
    /// Items under a label of other news or comments (a headline and its teaser, a dated line and a
    /// comment): this many make a box of them.
    static let boxedItems = 2
    /// A comment under its author's dated line takes this many lines at most.
    static let commentLines = 4
    /// An advertisement under its label has this many words at most: a slogan, an offer.
    static let advertisementWords = 30
    /// A paragraph cut with "…" repeats a longer one when it has at least this many letters.
    static let cutParagraphLetters = 60
    /// Items of a bulleted trail are short; a line of a trail with separators is not prose.
    static let trailItemWords = 12
    static let trailLineWords = 40
    /// A path line no root announces belongs to the article when it stands this close above it (as
    /// far as the headline is looked for).
    static let trailAboveText = headlineBefore
    /// The lines at most between a trail whose items only spaces part and the headline below it.
    static let trailAboveHeadline = 8
}
