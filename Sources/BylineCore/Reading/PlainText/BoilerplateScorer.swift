import Foundation

/// Judges how much a paragraph reads like page furniture (sign-up boxes, subscription pitches,
/// consent and cookie notices, share prompts, addresses, navigation) rather than article prose.
///
/// It looks only at general signals: imperative calls to action at the start of a sentence,
/// consent and legal vocabulary, contact details, exclamations and marketing words in short
/// text, navigation separators, fragments without sentence punctuation. Reported speech and
/// long prose count against. No sentence of any particular page is known to it.
struct BoilerplateScorer {
    /// One piece of evidence and what it weighs.
    enum Signal: String, Hashable, Sendable, CaseIterable {
        /// An imperative call to action opening a sentence ("Sign up", "Subscribe", "Share this").
        case callToAction
        /// Sign-up, subscription or legal words anywhere ("newsletter", "privacy policy", "by submitting").
        case subscriptionOrLegal
        /// Consent vocabulary ("consent", "cookies", "opt out", "personal data").
        case consent
        /// A URL, an e-mail address, a phone number or a postal address.
        case contactDetails
        /// An exclamation mark in short text.
        case exclamation
        /// Marketing words in short text ("free", "today", "exclusive", "offer").
        case marketing
        /// Several social network names in short text.
        case socialNetworks
        /// The site addressing its reader ("you", "your") in text without quotations.
        case readerAddress
        /// A label that opens page furniture ("Tags:", "Related articles", "Advertisement").
        case label
        /// Navigation separators ("Home | World | Politics").
        case navigation
        /// A short fragment without sentence punctuation.
        case fragment
        /// Reporting verbs ("said", "told", "according to"): the language of articles.
        case reportedSpeech
        /// A quotation: articles quote people, page furniture does not.
        case quotation
        /// Long prose.
        case length

        /// What the signal adds to a paragraph's score.
        var weight: Int {
            switch self {
            case .callToAction, .subscriptionOrLegal, .label, .navigation: return 2
            case .consent, .contactDetails, .exclamation, .marketing, .socialNetworks, .readerAddress, .fragment: return 1
            case .reportedSpeech: return -2
            case .quotation: return -1
            case .length: return -2
            }
        }
    }

    /// The score from which a paragraph is boilerplate on its own.
    static let boilerplateScore = 2
    /// The score from which a paragraph is boilerplate when it lies outside boilerplate.
    static let marginalScore = 1
    /// Paragraphs longer than this (in scalars) are prose whatever they say.
    static let longestBoilerplate = 3000

    /// The sum of the weights of `signals(in:)`.
    static func score(_ paragraph: String) -> Int {
        if paragraph.unicodeScalarCount > longestBoilerplate {
            return Signal.length.weight
        }
        return signals(in: paragraph).reduce(0) { $0 + $1.weight }
    }

    /// The evidence found in one paragraph (collapsed to single spaces), each signal at most
    /// once except contact details and consent, which count up to twice.
    static func signals(in paragraph: String) -> [Signal] {
        let tokens = WordTokens(paragraph)
        let words = tokens.count
        let isShort = words <= 30
        var found: [Signal] = []
        if tokens.hasPhrase(from: callsToAction, atSentenceStart: true) { found.append(.callToAction) }
        if tokens.hasPhrase(from: subscriptionAndLegal, atSentenceStart: false) { found.append(.subscriptionOrLegal) }
        let consentCount = tokens.countPhrases(from: consentWords)
        found += Array(repeating: .consent, count: min(2, consentCount))
        found += Array(repeating: .contactDetails, count: min(2, ContactDetails.kinds(in: paragraph, words: tokens)))
        if isShort, paragraph.utf8.contains(UInt8(ascii: "!")) { found.append(.exclamation) }
        if isShort, tokens.countPhrases(from: marketingWords) > 0 { found.append(.marketing) }
        if isShort, tokens.countPhrases(from: socialNetworks) >= 2 { found.append(.socialNetworks) }
        let quoted = paragraph.unicodeScalars.contains(where: isQuoteMark)
        if quoted { found.append(.quotation) }
        if !quoted, tokens.countPhrases(from: readerWords) > 0 { found.append(.readerAddress) }
        if startsWithLabel(paragraph) { found.append(.label) }
        let separators = navigationSeparatorCount(paragraph)
        if separators >= 3 || (separators >= 2 && words <= 12) { found.append(.navigation) }
        if words <= 12, !endsLikeSentence(paragraph) { found.append(.fragment) }
        if tokens.countPhrases(from: reportingVerbs) > 0 { found.append(.reportedSpeech) }
        if words > 150 { found.append(.length) }
        return found
    }

