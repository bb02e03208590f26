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

    /// Personal pronouns that can stand for a speaker, with their gender (nil: plural or neuter).
    public static let subjectPronouns: [String: Gender?] = [
        "he": .male, "she": .female, "they": nil, "it": nil, "we": nil, "I": nil,
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
    /// person ("North Korean", "Pearson International Airport", "Bighorn Country").
    public static let nonPersonLastWords: Set<String> = [
        "Canadian", "Canadians", "American", "Americans", "Korean", "Koreans", "Mexican", "African", "European",
        "Asian", "Russian", "Russians", "Chinese", "Japanese", "Indian", "Syrian", "Syrians", "Iranian", "Israeli",
        "Palestinian", "Ukrainian", "British", "French", "German", "Italian", "Spanish", "Australian",
        "Pakistani", "Afghan", "Iraqi", "Saudi", "Turkish", "Egyptian", "Nigerian", "Kenyan", "Somali",
        "Brazilian", "Cuban", "Venezuelan", "Filipino", "Vietnamese", "Taiwanese", "Democrat", "Democrats",
        "Republican", "Republicans", "Liberal", "Liberals", "Conservative", "Conservatives", "Muslim",
        "Christian", "Jewish", "Catholic", "Indigenous", "Airport", "Street", "Avenue", "Road", "Park",
        "River", "Lake", "Mountain", "Mountains", "Island", "Islands", "Bay", "Valley", "County", "Country",
        "City", "Province", "Hall", "Square", "Bridge", "Station", "Arena", "Stadium", "Hotel", "Mall",
        "Market", "Tower", "Building", "Highway", "Beach", "Coast", "Harbour", "Harbor", "Port", "Region",
        "Territory", "Territories", "Peninsula", "Sea", "Ocean", "Gulf", "Strait", "Act", "Bill", "Accord",
        "Agreement", "Treaty", "Program", "Programme", "Plan", "Project", "Day", "Week", "Year", "Cup",
        "Games", "Award", "Awards", "Prize", "Festival", "War", "Crisis", "Initiative", "Summit", "Forum",
        "Pipeline", "Line", "Tours", "Complex", "Camp", "Reserve", "Nation", "Nations", "Village", "Town",
        "Kingdom", "States", "Republic", "Below", "Continued", "Story", "News",
    ]

    /// Whether `word` (without a trailing period) is an honorific or title.
    public static func isTitle(_ word: String) -> Bool {
        titles.contains(word) || honorifics[word] != nil
    }
}
