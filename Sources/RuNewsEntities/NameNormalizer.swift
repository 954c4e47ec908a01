import RuNewsMorphology
import RuNewsText

/// Puts the parts of a name in the nominative, choosing the case and gender the parts agree on:
/// "Владимиром Владимировым" → "Владимир Владимиров", "Эльвирой Набиуллиной" → "Эльвира Набиуллина".
struct NameNormalizer {
    let morphology: MorphAnalyzer

    enum Part { case first, middle, last }

    /// What each part can be read as, in order of preference.
    static func grammeme(of part: Part) -> Grammeme {
        switch part {
        case .first: .firstName
        case .middle: .patronymic
        case .last: .surname
        }
    }

    /// The nominative forms of `parts` (their readings and roles) and the gender they agree on, in one of
    /// the `allowed` cases where the readings fit one (`NameContext`).
    /// `shown`: the gender the text shows the person to be of (`PersonExtractor.applyShownGender`),
    /// taken unless the first name gives the other. `writtenInNominative`: the name is in the nominative as
    /// written, whatever case its readings fit.
    func normalize(_ parts: [(readings: [Parse], text: String, part: Part)], allowed: Set<Grammeme>? = nil,
                   shown: Grammeme? = nil, writtenInNominative: Bool = false) -> (forms: [String], gender: Person.Gender?) {
        // A part read as a name is read only so: "Марку" is Марк, not the stamp; and as one person's, in the
        // singular where it can be ("Ангелы" is Ангела's genitive, "Араповым" Арапов's instrumental, not
        // plurals).
        let candidates = parts.map { part -> [Parse] in
            var named = part.readings.filter { $0.tag.contains(Self.grammeme(of: part.part)) }
            if named.contains(where: { !$0.tag.contains(.plural) }) { named.removeAll { $0.tag.contains(.plural) } }
            return named.isEmpty ? part.readings : named
        }
        // The case and gender under which the parts' readings score best together. A first name the
        // dictionary gives one gender decides it ("Кейт Мидлтон", "Жозе Моуринью": a guessed surname does
        // not); a man's surname may then decline as a feminine noun in "-а", in a case his first name shows
        // too ("Геннадия Падалки", "Алексея Дудки"; not "Марио Драги", whose first name shows no case).
        var best: (score: Double, caseIndex: Int, gender: Grammeme) = (-1, 0, .masculine)
        let first = parts.firstIndex { $0.part == .first }
        let firstName = first.flatMap { Self.gender(ofFirstName: parts[$0].readings) }
        let genders: [Grammeme] = firstName.map { [$0 == .female ? .feminine : .masculine] } ?? shown.map { [$0] } ?? [.masculine, .feminine]
        // A man the text's verbs show may bear such a surname in any case ("Ёсихико Нода").
        let anyGenderCases = firstName == .male ? first.map { Fit.cases(declinedIn: candidates[$0]) } ?? 0
            : firstName == nil && shown == .masculine ? Fit.everyCase : 0
        let fitted = zip(parts, candidates).map { part, readings in
            readings.map { reading in
                Fit(reading, anyGenderIn: (anyGenderCases != 0 && part.part == .last && reading.tag.contains(.feminine)
                    && !reading.tag.contains(.plural) && reading.lemma.hasUTF8Suffix(anyOf: Self.firstDeclensionEndings)) ? anyGenderCases : 0)
            }
        }
        // The context's cases first, where every part reads in one of them ("Максима Виторгана" after "за"
        // has no accusative guess for the surname: the readings alone decide).
        for cases in [allowed, nil] {
            for gender in genders {
                for (caseIndex, grammaticalCase) in Grammeme.mainCases.enumerated() where cases?.contains(grammaticalCase) ?? true {
                    var score = 0.0, everyPart = true
                    // A part without readings (a particle) neither fits nor fails.
                    for readings in fitted where !readings.isEmpty {
                        var fitting: Double?
                        for fit in readings where fit.fits(caseIndex, gender) {
                            fitting = max(fitting ?? fit.score, fit.score)
                        }
                        score += fitting ?? 0
                        everyPart = everyPart && fitting != nil
                    }
                    if score > best.score, everyPart || cases == nil { best = (score, caseIndex, gender) }
                }
            }
            if best.score > 0 || allowed == nil { break }
        }
        let gender: Person.Gender? = best.score <= 0 ? nil : best.gender == .feminine ? .female : .male
        let forms = zip(parts, zip(candidates, fitted)).map { part, read -> String in
            // Already in the nominative (or no case fits): the surface is the name ("Киран Гиббс").
            if best.score < 0 || Grammeme.mainCases[best.caseIndex] == .nominative { return part.text }
            // One person's name is singular: a part read in that case only in the plural ("Киран" as
            // Кирана's genitive plural) stays as written.
            let fitting = zip(read.0, read.1).filter { $1.fits(best.caseIndex, best.gender) && !$0.tag.contains(.plural) }.map(\.0)
            let reading = fitting.first { $0.tag.partOfSpeech == .noun } ?? fitting.first
            guard let reading, !reading.tag.contains(.indeclinable), !writtenInNominative else { return part.text }
            // Foreign names ending in a vowel other than -а/-я do not decline ("Синдзи", "Пелоси"); the
            // guesses for them would. Case endings are no such vowel: "Рымашевского", "Мильнеру".
            if reading.method != .dictionary, case let folded = Folding.fold(part.text), let last = folded.last,
               NameVocabulary.undeclinedFinalVowels.contains(last), !Self.hasCaseEnding(folded, lemma: Folding.fold(reading.lemma)) {
                return part.text
            }
            return morphology.inflect(reading, to: [.nominative, .singular])?.word
                ?? morphology.inflect(reading, to: [.nominative])?.word ?? part.text
        }
        return (forms, gender)
    }

