/// The words that name who speaks or what a claim rests on: a name, a pronoun or a common
/// noun phrase, with any prepositional tail ("a spokesperson for the port authority").
struct SourcePhrase: Hashable, Sendable {
    /// What the head of the phrase is.
    enum Form: Hashable, Sendable {
        /// A run of capitalised words ("Finance Minister Ada Okafor", "the Harbour Board").
        case name
        /// A personal pronoun ("she", "they").
        case pronoun
        /// A common noun phrase ("the ministry", "two people briefed on the talks").
        case description
    }

    /// Every token of the phrase, prepositional tail included.
    var tokens: Range<Int>
    /// The tokens of its head part, before any prepositional tail.
    var head: Range<Int>
    /// What the head is.
    var form: Form

    /// A phrase whose head is the whole phrase.
    init(_ tokens: Range<Int>, form: Form) {
        self.tokens = tokens
        head = tokens
        self.form = form
    }

    /// A phrase with a head part and a tail.
    init(tokens: Range<Int>, head: Range<Int>, form: Form) {
        self.tokens = tokens
        self.head = head
        self.form = form
    }

    /// The last token of the head: the head noun of a description.
    var headWord: Int { head.upperBound - 1 }
}
