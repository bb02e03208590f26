/// Small closed-class words (articles, prepositions, conjunctions, pronouns) that end a name
/// or a title even when a sentence's first capital letter makes them look like names.
enum FunctionWords {
    /// Whether `word` is a function word, compared case-insensitively.
    static func contains(_ word: String) -> Bool {
        if words.contains(word) { return true }
        let lowered = word.lowercasedIfNeeded()
        return lowered != word && words.contains(lowered)
    }

    /// Articles that may open a role ("a professor", "the head").
    static let articles: Set<String> = ["a", "an", "the"]

    /// Prepositions that link a role to its institution ("at", "with", "of").
    static let affiliationPrepositions: Set<String> = ["at", "with", "of", "for", "from", "in", "on"]

    /// Lower-case words that may join the capitalised words of an institution's name
    /// ("Council on Foreign Relations", "Center for Strategic and International Studies").
    static let nameConnectors: Set<String> = ["of", "on", "for", "and", "the", "de", "du", "des", "la", "le", "del", "di", "&", "in"]

    static let words: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "and", "or", "but", "nor", "so", "yet",
        "as", "at", "by", "for", "from", "in", "into", "of", "off", "on", "onto", "over", "to", "up",
        "with", "without", "after", "before", "during", "since", "until", "while", "when", "where",
        "why", "how", "what", "which", "who", "whom", "whose", "if", "because", "although", "though",
        "unless", "then", "than", "there", "here", "also", "still", "even", "just", "only", "both",
        "either", "neither", "each", "every", "all", "some", "many", "most", "more", "much", "few",
        "several", "other", "another", "such", "no", "not", "he", "she", "it", "they", "we", "you",
        "i", "his", "her", "its", "their", "our", "your", "my", "him", "them", "us", "me", "is", "are",
        "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will",
        "would", "can", "could", "may", "might", "must", "shall", "should", "about", "against",
        "among", "between", "through", "under", "upon", "via", "like", "unlike", "despite", "across",
        "meanwhile", "however", "moreover", "yesterday", "today", "tomorrow", "last", "next",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "now", "later",
        "earlier", "once", "twice", "according", "said", "says", "told", "asked",
    ]
}
