/// The words of roles and titles: the nouns that head a role, by the standing they give
/// ("professor" makes an expert, "minister" an official), the words that modify a role, and
/// the verbs that describe one ("who chairs the committee").
enum RoleWords {
    static let expert = """
        professor prof researcher analyst fellow economist scientist doctor physician epidemiologist virologist \
        immunologist expert scholar historian lecturer specialist strategist academic sociologist psychologist \
        psychiatrist demographer statistician criminologist pollster meteorologist climatologist geologist biologist \
        chemist physicist mathematician engineer surgeon pediatrician paediatrician dean theorist archaeologist \
        anthropologist linguist philosopher sinologist pharmacologist toxicologist ecologist oncologist cardiologist \
        neurologist nutritionist economist-in-chief researcher-in-residence
        """

    static let official = """
        minister president premier chancellor spokesperson spokesman spokeswoman senator sen congressman \
        congresswoman representative rep lawmaker legislator mp mpp mla mep mayor governor gov councillor councilor \
        councilman councilwoman alderman secretary ambassador diplomat envoy official commissioner chief sheriff judge \
        prosecutor general gen admiral commander colonel officer inspector superintendent constable sergeant detective \
        leader king queen prince princess emir sultan speaker undersecretary administrator regulator auditor ombudsman \
        coroner vice-president attorney-general director-general secretary-general consul attaché attache magistrate \
        lieutenant captain marshal mayor-elect president-elect dictator monarch deputy whip bureaucrat policeman \
        policewoman trooper ranger chancellor-elect governor-elect premier-elect ceo cfo coo cto chairman chairwoman chair \
        chairperson vice-chair executive director head treasurer
        """

    static let journalist = """
        journalist reporter correspondent editor columnist anchor commentator broadcaster blogger photographer \
        photojournalist newscaster pundit
        """

    static let other = """
        founder co-founder owner manager \
        lawyer attorney counsel activist advocate organizer organiser coordinator coach player author writer consultant \
        adviser advisor member partner volunteer teacher nurse pastor priest bishop rabbi imam principal student \
        resident entrepreneur investor trader farmer worker employee campaigner candidate nominee \
        trustee steward artist actor actress singer musician filmmaker producer designer architect banker broker \
        landlord tenant mother father parent survivor witness victim president-and-ceo businessman businesswoman
        """

    /// Words that may stand inside a role before its head ("former", "deputy", "health").
    static let modifiers = """
        former acting interim outgoing incoming then deputy vice senior junior chief associate assistant executive \
        general principal managing visiting emeritus distinguished adjunct lead top head co prime foreign state \
        federal provincial national regional local city county municipal district health finance financial defence \
        defense justice interior home education environment environmental immigration trade energy labour labor \
        economy economic economics agriculture transport transportation public safety security affairs policy \
        research political police fire military army navy party opposition government cabinet white house press \
        communications media medical science technology data climate global international european world legal staff \
        program programme campaign union team board committee council parliamentary housing culture sports tourism \
        industry innovation development budget treasury revenue intelligence homeland veterans natural resources \
        indigenous northern infrastructure digital crown supreme high court longtime long-time veteran prominent \
        leading well-known renowned retired independent respected current newly elected appointed founding honorary \
        minority majority ranking presidential vice-presidential gubernatorial
        """

    /// Verbs that, after "who", describe a role, with the role they make.
    static let describingVerbs: [(verb: String, role: String)] = [
        ("chairs", "chair"), ("chaired", "chair"), ("heads", "head"), ("headed", "head"), ("leads", "leader"),
        ("led", "leader"), ("directs", "director"), ("directed", "director"), ("runs", "head"), ("ran", "head"),
        ("manages", "manager"), ("managed", "manager"), ("founded", "founder"), ("co-founded", "co-founder"),
        ("represents", "representative"), ("represented", "representative"), ("teaches", "teacher"),
        ("taught", "teacher"), ("studies", "researcher"), ("studied", "researcher"), ("researches", "researcher"),
        ("edits", "editor"), ("coaches", "coach"), ("owns", "owner"), ("oversees", "head"), ("oversaw", "head"),
    ]

    /// Words of research and teaching institutions, where a director or a chair is an expert.
    static let research = """
        university college institute institution school centre center laboratory lab academy studies research \
        foundation council think observatory hospital clinic faculty
        """

    /// The regular plurals of a role noun ("professors", "spokespeople", "policemen").
    static func plurals(of head: String) -> [String] {
        if head.hasSuffix("person") { return [String(head.dropLast(6)) + "people"] }
        if head.hasSuffix("man") { return [String(head.dropLast(3)) + "men"] }
        if head.hasSuffix("woman") { return [String(head.dropLast(5)) + "women"] }
        if head.hasSuffix("y"), let last = head.dropLast().last, !"aeiou".contains(last) { return [String(head.dropLast()) + "ies"] }
        if head.hasSuffix("s") || head.hasSuffix("sh") || head.hasSuffix("ch") { return [head + "es"] }
        return [head + "s"]
    }
}