    /// The endings of a noun that declines as "папа" does: a man's surname may.
    static let firstDeclensionEndings = ["а", "я"]

    /// A person's gender as the dictionary gives their first name ("Владимир", "Джейн"); a guessed name
    /// or a surname's ending alone ("Кэрри Фишер") tells none.
    func knownGender(of person: Person) -> Person.Gender? {
        person.first.flatMap { Self.gender(ofFirstName: morphology.analyse($0)) }
    }

    /// The gender the dictionary gives a first name in all its readings as one person's, in one of the
    /// main cases ("Александр", not the plural of "Александра"; "Кейт"; "Зин" is only Зина's vocative),
    /// nil where it gives both ("Александра", "Саша") or none.
    static func gender(ofFirstName readings: [Parse]) -> Person.Gender? {
        var gender: Person.Gender?
        for reading in readings where reading.method == .dictionary && reading.tag.contains(.firstName) && !reading.tag.contains(.plural)
            && Grammeme.mainCases.contains(where: reading.tag.contains) {
            let its: Person.Gender? = reading.tag.contains(.masculine) ? .male : reading.tag.contains(.feminine) ? .female : nil
            guard let its, gender == nil || gender == its else { return nil }
            gender = its
        }
        return gender
    }

    /// A man's name in the nominative as the text shows it (`NameForms`): the surname an oblique form of
    /// a word the text writes elsewhere, each other part such a form in one of its cases too, or a name the
    /// dictionary reads in one of them ("Павла" → Павел), or written so again ("Кими"). Nil otherwise.
    private func shownNominative(_ parts: [(readings: [Parse], text: String, part: Part)], _ textForms: NameForms) -> [String]? {
        guard parts.count >= 2, let last = parts.last, let surname = textForms.stem(of: last.text) else { return nil }
        var cases = surname.cases
        var forms: [String] = []
        for part in parts.dropLast() {
            if let stem = textForms.stem(of: part.text) {
                cases.formIntersection(stem.cases)
                forms.append(stem.form)
            } else if let (form, reading) = dictionaryNominative(of: part, in: cases, gender: .masculine) {
                cases.formIntersection(cases.filter(reading.tag.contains))
                forms.append(form)
            } else if textForms.isWrittenAgain(part.text) {
                forms.append(part.text)
            } else {
                return nil
            }
        }
        return cases.isEmpty ? nil : forms + [surname.form]
    }

