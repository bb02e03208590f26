/// Words that matter when finding and resolving the names of people: honorifics, titles,
/// pronouns, and capitalised words that are never names.
public enum NameWords {
    /// Grammatical gender, as the article's own words reveal it.
    public enum Gender: Hashable, Sendable {
        case male, female
    }

    /// Honorifics, compared without a trailing period, with the gender they reveal if any.
    public static let honorifics: [String: Gender?] = [
        "Mr": .male, "Mrs": .female, "Ms": .female, "Miss": .female, "Mx": nil, "Dr": nil, "Prof": nil,
        "Sir": .male, "Dame": .female, "Lord": .male, "Lady": .female, "Madam": .female, "Mme": .female, "M": .male,
        "Rev": nil, "Hon": nil,
    ]

    /// Titles that may stand before a name ("President Xi", "Foreign Minister Wang Yi").
    public static let titles: Set<String> = [
        "President", "Minister", "Premier", "Chancellor", "Senator", "Sen", "Rep", "Representative",
        "Congressman", "Congresswoman", "Gov", "Governor", "Mayor", "Councillor", "Councilor", "Alderman",
        "Judge", "Justice", "Chief", "Chairman", "Chairwoman", "Chair", "Chairperson", "King", "Queen",
        "Prince", "Princess", "Pope", "Secretary", "General", "Gen", "Col", "Colonel", "Capt", "Captain",
        "Lt", "Lieutenant", "Sgt", "Sergeant", "Cpl", "Corporal", "Officer", "Const", "Constable", "Det",
        "Detective", "Inspector", "Supt", "Superintendent", "Commissioner", "Ambassador", "Director",
        "Coach", "Professor", "Dean", "Bishop", "Archbishop", "Cardinal", "Father", "Rabbi", "Imam",
        "Speaker", "Leader", "Attorney", "Adm", "Admiral", "Maj", "Marshal", "Sheriff", "Commander", "Cmdr",
        "MP", "MPP", "MLA", "CEO", "CFO", "COO", "Founder", "Spokesman", "Spokeswoman", "Spokesperson",
        "Candidate", "Nominee", "Dr", "Prof", "Mr", "Mrs", "Ms", "Sir", "Dame", "Lord", "Lady", "Emperor",
        "Ayatollah", "Sheikh", "Organizer", "Organiser", "Manager", "Analyst", "Economist", "Lawyer",
        "Owner", "Head", "Resident", "Author", "Researcher", "Scientist", "Doctor", "Nurse", "Activist",
        "Writer", "Editor", "Reporter", "Columnist", "Host", "Trustee", "Principal", "Pastor", "Reverend",
        "Rev", "Executive", "Strategist", "Pollster", "Historian", "Teacher", "Student",
        "Trainer", "Chef", "Farmer", "Worker", "Advocate", "Investigator", "Prosecutor", "Counsel",
    ]

    /// Gendered titles ("King", "Congresswoman") with the gender they reveal.
    public static let genderedTitles: [String: Gender] = [
        "King": .male, "Queen": .female, "Prince": .male, "Princess": .female, "Congressman": .male,
        "Congresswoman": .female, "Chairman": .male, "Chairwoman": .female, "Father": .male,
        "Sister": .female, "Brother": .male, "Spokesman": .male, "Spokeswoman": .female,
        "Emperor": .male,
    ]

    /// Pronouns and possessives that reveal the gender of someone already named.
    public static let genderedPronouns: [String: Gender] = [
        "he": .male, "him": .male, "his": .male, "himself": .male,
        "she": .female, "her": .female, "hers": .female, "herself": .female,
    ]

    /// Name particles that may sit inside a name in lowercase ("Ludwig van Beethoven").
    public static let particles: Set<String> = [
        "de", "van", "von", "der", "den", "bin", "bint", "al", "el", "da", "di", "del", "della", "la",
        "le", "du", "dos", "das", "ter", "ten", "y", "ibn", "abu", "St.",
    ]

