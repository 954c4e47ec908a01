import RuNewsMorphology
import RuNewsText

/// People, organisations and places of a text, the learned tagger and the rules each doing what they do
/// best: the rule extractors find names with their parts and nominative forms, organisation kinds with
/// quoted names, genitive chains, abbreviations, roles and grouping; the tagger (`EntityTagger`) proposes
/// spans and types: a span of its own is taken where the rules found nothing there, and where it holds
/// their mentions of its type and goes on past them.
public struct EntityExtraction: Sendable {
    /// How the tagger's spans and the rules' mentions are combined.
    public struct Policy: Sendable, Hashable {
        /// A tagger span that no rule mention overlaps becomes a mention of its type.
        public var additions: Bool
        /// A rule mention overlapped only by tagger spans of another type gives way to them.
        public var retyping: Bool
        /// Rule mentions inside a tagger span of their type that goes on past them give way to it (one rule
        /// name a tagged name extends, with the mentions of other kinds inside it); a rule name the tagger
        /// reads as two people gives way to both.
        public var extending: Bool
        /// A rule organisation told by its letters alone, Latin words or one abbreviation, goes when no tagger
        /// span overlaps any of its mentions and no kind of organisation comes before one ("Windows", "МКС";
        /// not "сети Twitter").
        public var lettersNeedSupport: Bool
        /// A rule organisation or place mention that no tagger span overlaps is dropped.
        public var dropping: Bool

        public init(additions: Bool = true, retyping: Bool = true, extending: Bool = true,
                    lettersNeedSupport: Bool = true, dropping: Bool = false) {
            self.additions = additions
            self.retyping = retyping
            self.extending = extending
            self.lettersNeedSupport = lettersNeedSupport
            self.dropping = dropping
        }

        /// The rules alone.
        public static let rules = Policy(additions: false, retyping: false, extending: false, lettersNeedSupport: false)
        public static let standard = Policy()
    }

    let morphology: MorphAnalyzer
    let tagger: EntityTagger?
    public var policy: Policy

    /// Without a tagger, the rules alone.
    public init(morphology: MorphAnalyzer, tagger: EntityTagger?, policy: Policy = .standard) {
        self.morphology = morphology
        self.tagger = tagger
        self.policy = policy
    }

    public struct Entities: Sendable {
        public var people: [Person]
        public var organisations: [Organisation]
        public var locations: [Location]
    }

    public func extract(from text: AnalysedText) -> Entities {
        let persons = PersonExtractor(morphology: morphology)
        var people = persons.extract(from: text)
        let taken = text.tokens(covering: people.flatMap(\.mentions))
        let organisationExtractor = OrganisationExtractor(morphology: morphology)
        var organisations = organisationExtractor.extract(from: text, excluding: taken)
        // Places inside organisations ("мэрии Москвы") are places too.
        var locations = LocationExtractor(morphology: morphology).extract(from: text, excluding: taken)
        if let tagger, policy != .rules {
            combine(tagger.spans(in: text), &people, &organisations, &locations, in: text)
        }
        joinLatinSpellings(&people, &organisations, &locations, in: text)
        people = Self.filter(people) { !isQuotedWhole($0, in: text) }
        Self.takeSurnamesReadAsPlaces(&people, &locations, in: text)
        takeFirstNamesReadAsPlaces(&people, &locations, in: text)
        joinNamesOpeningWithParticles(&people, in: text)
        organisations = Self.filter(organisations) { !isCommonPhraseOpeningASentence($0, in: text) }
        addNestedOrganisations(&organisations, people: people, locations: locations, in: text)
        // The tagger's organisations too: "МВД" found by the rules, "Министерство внутренних дел" by the tagger.
        organisations = organisationExtractor.linkingAbbreviations(organisations)
        Self.dropPlacesNamingOrganisations(&locations, organisations)
        RoleExtractor(morphology: morphology).attachRoles(to: &people, in: text, organisations: organisations, locations: locations)
        return Entities(people: people, organisations: organisations, locations: locations)
    }

