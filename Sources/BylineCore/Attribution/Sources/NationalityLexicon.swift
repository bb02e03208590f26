/// Nationality adjectives and the countries or unions they name ("Chinese" → "China"), so that
/// "Russian President" gives the affiliation "Russia".
enum NationalityLexicon {
    /// The country an adjective or abbreviation names, or nil when it names none.
    static func country(for word: String) -> String? {
        countries[word.lowercasedIfNeeded()]
    }

    static let countries: [String: String] = [
        "u.s.": "United States", "us": "United States", "american": "United States",
        "u.k.": "United Kingdom", "uk": "United Kingdom", "british": "United Kingdom",
        "eu": "European Union", "e.u.": "European Union", "european": "European Union",
        "un": "United Nations", "u.n.": "United Nations",
        "afghan": "Afghanistan", "albanian": "Albania", "algerian": "Algeria", "argentine": "Argentina",
        "argentinian": "Argentina", "armenian": "Armenia", "australian": "Australia", "austrian": "Austria",
        "azerbaijani": "Azerbaijan", "bangladeshi": "Bangladesh", "belarusian": "Belarus", "belgian": "Belgium",
        "bolivian": "Bolivia", "bosnian": "Bosnia and Herzegovina", "brazilian": "Brazil", "bulgarian": "Bulgaria",
        "burmese": "Myanmar", "cambodian": "Cambodia", "cameroonian": "Cameroon", "canadian": "Canada",
        "chilean": "Chile", "chinese": "China", "colombian": "Colombia", "congolese": "Congo",
        "croatian": "Croatia", "cuban": "Cuba", "cypriot": "Cyprus", "czech": "Czech Republic",
        "danish": "Denmark", "dutch": "Netherlands", "ecuadorian": "Ecuador", "egyptian": "Egypt",
        "emirati": "United Arab Emirates", "english": "England", "eritrean": "Eritrea", "estonian": "Estonia",
        "ethiopian": "Ethiopia", "filipino": "Philippines", "philippine": "Philippines", "finnish": "Finland",
        "french": "France", "georgian": "Georgia", "german": "Germany", "ghanaian": "Ghana", "greek": "Greece",
        "guatemalan": "Guatemala", "haitian": "Haiti", "honduran": "Honduras", "hungarian": "Hungary",
        "icelandic": "Iceland", "indian": "India", "indonesian": "Indonesia", "iranian": "Iran",
        "iraqi": "Iraq", "irish": "Ireland", "israeli": "Israel", "italian": "Italy", "ivorian": "Côte d'Ivoire",
        "jamaican": "Jamaica", "japanese": "Japan", "jordanian": "Jordan", "kazakh": "Kazakhstan",
        "kenyan": "Kenya", "korean": "Korea", "south korean": "South Korea", "north korean": "North Korea",
        "kosovar": "Kosovo", "kuwaiti": "Kuwait", "kyrgyz": "Kyrgyzstan", "lao": "Laos", "latvian": "Latvia",
        "lebanese": "Lebanon", "libyan": "Libya", "lithuanian": "Lithuania", "malaysian": "Malaysia",
        "malian": "Mali", "maltese": "Malta", "mexican": "Mexico", "moldovan": "Moldova",
        "mongolian": "Mongolia", "montenegrin": "Montenegro", "moroccan": "Morocco",
        "mozambican": "Mozambique", "namibian": "Namibia", "nepalese": "Nepal", "nepali": "Nepal",
        "nicaraguan": "Nicaragua", "nigerian": "Nigeria", "nigerien": "Niger", "norwegian": "Norway",
        "omani": "Oman", "pakistani": "Pakistan", "palestinian": "Palestine", "panamanian": "Panama",
        "paraguayan": "Paraguay", "peruvian": "Peru", "polish": "Poland", "portuguese": "Portugal",
        "qatari": "Qatar", "romanian": "Romania", "russian": "Russia", "rwandan": "Rwanda",
        "saudi": "Saudi Arabia", "scottish": "Scotland", "senegalese": "Senegal", "serbian": "Serbia",
        "singaporean": "Singapore", "slovak": "Slovakia", "slovenian": "Slovenia", "somali": "Somalia",
        "african": "Africa", "spanish": "Spain", "sri lankan": "Sri Lanka", "sudanese": "Sudan",
        "swedish": "Sweden", "swiss": "Switzerland", "syrian": "Syria", "taiwanese": "Taiwan",
        "tajik": "Tajikistan", "tanzanian": "Tanzania", "thai": "Thailand", "tibetan": "Tibet",
        "tunisian": "Tunisia", "turkish": "Turkey", "turkmen": "Turkmenistan", "ugandan": "Uganda",
        "ukrainian": "Ukraine", "uruguayan": "Uruguay", "uzbek": "Uzbekistan", "venezuelan": "Venezuela",
        "vietnamese": "Vietnam", "welsh": "Wales", "yemeni": "Yemen", "zambian": "Zambia",
        "zimbabwean": "Zimbabwe", "soviet": "Soviet Union", "new zealand": "New Zealand",
    ]
}

extension NationalityLexicon {
    /// Whether `name` is the name of a country this lexicon knows ("China", "the United States").
    static func isCountry(_ name: String) -> Bool {
        let bare = name.hasPrefix("the ") ? String(name.dropFirst(4)) : name
        return countryNames.contains(bare)
    }

    static let countryNames: Set<String> = Set(countries.values)
}
