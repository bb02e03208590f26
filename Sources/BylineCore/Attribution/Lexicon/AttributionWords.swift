/// The nouns of attribution: what sort of thing a speaker is (a group, an organisation, a
/// document, a medium, a person) and the vehicles of someone's words ("statement").
enum AttributionWords {
    /// Plural nouns of groups of speakers ("officials said", "critics say").
    static let groups = """
        officials experts critics residents analysts scientists researchers sources people authorities protesters \
        protestors activists observers economists lawmakers legislators workers members voters witnesses doctors \
        parents students teachers advocates supporters opponents leaders scholars investigators prosecutors lawyers \
        diplomats organizers organisers families neighbours neighbors employees staff users customers fans others \
        insiders aides allies democrats republicans conservatives liberals environmentalists farmers owners victims \
        survivors nurses physicians patients citizens organizers participants attendees delegates \
        demonstrators officers agents firefighters paramedics some many both
        """

    /// Nouns of organisations ("the ministry said", "the union").
    static let organizations = """
        ministry department agency government company firm union council committee commission board court office \
        party campaign police military army embassy administration university school hospital bank group \
        organization organisation association federation coalition authority city province state county district \
        service institute center centre foundation corporation team club league network regulator watchdog kremlin \
        pentagon parliament congress senate cabinet secretariat ngo charity society church house band nation \
        employer utility airline retailer manufacturer insurer company's ministry's agency's
        """

    /// Nouns of documents, studies and data ("the report", "a survey", "the figures").
    static let documents = """
        report reports study studies survey surveys poll polls statement statements analysis analyses document \
        documents memo memos memorandum letter letters ruling audit audits review reviews data research paper papers \
        filing filings complaint lawsuit indictment assessment assessments investigation census records figures \
        findings release decision judgment verdict estimates estimate projections bill order statistics transcript \
        transcripts communique communiqué declaration resolution guidance guidelines forecast forecasts inquiry cable \
        cables dossier testimony affidavit documentation ad ads advertisement clip video videos book emails email \
        tweet tweets post posts website websites webpage blog account feed
        """

    /// Nouns of media ("the newspaper reported", "state media").
    static let media = """
        media newspaper newspapers broadcaster broadcasters outlet outlets agency tabloid magazine channel television \
        radio network press daily wire
        """

    /// Nouns of a vehicle of attributed words ("in a statement", "in an interview").
    static let vehicles = """
        statement statements report reports claim claims announcement release interview interviews email e-mail \
        emails tweet tweets post letter memo speech remarks comments testimony briefing conference op-ed column \
        editorial blog video message note filing affidavit ruling decision press news allegation allegations \
        assertion warning view podcast broadcast appearance address
        """

    /// Words of government bodies, whose voice is official ("the ministry said").
    static let government = """
        ministry department government police agency commission kremlin pentagon parliament congress senate \
        administration army military navy forces embassy court cabinet bureau secretariat legislature regime junta \
        consulate tribunal authority authorities prosecutors council office service force province municipality city \
        county prosecutor
        """

    /// Common nouns of people who can speak for themselves ("a man", "the resident").
    static let people = """
        man woman men women boy girl boys girls person people resident residents neighbour neighbor neighbours \
        neighbors voter voters driver passenger passengers customer customers shopper shoppers visitor visitors \
        friend friends relative relatives colleague colleagues veteran veterans mother father sister brother wife \
        husband son daughter parent parents child children teenager teen youth official officials source sources \
        supporter supporters opponent opponents critic critics owner owners worker workers employee employees user \
        users fan fans protester protesters protestor protestors participant participants
        """
}