    /// A name in Latin letters in brackets right after a person's mention ("Елену Каган (Elena Kagan)") is
    /// that person's, whatever the rules or the tagger took it for (a run of Latin words is an organisation
    /// to the rules); the rules join it only to the names they read whole.
    func joinLatinSpellings(_ people: inout [Person], _ organisations: inout [Organisation], _ locations: inout [Location],
                            in text: AnalysedText) {
        let persons = PersonExtractor(morphology: morphology)
        let named = Set(people.flatMap(\.mentions).map(\.start))
        var spellings: [(person: Int, mention: Mention)] = []
        for (index, person) in people.enumerated() {
            for mention in person.mentions {
                guard let latin = persons.latinSpelling(at: text.tokenRange(of: mention).upperBound, in: text) else { continue }
                let scalars = text.scalarRange(latin)
                guard !named.contains(scalars.lowerBound) else { continue }
                let spelling = text.segmentation.text.string(in: scalars)
                spellings.append((index, Mention(start: scalars.lowerBound, end: scalars.upperBound, text: spelling, normal: spelling)))
            }
        }
        guard !spellings.isEmpty else { return }
        let spans = spellings.map { $0.mention.start..<$0.mention.end }
        func isSpelling(_ mention: Mention) -> Bool { spans.contains { $0.overlaps(mention.start..<mention.end) } }
        organisations = Self.filter(organisations) { !isSpelling($0) }
        locations = Self.filter(locations) { !isSpelling($0) }
        for (person, mention) in spellings where !people[person].mentions.contains(where: { $0.start == mention.start }) {
            people[person].mentions.append(mention)
            people[person].mentions.sort { $0.start < $1.start }
        }
    }

    /// A name that is all a pair of quotes holds, touching them, is a title: a film's, a book's, a song's,
    /// an award's («Борис Годунов», «Мэри Поппинс», "Тони"), not a person named. Apostrophes are no such
    /// quotes: wiki markup sets names in italics with them ('Стив Ирвин').
    func isQuotedWhole(_ mention: Mention, in text: AnalysedText) -> Bool {
        let tokens = text.tokenRange(of: mention)
        guard let first = tokens.first, let last = tokens.last, text.touch(first - 1, first), text.touch(last, last + 1) else { return false }
        return PunctuationMarks.isOne(of: PunctuationMarks.openingQuotes, text.texts[first - 1])
            && PunctuationMarks.isOne(of: PunctuationMarks.closingQuotes, text.texts[last + 1])
    }

    /// A sentence's first words capitalised by their place alone: a pronoun, adjectival or possessive, and the
    /// common nouns it points at ("Эти компании", "Такие международные организации", "Его компания"), with no word the dictionary knows as a name,
    /// place or organisation, no capitals or quotes. A lone noun there names one ("Полиция сообщила",
    /// "Правительство", "Кремль": NEREL marks them).
    func isCommonPhraseOpeningASentence(_ mention: Mention, in text: AnalysedText) -> Bool {
        let tokens = text.tokenRange(of: mention)
        guard let first = tokens.first, text.sentenceStarts.contains(first),
              tokens.allSatisfy({ index in
                  text.kind(index) == .word && !text.isUppercaseWord(index) && !text.isInLatinLetters(index)
                      && (index == first || !text.isCapitalized(index))
                      && !text.readings[index].isEmpty && text.readings[index].allSatisfy { reading in
                          reading.method == .dictionary && !reading.tag.contains(.geography) && !reading.tag.contains(.organisation)
                              && !reading.tag.contains(.firstName) && !reading.tag.contains(.surname)
                      }
              }) else { return false }
        return tokens.count >= 2 && text.readings[first].allSatisfy { $0.tag.contains(.pronominal) || $0.tag.partOfSpeech == .pronoun }
    }

    /// The bodies named inside organisations' names (`NestedOrganisations`), grouped with the others.
    func addNestedOrganisations(_ organisations: inout [Organisation], people: [Person], locations: [Location],
                                in text: AnalysedText) {
        let nested = NestedOrganisations(text: text, taken: text.tokens(covering: people.flatMap(\.mentions) + locations.flatMap(\.mentions)))
        let normalizer = PhraseNormalizer(morphology: morphology)
        let found = organisations.flatMap(\.mentions).flatMap { nested.inside(text.tokenRange(of: $0)) }.map { range in
            OrganisationExtractor.Found(range: range, name: Self.name(of: range, in: text, normalizer))
        }
        group(found, into: &organisations, in: text)
    }