    /// Whether the paragraph's last mark (quote marks and brackets aside) ends a sentence.
    static func endsLikeSentence(_ text: String) -> Bool {
        let last = text.unicodeScalars.last { !isQuoteMark($0) && !")]}".unicodeScalars.contains($0) && !$0.isWhitespaceQuickly }
        guard let last else { return false }
        return ".!?…:;".unicodeScalars.contains(last)
    }

    private static func startsWithLabel(_ paragraph: String) -> Bool {
        if let head = latin1Head(paragraph) {
            return composedLabels.contains { head.starts(with: $0) } || head.contains(bytes: Array(" min read".utf8))
        }
        let head = String(paragraph.prefix(labelReach)).lowercased()
        return labels.contains { head.hasPrefix($0) } || head.mayContain(anyOf: [" min read"]) && head.contains(" min read")
    }

    /// The labels' UTF-8 bytes in NFC.
    private static let composedLabels = labels.map { Array($0.precomposedStringWithCanonicalMapping.utf8) }

    /// How far into a paragraph a label is looked for, in characters.
    private static let labelReach = 40

    /// The paragraph's first `labelReach` characters lower-cased, as UTF-8 bytes, when they
    /// and the one after them are printable Latin-1 (U+0020 to U+007E, U+00A0 to U+00FF): each
    /// such scalar is a character of its own, in NFC, and lower-cases to one such scalar, so
    /// that a label is a prefix of it, character by character and by canonical equivalence,
    /// exactly when the label's bytes in NFC are a prefix of its bytes.
    private static func latin1Head(_ paragraph: String) -> [UInt8]? {
        var head: [UInt8] = []
        for (offset, scalar) in paragraph.unicodeScalars.prefix(labelReach + 1).enumerated() {
            guard (0x20...0x7E).contains(scalar.value) || (0xA0...0xFF).contains(scalar.value) else { return nil }
            guard offset < labelReach else { break }
            scalar.forEachLowercaseScalar { lowercase in UTF8.encode(lowercase) { head.append($0) } }
        }
        return head
    }

    private static func navigationSeparatorCount(_ paragraph: String) -> Int {
        paragraph.unicodeScalars.reduce(0) { count, scalar in
            switch scalar {
            case "|", "»", "›", "•", "·", ">": return count + 1
            default: return count
            }
        }
    }

    private static func isQuoteMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "“", "”", "„", "«", "»": return true
        default: return false
        }
    }

    private static let callsToAction = PhraseSet(PhraseLists.callsToAction)
    private static let subscriptionAndLegal = PhraseSet(PhraseLists.subscriptionAndLegal)
    private static let consentWords = PhraseSet(PhraseLists.consentWords)
    private static let marketingWords = PhraseSet(PhraseLists.marketingWords)
    private static let socialNetworks = PhraseSet(PhraseLists.socialNetworks)
    private static let readerWords = PhraseSet(PhraseLists.readerWords)
    private static let reportingVerbs = PhraseSet(PhraseLists.reportingVerbs)

    private static let labels = [
        "tags:", "topics:", "related:", "related articles", "related stories", "related coverage",
        "more from", "more on this", "advertisement", "filed under", "photo:", "image:", "credit:",
        "copyright", "©", "skip to", "share this", "recommended for you", "trending", "most read",
        "comments (", "comments:", "leave a comment", "posted in", "see also", "you may also like",
        "mehr zum thema", "lesen sie auch", "auch interessant", "das könnte dich", "das könnte sie", "weitere artikel",
        "schlagworte", "themen:", "quelle:", "quellen:", "foto:", "bild:", "anzeige", "werbung", "lire aussi",
        "à lire aussi", "sur le même sujet", "publicité", "le puede interesar", "te puede interesar", "lee también",
        "noticias relacionadas", "publicidad", "leggi anche", "potrebbe interessarti", "pubblicità",
        "czytaj też", "czytaj także", "zobacz też", "reklama", "lees ook", "advertentie",
    ]

    /// The most words a label of page furniture has ("Read also", "Mehr zum Thema").
    static let longestLabel = 8

    /// Whether `paragraph` is nothing but a label that opens page furniture ("Related
    /// stories", "Lesen Sie auch:", "À lire aussi"): short, starting like one, and not ended
    /// like a sentence (a colon aside). Such a label means nothing once its block is gone,
    /// wherever it stands in the article.
    static func isFurnitureLabel(_ paragraph: String) -> Bool {
        let endsAsSentence = endsLikeSentence(paragraph) && !paragraph.hasSuffix(":")
        guard startsWithLabel(paragraph), !endsAsSentence else { return false }
        return WordTokens(paragraph).count <= longestLabel
    }
}