    /// Capitalised words that never begin or form a person's name: function words that open
    /// sentences, months, days, and other common capitalised words.
    public static let neverNames: Set<String> = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those",
        "But", "And", "Or", "So", "Yet", "In", "On", "At", "For", "If", "When", "While", "After",
        "Before", "His", "Her", "Its", "Their", "Our", "My", "There", "Here", "Some", "Many", "Most",
        "Such", "As", "Still", "However", "Meanwhile", "Now", "Then", "Last", "Earlier", "Later",
        "According", "With", "Without", "From", "To", "By", "Of", "About", "Under", "Over", "Since",
        "Until", "During", "Despite", "Although", "Though", "Because", "Even", "Also", "Asked", "What",
        "Why", "How", "Who", "Where", "Which", "Whether", "All", "Each", "Every", "No", "Not", "Yes",
        "One", "Two", "Three", "First", "Second", "Third", "Both", "Another", "Other", "Others", "More",
        "Much", "Few", "Several", "Instead", "Today", "Tonight", "Yesterday", "Tomorrow", "Like", "Unlike",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
        "Sept", "Oct", "Nov", "Dec", "Is", "Are", "Was", "Were", "Do", "Does", "Did", "Has", "Have",
        "Had", "Will", "Would", "Can", "Could", "Should", "Must", "Might", "Let", "Please",
        "Thank", "Thanks", "Oh", "Well", "OK", "Okay", "Just", "Only", "Indeed", "Perhaps", "Maybe",
        "Once", "Already", "Again", "Never", "Always", "Often", "Sometimes", "Together", "Overall",
        "Photo", "Image", "Video", "Watch", "Read", "Related", "Advertisement", "Update", "Editor",
        "Note", "READ", "MORE", "WATCH", "BELOW", "ABOVE", "UPDATE", "Everyone", "Nobody", "Someone", "Anyone", "Nothing", "Everything", "Here's",
        "It's", "That's", "There's", "I'm", "We're", "They're", "You're", "Don't", "Can't",
        "Christmas", "Easter", "God", "Internet", "English", "French", "Chinese", "Russian", "American",
        "Canadian", "British", "European", "Indigenous", "Black", "White",
    ]

    /// Last words that make a capitalised run a place, a people or a facility rather than a
    /// person ("North Korean", "Pearson International Airport", "Bighorn Country"). Words that
    /// are also common family names (Park, Hall, Day) are left out.
    public static let nonPersonLastWords: Set<String> = [
        "Canadian", "Canadians", "American", "Americans", "Korean", "Koreans", "Mexican", "African", "European",
        "Asian", "Russian", "Russians", "Chinese", "Japanese", "Indian", "Syrian", "Syrians", "Iranian", "Israeli",
        "Palestinian", "Ukrainian", "British", "French", "German", "Italian", "Spanish", "Australian",
        "Pakistani", "Afghan", "Iraqi", "Saudi", "Turkish", "Egyptian", "Nigerian", "Kenyan", "Somali",
        "Brazilian", "Cuban", "Venezuelan", "Filipino", "Vietnamese", "Taiwanese", "Democrat", "Democrats",
        "Republican", "Republicans", "Liberal", "Liberals", "Conservative", "Conservatives", "Muslim",
        "Christian", "Jewish", "Catholic", "Indigenous", "Airport", "Street", "Avenue", "Road",         "River", "Lake", "Mountain", "Mountains", "Island", "Islands", "Bay", "Valley", "County", "Country",
        "City", "Province", "Square", "Bridge", "Station", "Arena", "Stadium", "Hotel", "Mall",
        "Market", "Tower", "Building", "Highway", "Beach", "Coast", "Harbour", "Harbor", "Port", "Region",
        "Territory", "Territories", "Peninsula", "Sea", "Ocean", "Gulf", "Strait", "Act", "Accord",
        "Agreement", "Treaty", "Program", "Programme", "Plan", "Project", "Week", "Year", "Cup",
        "Games", "Award", "Awards", "Prize", "Festival", "War", "Crisis", "Initiative", "Summit", "Forum",
        "Pipeline", "Tours", "Complex", "Reserve", "Nation", "Nations", "Village",         "Kingdom", "States", "Republic", "Below", "Continued", "Story", "News",
    ]

    /// The titles in lowercase, to recognise them written in running text ("mayor").
    public static let lowercaseTitles: Set<String> = Set(titles.map { $0.lowercased() })

    /// Whether `word` (without a trailing period) is an honorific or title.
    public static func isTitle(_ word: String) -> Bool {
        titles.contains(word) || honorifics[word] != nil
    }
}

/// What the name lexicons say of one word, exactly as written: every list a name's word is
/// tested against, answered by one look-up.
struct NameWordFacts: OptionSet, Sendable {
    let rawValue: UInt16