    /// The `freed` mentions taken out of their people (a person left with none goes) and `names` grouped in
    /// their place: what a name read again from other words replaces.
    func regroup(_ freed: [(person: Int, mention: Int)], as names: [PersonExtractor.NameMatch], _ people: inout [Person],
                 in text: AnalysedText) {
        for (person, mention) in freed.sorted(by: { ($0.person, $0.mention) > ($1.person, $1.mention) }) {
            people[person].mentions.remove(at: mention)
        }
        people.removeAll { $0.mentions.isEmpty }
        group(names, into: &people, in: text)
    }

    /// Names read from spans grouped with the people, each person's mentions in order.
    func group(_ names: [PersonExtractor.NameMatch], into people: inout [Person], in text: AnalysedText) {
        guard !names.isEmpty else { return }
        people = PersonExtractor(morphology: morphology).group(names, in: text, into: people)
        for index in people.indices { people[index].mentions.sort { $0.start < $1.start } }
    }

    /// Found organisations grouped with the others by name, each one's mentions in text order.
    func group(_ found: [OrganisationExtractor.Found], into organisations: inout [Organisation], in text: AnalysedText) {
        guard !found.isEmpty else { return }
        organisations = OrganisationExtractor(morphology: morphology).group(found, in: text, into: organisations)
        for index in organisations.indices { organisations[index].mentions.sort { $0.start < $1.start } }
    }

    /// A place mention spanning exactly what an organisation's does is that organisation ("Первый канал",
    /// a kind both of places and of organisations): on NEREL train 21 of 23 such twins are organisations.
    static func dropPlacesNamingOrganisations(_ locations: inout [Location], _ organisations: [Organisation]) {
        let spans = Set(organisations.flatMap(\.mentions).map { $0.start..<$0.end })
        guard !spans.isEmpty else { return }
        for index in locations.indices { locations[index].mentions.removeAll { spans.contains($0.start..<$0.end) } }
        locations.removeAll { $0.mentions.isEmpty }
    }

    // MARK: - Combination

    /// Bits of the kinds of rule mentions covering each token.
    private static func bit(_ kind: EntityTagger.Kind) -> UInt8 {
        switch kind {
        case .person: 1
        case .organisation: 2
        case .location: 4
        }
    }

