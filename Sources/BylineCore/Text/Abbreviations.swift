/// Abbreviations that end in a period without ending the sentence.
public enum Abbreviations {
    /// Titles and other abbreviations that are always followed by more of the same sentence
    /// ("Dr. Smith", "Sen. Jones", "St. Louis", "Sept. 5"). Compared without the period.
    public static let neverFinal: Set<String> = [
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "St", "Ste", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs",
        "Gen", "Col", "Lt", "Sgt", "Capt", "Cpl", "Pvt", "Cmdr", "Adm", "Maj", "Brig", "Rev", "Hon",
        "Pres", "Supt", "Insp", "Const", "Det", "Atty", "Sec", "Amb", "Msgr", "Fr", "Sr", "Mt", "Ft",
        "Jan", "Feb", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "vs", "v", "approx", "cf", "ca", "al", "Calif", "Ariz", "Mass", "Penn", "Conn", "Wash", "Fla", "Ont", "Que",
    ]

    /// Abbreviations that need a number after them ("No. 5", "Vol. 2", "p. 10").
    public static let beforeNumbers: Set<String> = ["No", "Nos", "Vol", "Vols", "Fig", "p", "pp", "Art", "Ch", "Sec", "Para"]

    /// Abbreviations that may end a sentence ("Inc.", "Jr.", "etc."); a sentence break follows
    /// them only when the next word is one that usually opens a sentence.
    public static let maybeFinal: Set<String> = [
        "Inc", "Corp", "Co", "Ltd", "Jr", "Bros", "LLC", "Ltée", "etc", "Esq", "PhD", "a.m", "p.m",
    ]

    /// Words that typically open a sentence: after an abbreviation that may end one, a break is
    /// assumed only before these.
    public static let sentenceOpeners: Set<String> = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those",
        "But", "And", "Or", "So", "Yet", "In", "On", "At", "For", "If", "When", "While", "After", "Before",
        "His", "Her", "Its", "Their", "Our", "My", "There", "Here", "Some", "Many", "Most", "Such", "As",
        "Still", "However", "Meanwhile", "Now", "Then", "Last", "Earlier", "Later", "According",
    ]
}
