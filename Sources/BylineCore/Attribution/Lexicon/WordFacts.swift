/// What the lexicon says of a word: the classes it belongs to, as one set of bits, so that a
/// rule asks any of them of a token with one test.
struct WordFacts: OptionSet, Hashable, Sendable {
    let rawValue: UInt64

    // MARK: Function words

    /// Articles, demonstratives and quantifiers ("the", "this", "some", "many").
    static let determiner = WordFacts(rawValue: 1 << 0)
    /// Possessive determiners ("his", "their").
    static let possessivePronoun = WordFacts(rawValue: 1 << 1)
    static let preposition = WordFacts(rawValue: 1 << 2)
    /// "and", "or", "but", "nor".
    static let coordinator = WordFacts(rawValue: 1 << 3)
    /// Words that open a subordinate clause ("because", "while", "if", "as").
    static let subordinator = WordFacts(rawValue: 1 << 4)
    /// Relative pronouns ("who", "which", "that").
    static let relative = WordFacts(rawValue: 1 << 5)
    /// Forms of "be", "have" and "do", and the modals.
    static let auxiliary = WordFacts(rawValue: 1 << 6)
    /// Forms of "be".
    static let beForm = WordFacts(rawValue: 1 << 7)
    /// "will", "would", "can", "may" …
    static let modal = WordFacts(rawValue: 1 << 8)
    /// "not", "never" and the contractions in "n't".
    static let negation = WordFacts(rawValue: 1 << 9)
    /// Pronouns that can be a subject ("he", "they", "it", "we").
    static let subjectPronoun = WordFacts(rawValue: 1 << 10)
    /// Pronouns in the object case ("him", "them").
    static let objectPronoun = WordFacts(rawValue: 1 << 11)
    /// Pronouns of the writer or the reader ("I", "we", "you"), never a cited source.
    static let writerPronoun = WordFacts(rawValue: 1 << 12)
    /// "they", "them", "their".
    static let pluralPronoun = WordFacts(rawValue: 1 << 13)
    /// Pronouns that reveal a gender ("he", "her"); the gender is in the entry.
    static let genderedPronoun = WordFacts(rawValue: 1 << 14)
    /// Adverbs that may stand between a subject and its verb ("also", "later", "repeatedly").
    static let interveningAdverb = WordFacts(rawValue: 1 << 15)
    /// Words of time that end a name or open a time phrase ("Tuesday", "yesterday", "last").
    static let timeWord = WordFacts(rawValue: 1 << 16)
    /// Number words ("two", "dozen").
    static let numberWord = WordFacts(rawValue: 1 << 17)

    // MARK: Names

    /// Honorifics ("Mr", "Dr"); the gender they reveal is in the entry.
    static let honorific = WordFacts(rawValue: 1 << 18)
    /// Words that may stand before a name as a title ("President", "Mayor", "economist").
    static let title = WordFacts(rawValue: 1 << 19)
    /// Nouns that head a role ("professor", "minister", "spokespeople"); its standing and
    /// singular are in the entry.
    static let roleNoun = WordFacts(rawValue: 1 << 20)
    /// Words that modify a role ("former", "deputy", "health").
    static let roleModifier = WordFacts(rawValue: 1 << 21)
    /// Capitalised words that never begin or form a person's name ("The", "However", "May").
    static let neverName = WordFacts(rawValue: 1 << 22)
    /// Particles inside names ("van", "de", "bin").
    static let particle = WordFacts(rawValue: 1 << 23)
    /// Last words of the names of places, facilities, events and laws ("Street", "Airport").
    static let placeWord = WordFacts(rawValue: 1 << 24)
    /// Words of media names ("Times", "Gazette").
    static let mediaNameWord = WordFacts(rawValue: 1 << 25)
    /// Words of organisations' names ("Ministry", "University", "Inc").
    static let organizationNameWord = WordFacts(rawValue: 1 << 26)
    /// Adjectives of nationality ("Chinese"); the country is in the entry.
    static let nationality = WordFacts(rawValue: 1 << 27)
    /// Months.
    static let month = WordFacts(rawValue: 1 << 28)
    /// Common given names with the gender they usually have.
    static let givenName = WordFacts(rawValue: 1 << 29)
    /// Abbreviations whose period never ends a sentence ("Mr", "Sen", "Sept").
    static let abbreviation = WordFacts(rawValue: 1 << 30)
    /// Names of countries and unions of them ("Canada", "China").
    static let countryName = WordFacts(rawValue: 1 << 31)

