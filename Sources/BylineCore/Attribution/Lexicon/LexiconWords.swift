/// The word lists of the lexicon, by what the words do in news prose. Every list holds
/// general English (and a few words of other European languages' names); none holds the
/// names of particular people, places or outlets but for the international news agencies.
enum LexiconWords {
    /// Every listed word with what the lists say of it.
    static func drafts() -> [String: LexiconDraft] {
        var builder = DraftBuilder()
        builder.addFunctionWords()
        builder.addNameWords()
        builder.addRoleWords()
        builder.addAttributionWords()
        ReportingVerbForms.add(to: &builder)
        Anonymity.addWords(to: &builder)
        return builder.drafts
    }

    /// The words of a list written as one string, split on white space.
    static func split(_ list: String) -> [String] {
        list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    }
}

/// Collects the drafts of the lexicon's words, list by list.
struct DraftBuilder {
    private(set) var drafts: [String: LexiconDraft] = [:]

    /// Gives each word of `list` the fact `facts`.
    mutating func add(_ list: String, _ facts: WordFacts) {
        for word in LexiconWords.split(list) { drafts[Lexicon.fold(word), default: LexiconDraft()].facts.formUnion(facts) }
    }

    /// Changes the draft of `word` with `change`.
    mutating func update(_ word: String, _ change: (inout LexiconDraft) -> Void) {
        change(&drafts[Lexicon.fold(word), default: LexiconDraft()])
    }

    mutating func addFunctionWords() {
        add("the a an this these those some any no each every all both another other such many most several few numerous various more",
            .determiner)
        add("his her its their our my your", .possessivePronoun)
        add("""
            of in on at to for with from by about into onto over under between including against during without within \
            through after before across among upon via toward towards near behind beyond despite per like unlike amid \
            along around inside outside throughout
            """, .preposition)
        add("and or but nor", .coordinator)
        add("because when while if although though since after before until unless as whether than whereas once where so",
            .subordinator)
        add("who whom whose which that", .relative)
        add("is was are were am be been being", [.auxiliary, .beForm])
        add("has have had having do does did", .auxiliary)
        add("will would can could should may might must shall", [.auxiliary, .modal])
        add("""
            not never n't don't doesn't didn't won't wouldn't can't couldn't cannot isn't wasn't aren't weren't \
            hasn't haven't hadn't shouldn't
            """, .negation)
        add("he she they it we i you", .subjectPronoun)
        add("him her them it us me you", .objectPronoun)
        add("i we you me us my our your myself ourselves yourself i'm we're you're i've we've i'd we'd i'll we'll", .writerPronoun)
        add("they them their theirs themselves", .pluralPronoun)
        for (words, gender) in [("he him his himself", Gender.male), ("she her hers herself", .female)] {
            for word in LexiconWords.split(words) {
                update(word) {
                    $0.facts.insert(.genderedPronoun)
                    $0.gender = gender
                }
            }
        }
        add("""
            also later then has have had would will could can may might did does do not never recently previously once \
            further again repeatedly publicly earlier already reportedly simply only still often even first last long \
            since just now yet ever clearly privately been should must shall too both all always openly initially \
            similarly separately subsequently ultimately eventually frequently consistently flatly bluntly candidly \
            quickly quietly loudly angrily emphatically confidently cautiously
            """, .interveningAdverb)
        add("""
            monday tuesday wednesday thursday friday saturday sunday today tonight yesterday tomorrow morning afternoon \
            evening night week weekend month year last this next earlier later ago recently
            """, .timeWord)
        add("january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec",
            [.month, .timeWord])
        add("one two three four five six seven eight nine ten dozen dozens hundreds thousands", .numberWord)
    }