    /// An honorific (`NameWords.honorifics`).
    static let honorific = NameWordFacts(rawValue: 1 << 0)
    /// A title (`NameWords.titles`).
    static let title = NameWordFacts(rawValue: 1 << 1)
    /// A capitalised word that is never a name (`NameWords.neverNames`).
    static let neverName = NameWordFacts(rawValue: 1 << 2)
    /// A name particle (`NameWords.particles`).
    static let particle = NameWordFacts(rawValue: 1 << 3)
    /// A title in lowercase (`NameWords.lowercaseTitles`).
    static let lowercaseTitle = NameWordFacts(rawValue: 1 << 4)
    /// A noun of people who speak for others (`AttributionNouns.spokespeople`).
    static let spokesperson = NameWordFacts(rawValue: 1 << 5)
    /// A last word no person's name has (`NameWords.nonPersonLastWords`).
    static let nonPersonLast = NameWordFacts(rawValue: 1 << 6)
    /// A word of media names (`AttributionNouns.mediaNameWords`).
    static let mediaName = NameWordFacts(rawValue: 1 << 7)
    /// A word of organisations' names (`AttributionNouns.organizationNameWords`).
    static let organizationName = NameWordFacts(rawValue: 1 << 8)
    /// An honorific that reveals a man or a woman.
    static let maleHonorific = NameWordFacts(rawValue: 1 << 9)
    static let femaleHonorific = NameWordFacts(rawValue: 1 << 10)
    /// A gendered title (`NameWords.genderedTitles`) of a man or a woman.
    static let maleTitle = NameWordFacts(rawValue: 1 << 11)
    static let femaleTitle = NameWordFacts(rawValue: 1 << 12)
    /// A pronoun or possessive (`NameWords.genderedPronouns`) of a man or a woman.
    static let malePronoun = NameWordFacts(rawValue: 1 << 13)
    static let femalePronoun = NameWordFacts(rawValue: 1 << 14)
    /// An abbreviation whose period ends no sentence (`Abbreviations.neverFinal`: "Mr", "Sept").
    static let neverFinalAbbreviation = NameWordFacts(rawValue: 1 << 15)

    /// Whether the word is an honorific or a title (`NameWords.isTitle`).
    var isTitle: Bool { !isDisjoint(with: [.honorific, .title]) }

    /// The gender an honorific reveals.
    var honorificGender: NameWords.Gender? {
        contains(.maleHonorific) ? .male : contains(.femaleHonorific) ? .female : nil
    }

    /// The gender a gendered title reveals.
    var titleGender: NameWords.Gender? {
        contains(.maleTitle) ? .male : contains(.femaleTitle) ? .female : nil
    }

    /// The gender a gendered pronoun reveals.
    var pronounGender: NameWords.Gender? {
        contains(.malePronoun) ? .male : contains(.femalePronoun) ? .female : nil
    }
}

extension NameWords {
    /// The facts of `written`, whose lowercase form is `lowered` with `WordHash` `hash`.
    static func facts(ofWritten written: String, lowered: String, hash: UInt64) -> NameWordFacts {
        guard let forms = factTable.value(for: lowered, hash: hash) else { return [] }
        return forms.first { $0.written == written }?.facts ?? []
    }

    /// The facts of `word` as written.
    static func facts(of word: String) -> NameWordFacts {
        let lowered = word.lowercasedIfNeeded()
        return facts(ofWritten: word, lowered: lowered, hash: WordHash.of(lowered))
    }

    /// A word as written, with its facts.
    private struct WrittenForm: Sendable {
        let written: String
        let facts: NameWordFacts
    }

    /// Every word of the lists, by its lowercase form, with the forms it is listed under.
    private static let factTable: WordTable<[WrittenForm]> = {
        var facts: [String: NameWordFacts] = [:]
        func add(_ words: some Sequence<String>, _ fact: NameWordFacts) {
            for word in words { facts[word, default: []].insert(fact) }
        }
        for (word, gender) in honorifics {
            facts[word, default: []].insert(.honorific)
            if let gender { facts[word, default: []].insert(gender == .male ? .maleHonorific : .femaleHonorific) }
        }
        for (word, gender) in genderedTitles { facts[word, default: []].insert(gender == .male ? .maleTitle : .femaleTitle) }
        for (word, gender) in genderedPronouns { facts[word, default: []].insert(gender == .male ? .malePronoun : .femalePronoun) }
        add(titles, .title)
        add(neverNames, .neverName)
        add(particles, .particle)
        add(lowercaseTitles, .lowercaseTitle)
        add(AttributionNouns.spokespeople, .spokesperson)
        add(nonPersonLastWords, .nonPersonLast)
        add(AttributionNouns.mediaNameWords, .mediaName)
        add(AttributionNouns.organizationNameWords, .organizationName)
        add(Abbreviations.neverFinal, .neverFinalAbbreviation)
        var forms: [String: [WrittenForm]] = [:]
        for (word, wordFacts) in facts { forms[word.lowercased(), default: []].append(WrittenForm(written: word, facts: wordFacts)) }
        return WordTable(forms)
    }()
}
