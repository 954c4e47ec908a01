/// Particles and endings that tell the parts of people's names, folded, as data.
enum NameVocabulary {
    /// Lowercase particles inside names: "Марин Ле Пен", "Усама бин Ладен", "Людвиг ван Бетховен".
    static let particles: Set<Word> = ["ле", "ла", "де", "ди", "да", "дель", "делла", "ван", "фон", "бин", "ибн", "аль", "эль", "ас", "ад"]

    /// Endings of adjectival surnames ("Камский", "Камского"): a word the dictionary knows only as a
    /// common adjective may still be a surname when it ends so (the forms a name's case takes, fewer than
    /// `adjectivalSurnameForms`, which an adjective's agreement needs).
    static let adjectivalSurnameEndings = ["ский", "цкий", "ская", "цкая", "ского", "цкого"]

    /// Every case of adjectival surnames ("Никитинского", "Винницкому"): such a word alone before a
    /// lowercase word it agrees with is that word's adjective ("Никитинского суда").
    static let adjectivalSurnameForms: [String] = ["ск", "цк"].flatMap { stem in
        ["ий", "ого", "ому", "им", "ом", "ая", "ой", "ую", "ое", "ие", "их", "ими"].map { stem + $0 }
    }

    /// A surname alone says a gender only through its ending: "Петрова", "Бельская" a woman's…
    static let feminineSurnameEndings = ["ова", "ева", "ина", "ына", "ая", "ская", "цкая"]
    /// … "Петров", "Бельский" a man's (the feminine endings are tried first: "Петрова" ends in "ов" + "а").
    static let masculineSurnameEndings = ["ов", "ев", "ин", "ын", "ий", "ский", "цкий"]

    /// Foreign names ending in one of these vowels do not decline ("Синдзи", "Пелоси", "Гюго"), whatever
    /// the guesses for an unknown word say …
    static let undeclinedFinalVowels: Set<Character> = ["и", "о", "у", "э", "е", "ю"]
    /// … unless the vowel is a case ending: an adjectival surname's ("Рымашевского", "Долгорукому") …
    static let adjectivalCaseEndings = ["ого", "его", "ому", "ему"]
    /// … or the dative of a consonant stem ("Мильнеру" of Мильнер, "Бесселю" of Бессель).
    static let consonantStemDativeEndings: Set<Character> = ["у", "ю"]
}