    mutating func addNameWords() {
        for (word, gender) in [("mr", Gender.male), ("mrs", .female), ("ms", .female), ("miss", .female), ("sir", .male), ("dame", .female),
                               ("lord", .male), ("lady", .female), ("madam", .female), ("mme", .female), ("mx", nil), ("dr", nil),
                               ("prof", nil), ("rev", nil), ("hon", nil)] as [(String, Gender?)] {
            update(word) {
                $0.facts.insert(.honorific)
                $0.gender = gender
            }
        }
        add("""
            president minister premier chancellor senator sen rep representative congressman congresswoman gov governor \
            mayor councillor councilor alderman judge justice chief chairman chairwoman chair chairperson king queen \
            prince princess pope secretary general gen col colonel capt captain lt lieutenant sgt sergeant cpl corporal \
            officer const constable det detective inspector supt superintendent commissioner ambassador director coach \
            professor dean bishop archbishop cardinal father rabbi imam speaker leader attorney adm admiral maj marshal \
            sheriff commander cmdr mp mpp mla mep ceo cfo coo cto founder spokesman spokeswoman spokesperson candidate \
            nominee emperor ayatollah sheikh organizer organiser manager analyst economist lawyer owner head author \
            researcher scientist doctor nurse activist writer editor reporter columnist host trustee principal pastor \
            reverend executive strategist pollster historian teacher trainer chef farmer advocate investigator \
            prosecutor counsel resident student worker sister brother
            """, .title)
        for (word, gender) in [("king", Gender.male), ("queen", .female), ("prince", .male), ("princess", .female), ("congressman", .male),
                               ("congresswoman", .female), ("chairman", .male), ("chairwoman", .female), ("spokesman", .male),
                               ("spokeswoman", .female), ("emperor", .male), ("businessman", .male), ("businesswoman", .female),
                               ("councilman", .male), ("councilwoman", .female), ("policeman", .male), ("policewoman", .female),
                               ("actress", .female), ("widow", .female), ("widower", .male), ("sister", .female), ("brother", .male),
                               ("father", .male), ("mother", .female)] {
            update(word) { $0.gender = gender }
        }
        add("""
            de van von der den bin bint al el da di del della la le du dos das ter ten y ibn abu
            """, .particle)
        add("""
            the a an he she it they we i you this that these those but and or so yet in on at for if when while after \
            before his her its their our my there here some many most such as still however meanwhile now then last \
            earlier later according with without from to by of about under over since until during despite although \
            though because even also asked what why how who where which whether all each every no not yes one two \
            three first second third both another other others more much few several instead today tonight yesterday \
            tomorrow like unlike is are was were do does did has have had will would can could should must might let \
            please thank thanks oh well ok okay just only indeed perhaps maybe once already again never always often \
            sometimes together overall photo image video watch read related advertisement update note more below above \
            everyone nobody someone anyone nothing everything here's it's that's there's i'm we're they're you're don't \
            can't christmas easter god internet indigenous black white monday tuesday wednesday thursday friday saturday \
            sunday january february march april may june july august september october november december jan feb mar apr \
            jun jul aug sep sept oct nov dec english french chinese russian american canadian british european
            """, .neverName)
        add("""
            canadian canadians american americans korean koreans mexican african european asian russian russians chinese \
            japanese indian syrian syrians iranian israeli palestinian ukrainian british french german italian spanish \
            australian pakistani afghan iraqi saudi turkish egyptian nigerian kenyan somali brazilian cuban venezuelan \
            filipino vietnamese taiwanese democrat democrats republican republicans liberal liberals conservative \
            conservatives muslim muslims christian christians jewish catholic airport street avenue road boulevard drive \
            lane river lake mountain mountains island islands bay valley county country city province square bridge \
            station arena stadium hotel mall market tower building highway beach coast harbour harbor port region \
            territory territories peninsula sea ocean gulf strait act accord agreement treaty program programme plan \
            project week year cup games award awards prize festival war crisis initiative summit forum pipeline tours \
            complex reserve village kingdom states republic centre center church cathedral museum library \
            gallery theatre theater hospital school academy college university institute
            """, .placeWord)
        add("""
            times post news press journal herald tribune gazette globe star mail telegraph guardian radio television tv \
            broadcasting magazine daily chronicle observer independent wire network channel courier examiner dispatch \
            bulletin standard sentinel record register inquirer ledger review weekly reuters bloomberg xinhua tass \
            interfax kyodo yonhap afp ap bbc cnn npr jazeera sputnik ria sun today
            """, .mediaNameWord)
        add("""
            inc corp corporation company co ltd llc plc group ministry department agency association council committee \
            commission board party university college institute foundation bank service services police union \
            federation coalition authority office court government administration centre center society church \
            assembly parliament congress senate organization organisation nations force forces army navy hospital \
            school network league club team industries holdings partners secretariat bureau fund trust airlines motors \
            systems technologies labs cabinet embassy local alliance institution commission's department's ministry's \
            tribunal council's board's kremlin pentagon rail railway railways airways energy power oil gas petroleum steel \
            mining mines freight shipping logistics telecom communications pharma pharmaceuticals foods brewing motors \
            insurance capital ventures investments securities financial construction engineering properties transit \
            utilities hydro electric entertainment studio studios software technology networks solutions healthcare \
            partnership consortium cooperative initiative
            """, .organizationNameWord)
        add("""
            mr mrs ms mx dr prof st ste sen sens rep reps gov govs gen col lt sgt capt cpl pvt cmdr adm maj brig rev hon \
            pres supt insp const det atty sec amb msgr fr sr mt ft jan feb apr jun jul aug sep sept oct nov dec vs v \
            approx cf ca al calif ariz mass penn conn wash fla ont que
            """, .abbreviation)
        addNationalities()
        addGivenNames()
    }