    func combine(_ spans: [EntityTagger.Span], _ people: inout [Person], _ organisations: inout [Organisation],
                 _ locations: inout [Location], in text: AnalysedText) {
        var covered = [UInt8](repeating: 0, count: text.count)
        func mark(_ mentions: [Mention], _ kind: EntityTagger.Kind) {
            for mention in mentions {
                for index in text.tokenRange(of: mention) { covered[index] |= Self.bit(kind) }
            }
        }
        mark(people.flatMap(\.mentions), .person)
        mark(organisations.flatMap(\.mentions), .organisation)
        mark(locations.flatMap(\.mentions), .location)
        var tagged = [Bool](repeating: false, count: text.count)
        for span in spans { for index in span.tokens { tagged[index] = true } }

        let ruleMentions = RuleMentions(
            people.flatMap(\.mentions).map { .init(kind: .person, tokens: text.tokenRange(of: $0)) }
            + organisations.flatMap(\.mentions).map { .init(kind: .organisation, tokens: text.tokenRange(of: $0)) }
            + locations.flatMap(\.mentions).map { .init(kind: .location, tokens: text.tokenRange(of: $0)) })
        var added: [EntityTagger.Span] = []
        var removed = Set<RuleMentions.Mention>()
        // An abbreviation the text spells out as a thing ("приборно-агрегатного отсека (ПАО)") names nothing.
        for span in spans where !span.tokens.allSatisfy({ text.terms.contains(text.folded[$0]) }) {
            let kinds = span.tokens.reduce(UInt8(0)) { $0 | covered[$1] }
            // Rule mentions an earlier span took away stand in no one's way: in "Папа Римский Бенедикт XVI"
            // the tagged place "Римский" ends the rules' "Римский Бенедикт", and the name is the tagger's.
            let cleared = kinds != 0 && !removed.isEmpty && ruleMentions.overlapping(span.tokens).allSatisfy(removed.contains)
            if kinds == 0 || cleared {
                if policy.additions { added.append(span) }
            } else if policy.retyping, kinds & Self.bit(span.kind) == 0 {
                // The rules' mentions of other kinds it overlaps: one strictly inside a tagged organisation or
                // place stays (a place inside an organisation's name, "Голос Америки"); a tagged name takes
                // the place of rule mentions only when it extends them ("Гата" → "Гата Камский"): whether a
                // word is a name the dictionary knows better than the context.
                let overlapping = ruleMentions.overlapping(span.tokens)
                let inside = overlapping.filter { span.tokens.lowerBound <= $0.tokens.lowerBound && $0.tokens.upperBound <= span.tokens.upperBound
                    && $0.tokens != span.tokens }
                // A rule's place built on a place noun ("Георгиевского городского округа", "Турецкой
                // республикой") keeps its type where the tagger would take it.
                guard !overlapping.contains(where: { mention in
                    hasDescriptor(mention.kind, mention.tokens, text) && !inside.contains(mention)
                }) else { continue }
                if span.kind == .person {
                    guard inside.count == overlapping.count else { continue }
                    removed.formUnion(overlapping)
                } else {
                    // A place made of an adjective and a name ("Северной Каролины", "Новой Зеландии") holds no
                    // person: the name is the place's.
                    let adjectivalPlace = span.kind == .location && text.readings[span.tokens.lowerBound].contains(where: \.tag.isAdjectival)
                    removed.formUnion(overlapping.filter { mention in
                        !inside.contains(mention) || mention.kind == .organisation || adjectivalPlace && mention.kind == .person
                    })
                }
                added.append(span)
            } else if policy.extending, span.kind == .person, kinds & Self.bit(.person) != 0 {
                // A tagged name that holds one rule name and goes on past it: the rules' first or last part
                // alone of a name they do not know whole ("Ким" and the place "Чен" → "Ким Чен Ына",
                // "Келли" → "Ар Келли").
                guard let name = nameExtending(span.tokens, ruleMentions, text) else { continue }
                removed.formUnion(ruleMentions.overlapping(name))
                added.append(EntityTagger.Span(kind: .person, tokens: name))
            } else if policy.extending, span.kind != .person, kinds == Self.bit(span.kind) {
                // A tagged organisation or place that holds the rules' mentions of its kind and goes on past them
                // ("NBC News" over "NBC" and "News", "Фонд борьбы с коррупцией" over "Фонд борьбы").
                let overlapping = ruleMentions.overlapping(span.tokens)
                guard overlapping.allSatisfy({ span.tokens.lowerBound <= $0.tokens.lowerBound && $0.tokens.upperBound <= span.tokens.upperBound }),
                      !overlapping.contains(where: { $0.tokens == span.tokens }),
                      isOneScript(span.tokens, overlapping.map(\.tokens), text) else { continue }
                removed.formUnion(overlapping)
                added.append(span)
            }
        }
        if policy.extending {
            // A rule name the tagger reads as two people or more ("Минтимера Шаймиева Тимур Шаймиев",
            // "Майкла Джексона Кэтрин") gives way to them, when each is a name: one the dictionary vetoes
            // would take its part of the name with it.
            let persons = PersonExtractor(morphology: morphology)
            let names = spans.filter { span in span.kind == .person && !span.tokens.allSatisfy { text.terms.contains(text.folded[$0]) } }
            for mention in people.flatMap(\.mentions) {
                let tokens = text.tokenRange(of: mention)
                // The tagger's spans are disjoint and in text order.
                let first = names.partitioningIndex { $0.tokens.lowerBound >= tokens.lowerBound }
                let inside = names[first...].prefix { $0.tokens.upperBound <= tokens.upperBound }
                if inside.count >= 2, inside.allSatisfy({ persons.proposedName($0.tokens, in: text) != nil }) {
                    removed.insert(.init(kind: .person, tokens: tokens))
                    added += inside
                }
            }
        }
        func keep(_ mention: Mention, _ kind: EntityTagger.Kind) -> Bool {
            let tokens = text.tokenRange(of: mention)
            if removed.contains(.init(kind: kind, tokens: tokens)) { return false }
            if policy.dropping, kind != .person, !tokens.contains(where: { tagged[$0] }) { return false }
            return true
        }
        if policy.lettersNeedSupport {
            // Capitalised Latin words name programs, games, films and titles as often as companies, capitals
            // name stations, ships and systems ("МКС", "ОС"): an organisation the rules took by its letters
            // alone stays where the tagger or a kind of organisation before it ("социальной сети Twitter")
            // says it is one, in any of its mentions.
            func isUnsupportedByLetters(_ mention: Mention) -> Bool {
                let tokens = text.tokenRange(of: mention)
                let byLetters = tokens.allSatisfy { text.kind($0) != .word || text.isInLatinLetters($0) }
                    || tokens.count == 1 && text.isUppercaseWord(tokens.lowerBound)
                return byLetters && !tokens.contains { tagged[$0] } && !text.isKindOfOrganisation(tokens.lowerBound - 1)
            }
            organisations.removeAll { $0.mentions.allSatisfy(isUnsupportedByLetters) }
        }
        if !removed.isEmpty || policy.dropping {
            people = Self.filter(people) { keep($0, .person) }
            organisations = Self.filter(organisations) { keep($0, .organisation) }
            locations = Self.filter(locations) { keep($0, .location) }
        }
        add(added, &people, &organisations, &locations, in: text)
    }