    /// The nominative of a part the dictionary reads as a name of its kind in one of `cases` (of `gender`
    /// if one is asked), and that reading.
    private func dictionaryNominative(of part: (readings: [Parse], text: String, part: Part), in cases: Set<Grammeme>,
                                      gender: Grammeme? = nil) -> (form: String, reading: Parse)? {
        guard let reading = part.readings.first(where: { reading in
            reading.method == .dictionary && reading.tag.contains(Self.grammeme(of: part.part))
                && gender.map(reading.tag.contains) ?? true && cases.contains(where: reading.tag.contains)
        }), let form = morphology.inflect(reading, to: [.nominative, .singular])?.word else { return nil }
        return (form, reading)
    }

    /// An adjectival surname's ending ("Рымашевского", "Долгорукому"), the prepositional of a Russian
    /// surname's stem ("Тинькове"), or the dative of a consonant stem ("Мильнеру" of Мильнер, "Бесселю" of Бессель).
    private static func hasCaseEnding(_ word: String, lemma: String) -> Bool {
        if NameVocabulary.adjectivalCaseEndings.contains(where: word.hasSuffix) { return true }
        // The prepositional of a Russian surname's stem: "Тинькове" of Тиньков (not "Мугабе").
        if word.hasSuffix("е"), case let stem = String(word.dropLast()), lemma == stem,
           NameVocabulary.masculineSurnameEndings.contains(where: stem.hasSuffix) { return true }
        guard word.count >= 4, let last = word.last, NameVocabulary.consonantStemDativeEndings.contains(last) else { return false }
        let stem = String(word.dropLast())
        return lemma == stem || last == "ю" && (lemma == stem + "ь" || lemma == stem + "й")
    }

    /// The main cases and genders a reading fits, read once: the choice of case and gender asks it of every
    /// reading twenty-four times. An indeclinable name's nominative fits every case; a common-gender,
    /// plural or genderless reading fits both genders.
    private struct Fit {
        let score: Double
        /// Bit *i* for `Grammeme.mainCases[i]`.
        let cases: Int
        let masculine: Bool, feminine: Bool
        /// The cases in which it fits both genders whatever its own.
        let anyGender: Int
        static let everyCase = (1 << Grammeme.mainCases.count) - 1

        init(_ reading: Parse, anyGenderIn anyGender: Int = 0) {
            let tag = reading.tag
            score = reading.score
            let nominativeAlways = tag.contains(.indeclinable) && tag.contains(.nominative)
            cases = Self.cases(of: tag, nominativeAlways: nominativeAlways)
            self.anyGender = anyGender
            // Plural and genderless readings say nothing about gender.
            let genderless = !tag.contains(.masculine) && !tag.contains(.feminine) && !tag.contains(.neuter)
            let common = tag.contains(.commonGender) || genderless
            masculine = common || tag.contains(.masculine)
            feminine = common || tag.contains(.feminine)
        }

        private static func cases(of tag: Tag, nominativeAlways: Bool = false) -> Int {
            var cases = 0
            for (index, grammaticalCase) in Grammeme.mainCases.enumerated() where nominativeAlways || tag.contains(grammaticalCase) {
                cases |= 1 << index
            }
            return cases
        }

        /// The cases a name's declined singular readings show (an indeclinable one shows none).
        static func cases(declinedIn readings: [Parse]) -> Int {
            readings.reduce(0) { cases, reading in
                reading.tag.contains(.indeclinable) || reading.tag.contains(.plural) ? cases : cases | Self.cases(of: reading.tag)
            }
        }

        /// In `Grammeme.mainCases[caseIndex]`, of a gender that allows `gender`.
        func fits(_ caseIndex: Int, _ gender: Grammeme) -> Bool {
            cases & 1 << caseIndex != 0 && (anyGender & 1 << caseIndex != 0 || (gender == .feminine ? feminine : masculine))
        }
    }
}

extension NameNormalizer {
    /// A found name in the nominative, part by part, and the gender its parts agree on.
    struct Name {
        var first: String?
        var middle: String?
        var last: String?
        var gender: Person.Gender?

        /// First middle last as present: what a mention gives as its `normal`.
        var full: String { [first, middle, last].compactMap { $0 }.joined(separator: " ") }
    }