    // MARK: Attribution

    /// Verbs of attribution; the lemma and what they report are in the entry.
    static let reportingVerb = WordFacts(rawValue: 1 << 32)
    /// Plural nouns of groups of speakers ("officials", "critics").
    static let groupNoun = WordFacts(rawValue: 1 << 33)
    /// Nouns of organisations ("ministry", "company", "union").
    static let organizationNoun = WordFacts(rawValue: 1 << 34)
    /// Nouns of documents and studies ("report", "survey", "data").
    static let documentNoun = WordFacts(rawValue: 1 << 35)
    /// Nouns of media ("newspaper", "broadcaster").
    static let mediaNoun = WordFacts(rawValue: 1 << 36)
    /// Nouns of people who speak for others ("spokesperson").
    static let spokespersonNoun = WordFacts(rawValue: 1 << 37)
    /// Nouns that leave a source unnamed on purpose ("sources", "insider").
    static let anonymousHead = WordFacts(rawValue: 1 << 38)
    /// Nouns of a vehicle of someone's words ("statement", "interview", "tweet").
    static let vehicleNoun = WordFacts(rawValue: 1 << 39)
    /// Adverbs that present a statement on unnamed authority ("reportedly").
    static let hedgingAdverb = WordFacts(rawValue: 1 << 40)
    /// Collective nouns that point back at people ("pair", "trio", "sides").
    static let collectiveNoun = WordFacts(rawValue: 1 << 41)
    /// Words of government bodies ("ministry", "police", "council").
    static let governmentWord = WordFacts(rawValue: 1 << 42)
    /// Verbs that describe a role after "who" ("chairs" → "chair"); the role is the lemma.
    static let describingVerb = WordFacts(rawValue: 1 << 43)
    /// Participles of impersonal passives ("it is expected that").
    static let impersonalParticiple = WordFacts(rawValue: 1 << 44)
    /// Words of kinship ("father", "wife").
    static let kinNoun = WordFacts(rawValue: 1 << 45)
    /// Words of research and teaching institutions ("university", "institute").
    static let researchWord = WordFacts(rawValue: 1 << 46)
    /// Words that make a medium the voice of a state ("state-run", "official").
    static let stateMediaWord = WordFacts(rawValue: 1 << 47)
    /// Words that hedge a plural document or medium ("some", "recent", "unverified").
    static let hedgeWord = WordFacts(rawValue: 1 << 48)
    /// Common nouns of people who can speak ("man", "woman", "resident", "voter").
    static let personNoun = WordFacts(rawValue: 1 << 49)
    /// Verbs that attribute a claim in their object without reporting speech ("discussed
    /// their goals", "cited figures").
    static let claimVerb = WordFacts(rawValue: 1 << 50)
    /// Verbs that report with "out" ("pointed out", "laid out").
    static let phrasalWithOut = WordFacts(rawValue: 1 << 51)
    /// Nouns of studies, surveys, polls and data, whose statements are findings ("the
    /// survey", "the figures").
    static let studyNoun = WordFacts(rawValue: 1 << 52)
    /// Words that present quoted words as a name or an inscription rather than speech
    /// ("so-called", "titled", a placard "reading").
    static let namingWord = WordFacts(rawValue: 1 << 53)

    /// Any noun that can head a source: a group, organisation, document, medium,
    /// spokesperson, anonymous head, collective, role or person.
    static let sourceNoun: WordFacts = [
        .groupNoun, .organizationNoun, .documentNoun, .mediaNoun, .spokespersonNoun, .anonymousHead, .collectiveNoun,
        .roleNoun, .personNoun,
    ]
    /// Words that end a noun phrase read leftwards from a verb, or cannot head one.
    static let functionWord: WordFacts = [
        .determiner, .possessivePronoun, .preposition, .coordinator, .subordinator, .relative, .auxiliary, .negation,
    ]
}