    /// The tokens of a tagged name that extends one rule name, the mentions of other kinds inside it going
    /// with it; nil when it joins two rule names, goes past a mention's edge, holds a place built on a place
    /// noun, or adds words of another script or lowercase words that are no name particles. Positions
    /// before the name are no part of it ("Академик Сагдеев").
    func nameExtending(_ span: Range<Int>, _ mentions: RuleMentions, _ text: AnalysedText) -> Range<Int>? {
        var start = span.lowerBound
        while start < span.upperBound, text.kind(start) == .word, text.hasNoun(in: RoleVocabulary.positions, at: start) { start += 1 }
        let name = start..<span.upperBound
        let overlapping = mentions.overlapping(name)
        // A mention of another kind that opens the name is a neighbour ("Аль-Кайды Усамы бин Ладена"); one
        // that ends it is the surname the rules took for a place ("Дмитрий Ливанов").
        guard !overlapping.contains(where: { $0.kind != .person && $0.tokens.lowerBound == name.lowerBound }) else { return nil }
        // Two rule names in one tagged name join two people ("В.Шеймана А.Кулешов"), but for single words
        // of a name the rules did not read whole ("Ким" and "Ын" in "Ким Чен Ын").
        let names = overlapping.filter { $0.kind == .person }
        // A first name in another case than the rule name's is another person's ("Дмитрия Медведева Аркадий").
        let persons = PersonExtractor(morphology: morphology)
        if let rule = names.first, names.count == 1, name.contains(where: { index in
            index >= rule.tokens.upperBound
                && persons.startsAnotherName(index, afterNameAt: rule.tokens.lowerBound, parts: rule.tokens.dropFirst(), text)
        }) { return nil }
        guard names.count == 1 || names.allSatisfy({ $0.tokens.count == 1 }),
              overlapping.allSatisfy({ name.lowerBound <= $0.tokens.lowerBound && $0.tokens.upperBound <= name.upperBound && $0.tokens != name }),
              !overlapping.contains(where: { hasDescriptor($0.kind, $0.tokens, text) }),
              // No mention of the positions left out.
              mentions.overlapping(span).count == overlapping.count,
              name.allSatisfy({ text.kind($0) != .word || text.isCapitalized($0) || NameVocabulary.particles.contains(text.folded[$0]) }),
              isOneScript(name, overlapping.map(\.tokens), text) else { return nil }
        return name
    }