    /// The parts of a found name in the nominative: "Владимиром Владимировым" → Владимир, Владимиров.
    /// Initials stand for the first name and patronymic, as written: "С. В. Умеренко".
    /// `forms`: the text's own forms, which show a foreign name's nominative where the dictionary cannot.
    /// `shown`: the gender the text shows the person to be of, and whether this mention is the subject of a
    /// verb, and so in the nominative (`NameContext.predicateGender`).
    func name(of match: PersonExtractor.NameMatch, in text: AnalysedText, forms textForms: NameForms? = nil,
              shown: (gender: Grammeme, subject: Bool)? = nil) -> Name {
        var parts: [(readings: [Parse], text: String, part: Part)] = []
        // A word after an Arabic article is a family's name, no first name, whatever the dictionary says
        // ("Аль Тани" is no Таня's genitive); after "бин", "ибн" a father's, a man's ("бин Салмана" is
        // Салман's, "бен Хамад" no Хамада's genitive). Read only otherwise, it stays as written.
        func readings(_ index: Int) -> [Parse] {
            // A particle inside a name is no word of its own ("бен" the dictionary reads as a name in the
            // nominative); opening one, it is the name's ("Ван Бин").
            if index > match.tokens.lowerBound, NameVocabulary.particles.contains(text.folded[index]) { return [] }
            guard index > 0 else { return text.readings[index] }
            let before = text.folded[index - 1]
            if NameVocabulary.articleParticles.contains(before) { return text.readings[index].filter { !$0.tag.contains(.firstName) } }
            if NameVocabulary.fatherParticles.contains(before) { return text.readings[index].filter { !$0.tag.contains(.feminine) } }
            return text.readings[index]
        }
        for index in match.first { parts.append((readings(index), text.texts[index], .first)) }
        for index in match.middle { parts.append((readings(index), text.texts[index], .middle)) }
        for index in match.last { parts.append((readings(index), text.texts[index], .last)) }
        let before = NameContext.cases(before: match.tokens.lowerBound, in: text)
        let listed = before == nil && NameContext.isListedOrCaptioned(match.tokens, in: text)
        // A listed name the dictionary does not know whole stays as written: its guesses would decline it
        // ("Коффи Коджа" as Кодж's genitive); one it knows it declines ("Владимиру Путину — 70 лет").
        let guessed = parts.contains { part in !part.readings.contains { $0.method == .dictionary } }
        // A verb's subject is in the nominative too ("Сюдзи Накамура заявил", not Накамур's genitive).
        let inNominative = listed || shown?.subject == true
        var (forms, gender) = normalize(parts, allowed: inNominative ? [.nominative] : before, shown: shown?.gender,
                                        writtenInNominative: inNominative && guessed)
        // Only where the readings left the surname as written: a name they decline is theirs.
        // (A man's, which a consonant stem declined shows: "Андреа Падована" beside "Падован" is one, whatever
        // the dictionary says of "Андреа"; not a woman's whom the text shows so.)
        let woman = shown?.gender == .feminine
        if !woman, forms.last == parts.last?.text, let textForms, let textShown = shownNominative(parts, textForms) { (forms, gender) = (textShown, .male) }
        // A surname the text declines in "-а" is that noun where the readings could not tell: left in an
        // oblique case ("Нельсона Манделы"), or taken for a consonant stem's genitive ("Мандела" as Мандел's).
        // The parts before it left as written that the dictionary reads as names in its case go with it
        // ("Василия Небензю" → Василий Небензя).
        if !woman, let textForms, let last = parts.last, last.part == .last, let normal = forms.last,
           normal == last.text || last.text.count == normal.count + 1 && last.text.hasPrefix(normal),
           let nominative = textForms.nominativeInA(of: last.text), normal != nominative.form {
            forms[forms.count - 1] = nominative.form
            for (index, part) in parts.dropLast().enumerated() where forms[index] == part.text {
                if let (form, _) = dictionaryNominative(of: part, in: nominative.cases) { forms[index] = form }
            }
        }
        var cursor = 0
        func take(_ count: Int) -> String? {
            guard count > 0 else { return nil }
            defer { cursor += count }
            return forms[cursor..<(cursor + count)].joined(separator: " ")
        }
        var first = take(match.first.count), middle = take(match.middle.count)
        let last = take(match.last.count)
        if first == nil, let initial = match.initials.first { first = text.texts[initial] }
        if middle == nil, match.initials.count > 1 { middle = text.texts[match.initials[1]] }
        return Name(first: first, middle: middle, last: last, gender: gender)
    }
}