    private mutating func addNationalities() {
        for (adjectives, country) in NationalityWords.countries {
            for adjective in LexiconWords.split(adjectives) {
                update(adjective) {
                    $0.facts.insert(.nationality)
                    $0.country = country
                }
                // "Canadians", "Ukrainians": the people of a country speak as a group.
                if adjective.hasSuffix("an") { add(adjective + "s", .groupNoun) }
            }
            for word in LexiconWords.split(Lexicon.fold(country)) where country.split(separator: " ").count == 1 {
                add(word, .countryName)
            }
        }
    }

    private mutating func addGivenNames() {
        for (names, gender) in [(GivenNames.male, Gender.male), (GivenNames.female, .female)] {
            for name in LexiconWords.split(names) {
                update(name) {
                    $0.facts.insert(.givenName)
                    if $0.gender == nil { $0.gender = gender }
                }
            }
        }
    }

    mutating func addRoleWords() {
        for (list, roleClass) in [(RoleWords.expert, Source.Class.expert), (RoleWords.official, .official),
                                  (RoleWords.journalist, .journalist), (RoleWords.other, .other)] {
            for head in LexiconWords.split(list) {
                update(head) {
                    $0.facts.insert(.roleNoun)
                    $0.roleClass = roleClass
                }
                for plural in RoleWords.plurals(of: head) where drafts[plural]?.facts.contains(.roleNoun) != true {
                    update(plural) {
                        $0.facts.formUnion([.roleNoun, .groupNoun])
                        $0.roleClass = roleClass
                        $0.lemma = head
                    }
                }
            }
        }
        add(RoleWords.modifiers, .roleModifier)
        for (verb, role) in RoleWords.describingVerbs {
            update(verb) {
                $0.facts.insert(.describingVerb)
                $0.lemma = role
            }
        }
        add(RoleWords.research, .researchWord)
        add("father mother sister brother wife husband son daughter sons daughters parents parent grandmother grandfather uncle aunt cousin niece nephew partner widow widower fiancee fiance girlfriend boyfriend",
            .kinNoun)
    }

    mutating func addAttributionWords() {
        add(AttributionWords.groups, .groupNoun)
        add(AttributionWords.organizations, .organizationNoun)
        add(AttributionWords.documents, .documentNoun)
        add(AttributionWords.media, .mediaNoun)
        add("spokesperson spokesman spokeswoman spokespeople spokesmen spokeswomen representative representatives mouthpiece",
            .spokespersonNoun)
        add("source sources insider insiders whistleblower whistleblowers informant informants", .anonymousHead)
        add(AttributionWords.vehicles, .vehicleNoun)
        add("reportedly allegedly purportedly supposedly ostensibly apparently", .hedgingAdverb)
        add("pair duo trio couple sides side countries nations governments two three four both", .collectiveNoun)
        add(AttributionWords.government, .governmentWord)
        add("""
            expected believed feared thought said reported claimed alleged rumored rumoured understood estimated known \
            assumed hoped suspected argued predicted anticipated suggested held considered
            """, .impersonalParticiple)
        add("state state-run state-owned state-controlled state-backed official government-run government-controlled", .stateMediaWord)
        add("""
            some many several various recent unconfirmed unverified numerous multiple other earlier previous new media \
            news press local widespread conflicting online social
            """, .hedgeWord)
        add(AttributionWords.people, .personNoun)
        add("""
            discuss discusses discussed cite cites cited citing accused outline outlines outlined detail details detailed assess \
            assesses assessed
            """, .claimVerb)
        add("point points pointed pointing lay lays laid spell spells spelled spelt", .phrasalWithOut)
        add("""
            study studies survey surveys poll polls data research analysis analyses findings figures statistics census \
            estimates projections numbers results tests experiment experiments model models audit audits
            """, .studyNoun)
        add("so-called self-styled titled entitled headlined captioned nicknamed reading", .namingWord)
    }
}