    /// Whether the words a tagged span adds to rule mentions are of their script, and the mentions of one:
    /// "Tribune Internationale des Compositeurs ЮНЕСКО" and "Facebook Российский фонд DST" join two names.
    func isOneScript(_ span: Range<Int>, _ mentions: [Range<Int>], _ text: AnalysedText) -> Bool {
        let scripts = Set(mentions.map { tokens in tokens.allSatisfy { text.kind($0) != .word || text.isInLatinLetters($0) } })
        guard scripts.count == 1, let latin = scripts.first else { return false }
        // A Roman numeral is of no script ("Елизавета II").
        let added = span.filter { index in text.kind(index) == .word && !text.isRomanNumeral(index) && !mentions.contains { $0.contains(index) } }
        return added.allSatisfy { text.isInLatinLetters($0) == latin }
    }

    /// Whether a rule mention of a place holds a place noun.
    func hasDescriptor(_ kind: EntityTagger.Kind, _ tokens: Range<Int>, _ text: AnalysedText) -> Bool {
        kind == .location && tokens.contains { text.kind($0) == .word && text.hasNoun(in: LocationVocabulary.placeNouns, at: $0) }
    }

    private static func filter<Entity: MentionedEntity>(_ entities: [Entity], _ keep: (Mention) -> Bool) -> [Entity] {
        entities.compactMap { entity in
            var entity = entity
            entity.mentions = entity.mentions.filter(keep)
            return entity.mentions.isEmpty ? nil : entity
        }
    }

    /// Tagger spans as mentions: names read into their parts and grouped with the people of the same
    /// name, organisations and places named in the nominative and grouped by name.
    func add(_ spans: [EntityTagger.Span], _ people: inout [Person], _ organisations: inout [Organisation],
             _ locations: inout [Location], in text: AnalysedText) {
        guard !spans.isEmpty else { return }
        let persons = PersonExtractor(morphology: morphology)
        group(spans.filter { $0.kind == .person }.compactMap { persons.proposedName($0.tokens, in: text) }, into: &people, in: text)
        let normalizer = PhraseNormalizer(morphology: morphology)
        let found = spans.filter { $0.kind == .organisation }.map { span in
            OrganisationExtractor.Found(range: span.tokens, name: Self.name(of: span.tokens, in: text, normalizer))
        }
        group(found, into: &organisations, in: text)
        var byName: [String: Int] = [:]  // the first place of each folded name
        for (index, location) in locations.enumerated().reversed() { byName[Folding.fold(location.name)] = index }
        for span in spans where span.kind == .location {
            let name = Self.name(of: span.tokens, in: text, normalizer)
            let scalars = text.scalarRange(span.tokens)
            let mention = Mention(start: scalars.lowerBound, end: scalars.upperBound, text: text.segmentation.text.string(in: scalars))
            if let existing = byName[Folding.fold(name)] {
                locations[existing].mentions.append(mention)
                locations[existing].mentions.sort { $0.start < $1.start }
            } else {
                var location = Location(name: name)
                location.mentions = [mention]
                byName[Folding.fold(name)] = locations.count
                locations.append(location)
            }
        }
    }

    /// The nominative of a tagged organisation or place: its first noun is the head, the adjectives before
    /// it agree with it, the words after it stay ("Газпрома" → "Газпром", "Российской академии наук" →
    /// "Российская академия наук"); abbreviations, Latin names and quoted names stay as written.
    static func name(of tokens: Range<Int>, in text: AnalysedText, _ normalizer: PhraseNormalizer) -> String {
        let written = text.segmentation.text.string(in: text.scalarRange(tokens))
        guard !tokens.contains(where: { text.kind($0) != .word }) else { return written }
        guard let head = tokens.first(where: { index in
            text.isUppercaseWord(index) || text.readings[index].first.map { $0.tag.partOfSpeech == .noun || $0.tag.partOfSpeech == nil } ?? true
        }) else { return written }
        if text.isUppercaseWord(head) || text.readings[head].first?.tag.partOfSpeech == nil { return written }
        return normalizer.nominative(modifiers: Array(tokens.lowerBound..<head), head: head, rest: (head + 1)..<tokens.upperBound, in: text)
    }
}