/// The phrases the scorer looks for, each written with single spaces between its words.
enum PhraseLists {
    static let callsToAction = [
        "subscribe", "subscribe now", "register", "sign up", "signup", "sign in", "log in", "login",
        "join us", "join our", "join now", "join today", "join the conversation", "donate", "download our",
        "download the", "click here", "click to", "click the", "tap here", "sign-up", "follow us", "follow our", "follow me", "follow him", "follow her",
        "share this", "share on", "share via", "share your", "share the story", "get our", "get the latest",
        "get unlimited", "get access", "get full access", "support our", "support us", "support independent",
        "become a member", "become a subscriber", "become a supporter", "read more", "read next", "read also",
        "continue reading", "don't miss", "never miss", "enter your", "learn more", "try it", "start your",
        "upgrade to", "upgrade now", "contact us", "advertise with us", "skip to", "listen to this", "print this", "email this",
        "copy link", "already a subscriber", "already have an account", "create an account", "accept all",
        "manage preferences", "manage cookies", "reject all", "claim your",
        // The same calls in German, French, Spanish, Italian, Polish and Dutch.
        "jetzt abonnieren", "abonnieren sie", "melden sie sich", "jetzt anmelden", "hier klicken", "klicken sie hier",
        "mehr erfahren", "weiterlesen", "lesen sie auch", "lesen sie mehr", "folgen sie uns", "folgt uns", "jetzt teilen",
        "unterstützen sie", "abonnez-vous", "inscrivez-vous", "cliquez ici", "lire aussi", "lire la suite", "suivez-nous",
        "en savoir plus", "suscríbete", "suscríbase", "regístrate", "haz clic", "lee también", "leer más", "síguenos",
        "más información", "iscriviti", "abbonati", "clicca qui", "leggi anche", "seguici", "scopri di più",
        "subskrybuj", "zapisz się", "kliknij tutaj", "czytaj też", "czytaj także", "czytaj więcej", "zobacz też",
        "obserwuj nas", "schrijf je in", "lees ook", "lees meer", "volg ons",
    ]

    static let subscriptionAndLegal = [
        "newsletter", "newsletters", "unsubscribe", "subscribe", "subscribing", "sign up", "sign-up", "signing up",
        "privacy policy", "privacy notice", "cookie policy", "cookie settings", "terms of service", "terms of use",
        "terms and conditions", "all rights reserved", "by submitting", "by clicking", "by signing up",
        "by continuing", "by subscribing", "by registering", "you agree", "marketing emails",
        "marketing communications", "we use cookies", "this site uses", "this website uses", "your inbox",
        "paywall", "premium content", "subscriber-only", "for subscribers",
        "alle rechte vorbehalten", "datenschutzerklärung", "nutzungsbedingungen", "newsletter-anmeldung",
        "tous droits réservés", "politique de confidentialité", "todos los derechos reservados",
        "política de privacidad", "tutti i diritti riservati", "wszelkie prawa zastrzeżone",
        "polityka prywatności", "alle rechten voorbehouden",
    ]

    static let consentWords = [
        "consent", "consenting", "cookie", "cookies", "gdpr", "opt out", "opt-out", "personal data",
        "third parties", "revoke", "disclaimer", "copyright", "legal notice", "safeunsubscribe",
    ]

    static let marketingWords = [
        "free", "exclusive", "offer", "offers", "discount", "trial", "premium", "unlimited", "deal", "deals",
        "membership", "inbox", "ad-free", "bonus",
    ]

    static let socialNetworks = [
        "facebook", "twitter", "instagram", "linkedin", "whatsapp", "telegram", "tiktok", "youtube",
        "pinterest", "reddit", "rss", "mastodon", "bluesky",
    ]

    static let readerWords = ["you", "your", "you're", "yours"]

    static let reportingVerbs = [
        "said", "says", "told", "added", "according to", "stated", "announced", "reported", "argued",
        "explained", "noted", "warned", "insisted", "claimed", "testified",
    ]

    /// Every list: their words are numbered together (`KnownWords`).
    static let all = [callsToAction, subscriptionAndLegal, consentWords, marketingWords, socialNetworks, readerWords, reportingVerbs]
}
