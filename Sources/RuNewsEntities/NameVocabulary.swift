/// Particles and endings that tell the parts of people's names, folded, as data.
enum NameVocabulary {
    /// Lowercase particles inside names: "Марин Ле Пен", "Усама бин Ладен", "Людвиг ван Бетховен".
    static let particles: Set<Word> = [
        "ле", "ла", "де", "ди", "да", "ду", "дос", "дас", "дель", "делла", "ван", "фон", "бин", "бен", "бинт", "ибн", "аль", "эль", "ас", "ад",
    ]

    /// "Son of", "daughter of": before a father's name ("бин Салман", "бинт Нассер").
    static let fatherParticles: Set<Word> = ["бин", "бен", "ибн", "бинт"]

    /// The Arabic article's spellings: before a family's name ("Аль Тани", "ас-Сабах"), not a father's.
    static let articleParticles: Set<Word> = ["аль", "эль", "ас", "ад", "аз", "ан", "ат", "аш", "эд", "эн", "эс", "эт", "эш"]

    /// Arabic particles written joined to the name part after them by a hyphen: "аль-Аттия", "эш-Шейх".
    static let joinedParticles: Set<Word> = articleParticles.union(["ибн", "бен", "бин"])

    /// The stems of adjectival surnames: "Кам-ск-ий", "Троц-к-ий" … "-цк-".
    static let adjectivalSurnameStems = ["ск", "цк"]

    /// Endings of adjectival surnames as a name stands in the nominative and the genitive ("Камский",
    /// "Камская", "Камского"): a word the dictionary knows only as a common adjective may still be a
    /// surname when it ends so.
    static let adjectivalSurnameEndings = adjectivalSurnameStems.flatMap { stem in ["ий", "ая", "ого"].map { stem + $0 } }

    /// Every case of them ("Никитинского", "Винницкому"): such a word alone before lowercase words it
    /// agrees with may be their adjective ("Никитинского суда").
    static let adjectivalSurnameForms = adjectivalSurnameStems.flatMap { stem in
        ["ий", "ого", "ому", "им", "ом", "ая", "ой", "ую", "ое", "ие", "их", "ими"].map { stem + $0 }
    }

    /// A surname alone says a gender only through its ending: "Петрова", "Бельская" a woman's…
    static let feminineSurnameEndings = ["ова", "ева", "ина", "ына", "ая", "ская", "цкая"]
    /// … "Петров", "Бельский" a man's (the feminine endings are tried first: "Петрова" ends in "ов" + "а").
    static let masculineSurnameEndings = ["ов", "ев", "ин", "ын", "ий", "ский", "цкий"]

    /// The case endings of a Russian surname, by the nominative's ending and the person's gender: "Яровая"
    /// is "Яровой" and "Яровую" too, "Ефимова" "Ефимовой", "Михайлов" "Михайлова" (a man's, not hers).
    static let surnameCaseEndings: [(nominative: String, female: Bool, endings: [String])] = [
        ("ая", true, ["ая", "ой", "ую"]),
        ("ий", false, ["ий", "ого", "ому", "им", "ом"]), ("ой", false, ["ой", "ого", "ому", "ым", "ом"]),
        ("ова", true, ["ова", "овой", "ову"]), ("ева", true, ["ева", "евой", "еву"]),
        ("ина", true, ["ина", "иной", "ину"]), ("ына", true, ["ына", "ыной", "ыну"]),
        ("ов", false, ["ов", "ова", "ову", "овым", "ове"]), ("ев", false, ["ев", "ева", "еву", "евым", "еве"]),
        ("ин", false, ["ин", "ина", "ину", "иным", "ине"]), ("ын", false, ["ын", "ына", "ыну", "ыным", "ыне"]),
        ("ич", false, ["ич", "ича", "ичу", "ичем", "иче"]),
    ]

    /// Foreign names ending in one of these vowels do not decline ("Синдзи", "Пелоси", "Гюго"), whatever
    /// the guesses for an unknown word say …
    static let undeclinedFinalVowels: Set<Character> = ["и", "о", "у", "э", "е", "ю"]
    /// … unless the vowel is a case ending: an adjectival surname's ("Рымашевского", "Долгорукому") …
    static let adjectivalCaseEndings = ["ого", "его", "ому", "ему"]
    /// … or the dative of a consonant stem ("Мильнеру" of Мильнер, "Бесселю" of Бессель).
    static let consonantStemDativeEndings: Set<Character> = ["у", "ю"]
}