extension PersonExtractor {
    /// A name the tagger proposes, read into its parts: initials, a surname last (or first, before a
    /// first name and patronymic: "Умеренко Светлана Вячеславовна"), a patronymic before it, first
    /// names before that; a lone word is a first name only when the dictionary says so clearly.
    func proposedName(_ span: Range<Int>, in text: AnalysedText) -> NameMatch? {
        var match = NameMatch(tokens: span)
        var words: [Int] = []
        for index in span {
            switch text.kind(index) {
            case .initial: match.initials.append(index)
            case .word: words.append(index)
            default: return nil
            }
        }
        guard let lastWord = words.last else { return nil }
        // The dictionary vetoes what can be no name: a lone word it knows, but never as a name or anything
        // animate ("администрацией Антрацита"); and a word that reads as an adjective agreeing
        // with the lowercase word after it modifies that word ("Антрацитовской централизованной библиотеки").
        if words.count == 1, match.initials.isEmpty {
            let known = text.readings[lastWord].filter { $0.method == .dictionary }
            let named = known.contains { $0.tag.contains(.firstName) || $0.tag.contains(.surname) || $0.tag.contains(.patronymic) }
            guard known.isEmpty || named || known.contains(where: { $0.tag.contains(.animate) }) else { return nil }
            // A position or occupation alone is who someone is, not what they are called ("Сенатор", "Певец").
            if !named, text.hasNoun(in: RoleVocabulary.positions, at: lastWord) { return nil }
        }
        if modifiesNextWord(lastWord, text) || words.count == 1 && match.initials.isEmpty && text.isSurnameShapedAdjective(lastWord) {
            return nil
        }
        if words.count == 1 {
            if match.initials.isEmpty, isFirstName(lastWord, text), text.weight(of: .surname, at: lastWord) < Self.surnameThreshold {
                match.first = words
            } else {
                match.last = words
            }
            return match
        }
        if words.count == 3, isPatronymic(words[2], text), isFirstName(words[1], text), !isFirstName(words[0], text) {
            match.last = [words[0]]
            match.first = [words[1]]
            match.middle = [words[2]]
            return match
        }
        let surnameStart = words.count >= 3 && NameVocabulary.particles.contains(text.folded[words[words.count - 2]]) ? words.count - 2 : words.count - 1
        match.last = Array(words[surnameStart...])
        var rest = Array(words[..<surnameStart])
        if rest.count >= 2, let middle = rest.last, isPatronymic(middle, text) {
            match.middle = [middle]
            rest.removeLast()
        }
        match.first = rest
        return match
    }
}

extension PersonExtractor {
    /// An adjectival reading of `index` agreeing in case with an adjectival or noun reading of the lowercase
    /// word right after it.
    func modifiesNextWord(_ index: Int, _ text: AnalysedText) -> Bool {
        guard text.areAdjacent(index, index + 1), text.kind(index + 1) == .word, !text.isCapitalized(index + 1),
              !text.isUppercaseWord(index + 1) else { return false }
        let adjectives = text.readings[index].filter { $0.tag.isAdjectival && !$0.tag.contains(.surname) }
        guard !adjectives.isEmpty else { return false }
        let next = text.readings[index + 1].filter { $0.tag.isAdjectival || $0.tag.partOfSpeech == .noun }
        return adjectives.contains { adjective in
            Grammeme.mainCases.contains { grammaticalCase in
                adjective.tag.contains(grammaticalCase) && next.contains { $0.tag.contains(grammaticalCase) }
            }
        }
    }
}

extension AnalysedText {
    /// The tokens inside a mention (normalised offsets): those starting at or after its start and ending
    /// at or before its end.
    func tokenRange(of mention: Mention) -> Range<Int> {
        let tokens = segmentation.tokens
        var low = 0, high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if Int(tokens[middle].start) < mention.start { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < tokens.count, Int(tokens[end].end) <= mention.end { end += 1 }
        return low..<end
    }
}
