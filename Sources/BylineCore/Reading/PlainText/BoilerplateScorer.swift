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
        if paragraph.unicodeScalars.count > longestBoilerplate { return Signal.length.weight }
        return signals(in: paragraph).reduce(0) { $0 + $1.weight }
    }

    /// The evidence found in one paragraph (collapsed to single spaces), each signal at most
    /// once except contact details and consent, which count up to twice.
    static func signals(in paragraph: String) -> [Signal] {
        let tokens = WordTokens(paragraph)
        let words = tokens.words
        let isShort = words.count <= 30
        var found: [Signal] = []
        if tokens.hasPhrase(from: callsToAction, atSentenceStart: true) { found.append(.callToAction) }
        if tokens.hasPhrase(from: subscriptionAndLegal, atSentenceStart: false) { found.append(.subscriptionOrLegal) }
        let consentCount = tokens.countPhrases(from: consentWords)
        found += Array(repeating: .consent, count: min(2, consentCount))
        found += Array(repeating: .contactDetails, count: min(2, ContactDetails.kinds(in: paragraph, words: words)))
        if isShort, paragraph.unicodeScalars.contains("!") { found.append(.exclamation) }
        if isShort, tokens.countPhrases(from: marketingWords) > 0 { found.append(.marketing) }
        if isShort, tokens.countPhrases(from: socialNetworks) >= 2 { found.append(.socialNetworks) }
        let quoted = paragraph.unicodeScalars.contains { quoteMarks.contains($0) }
        if quoted { found.append(.quotation) }
        if !quoted, tokens.countPhrases(from: readerWords) > 0 { found.append(.readerAddress) }
        if startsWithLabel(paragraph) { found.append(.label) }
        let separators = navigationSeparatorCount(paragraph)
        if separators >= 3 || (separators >= 2 && words.count <= 12) { found.append(.navigation) }
        if words.count <= 12, !endsLikeSentence(paragraph) { found.append(.fragment) }
        if tokens.countPhrases(from: reportingVerbs) > 0 { found.append(.reportedSpeech) }
        if words.count > 150 { found.append(.length) }
        return found
    }

    /// Whether the paragraph's last mark (quote marks and brackets aside) ends a sentence.
    static func endsLikeSentence(_ text: String) -> Bool {
        let last = text.unicodeScalars.last { !quoteMarks.contains($0) && !")]}".unicodeScalars.contains($0) && !$0.properties.isWhitespace }
        guard let last else { return false }
        return ".!?…:;".unicodeScalars.contains(last)
    }

    private static func startsWithLabel(_ paragraph: String) -> Bool {
        let head = String(paragraph.prefix(40)).lowercased()
        return labels.contains { head.hasPrefix($0) } || head.contains(" min read")
    }

    private static func navigationSeparatorCount(_ paragraph: String) -> Int {
        paragraph.unicodeScalars.reduce(0) { $0 + ("|»›•·>".unicodeScalars.contains($1) ? 1 : 0) }
    }

    private static let quoteMarks: Set<Unicode.Scalar> = ["\"", "“", "”", "„", "«", "»"]

    private static let callsToAction = PhraseSet([
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
    ])

    private static let subscriptionAndLegal = PhraseSet([
        "newsletter", "newsletters", "unsubscribe", "subscribe", "subscribing", "sign up", "sign-up", "signing up",
        "privacy policy", "privacy notice", "cookie policy", "cookie settings", "terms of service", "terms of use",
        "terms and conditions", "all rights reserved", "by submitting", "by clicking", "by signing up",
        "by continuing", "by subscribing", "by registering", "you agree", "marketing emails",
        "marketing communications", "we use cookies", "this site uses", "this website uses", "your inbox",
        "paywall", "premium content", "subscriber-only", "for subscribers",
    ])

    private static let consentWords = PhraseSet([
        "consent", "consenting", "cookie", "cookies", "gdpr", "opt out", "opt-out", "personal data",
        "third parties", "revoke", "disclaimer", "copyright", "legal notice", "safeunsubscribe",
    ])

    private static let marketingWords = PhraseSet([
        "free", "exclusive", "offer", "offers", "discount", "trial", "premium", "unlimited", "deal", "deals",
        "membership", "inbox", "ad-free", "bonus",
    ])

    private static let socialNetworks = PhraseSet([
        "facebook", "twitter", "instagram", "linkedin", "whatsapp", "telegram", "tiktok", "youtube",
        "pinterest", "reddit", "rss", "mastodon", "bluesky",
    ])

    private static let readerWords = PhraseSet(["you", "your", "you're", "yours"])

    private static let reportingVerbs = PhraseSet([
        "said", "says", "told", "added", "according to", "stated", "announced", "reported", "argued",
        "explained", "noted", "warned", "insisted", "claimed", "testified",
    ])

    private static let labels = [
        "tags:", "topics:", "related:", "related articles", "related stories", "related coverage",
        "more from", "more on this", "advertisement", "filed under", "photo:", "image:", "credit:",
        "copyright", "©", "skip to", "share this", "recommended for you", "trending", "most read",
        "comments (", "comments:", "leave a comment", "posted in",
    ]
}

/// Lower-cased words of a text and where its sentences start.
struct WordTokens {
    /// The words, lower-cased, curly apostrophes made straight.
    private(set) var words: [String] = []
    /// The indices in `words` that open a sentence or a clause after `:` or `|`.
    private(set) var sentenceStarts: Set<Int> = [0]

    /// Splits `text` into words: letters, digits and inner apostrophes and hyphens. Words are
    /// built as UTF-8 bytes, and ASCII is classed without the Unicode property tables.
    init(_ text: String) {
        var current: [UInt8] = []
        var startPending = false
        func flush() {
            while let last = current.last, last == UInt8(ascii: "'") || last == UInt8(ascii: "-") { current.removeLast() }
            guard !current.isEmpty else { return }
            if startPending { sentenceStarts.insert(words.count) }
            words.append(String(decoding: current, as: UTF8.self))
            current.removeAll(keepingCapacity: true)
            startPending = false
        }
        func take(_ scalar: Unicode.Scalar) {
            if scalar.isLetterOrDigitQuickly {
                UTF8.encode(scalar) { current.append($0) }
            } else if (scalar == "'" || scalar == "’" || scalar == "-"), !current.isEmpty {
                current.append(scalar == "-" ? UInt8(ascii: "-") : UInt8(ascii: "'"))
            } else {
                flush()
                if ".!?:|•".unicodeScalars.contains(scalar) { startPending = true }
            }
        }
        // Lower-cased scalar by scalar, as `String.lowercased()` does, without building the string.
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                take((0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(UInt8(scalar.value + 0x20)) : scalar)
            } else {
                scalar.properties.lowercaseMapping.unicodeScalars.forEach(take)
            }
        }
        flush()
    }

    /// Whether a phrase of `set` occurs (at a sentence start when asked).
    func hasPhrase(from set: PhraseSet, atSentenceStart: Bool) -> Bool {
        words.indices.contains { index in
            (!atSentenceStart || sentenceStarts.contains(index)) && set.matches(words, at: index)
        }
    }

    /// How many phrases of `set` occur.
    func countPhrases(from set: PhraseSet) -> Int {
        words.indices.reduce(0) { $0 + (set.matches(words, at: $1) ? 1 : 0) }
    }
}

/// Phrases of one or more lower-case words, looked up by their first word.
struct PhraseSet: Sendable {
    private let byFirstWord: [String: [[String]]]

    /// Creates a set from phrases written with single spaces between words.
    init(_ phrases: [String]) {
        var table: [String: [[String]]] = [:]
        for phrase in phrases {
            let words = phrase.split(separator: " ").map(String.init)
            table[words[0], default: []].append(words)
        }
        byFirstWord = table
    }

    /// Whether one of the phrases starts at `index` of `words`.
    func matches(_ words: [String], at index: Int) -> Bool {
        guard let candidates = byFirstWord[words[index]] else { return false }
        return candidates.contains { phrase in
            index + phrase.count <= words.count && zip(phrase, words[index...]).allSatisfy { $0 == $1 }
        }
    }
}

/// Finds the kinds of contact details in a paragraph: URLs, e-mail addresses, phone numbers
/// and postal addresses.
enum ContactDetails {
    /// How many different kinds occur (0 to 4).
    static func kinds(in text: String, words: [String]) -> Int {
        var hasURL = false
        var hasEmail = false
        // A web address holds "://" or "www.", an e-mail address "@": most paragraphs hold
        // neither, and are not lower-cased and split to find out.
        if mayHoldAddress(text) {
            let chunks = text.lowercased().split(separator: " ")
            hasURL = chunks.contains { $0.hasPrefix("http://") || $0.hasPrefix("https://") || $0.hasPrefix("www.") }
            hasEmail = chunks.contains { chunk in
                guard let at = chunk.firstIndex(of: "@"), at != chunk.startIndex else { return false }
                return chunk[chunk.index(after: at)...].dropLast().contains(".")
            }
        }
        return [hasURL, hasEmail, hasPhoneNumber(text), hasPostalAddress(words)].filter { $0 }.count
    }

    /// Whether the bytes of `text` hold "@", "://" or "www." (in any case).
    private static func mayHoldAddress(_ text: String) -> Bool {
        var previous: (UInt8, UInt8, UInt8) = (0, 0, 0)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "@"): return true
            case UInt8(ascii: "/") where previous.1 == UInt8(ascii: ":") && previous.2 == UInt8(ascii: "/"): return true
            case UInt8(ascii: ".") where [previous.0, previous.1, previous.2].allSatisfy({ $0 | 0x20 == UInt8(ascii: "w") }): return true
            default: break
            }
            previous = (previous.1, previous.2, byte)
        }
        return false
    }

    /// A run of digits and phone punctuation holding at least nine digits and a separator.
    private static func hasPhoneNumber(_ text: String) -> Bool {
        var digits = 0
        var separators = 0
        for scalar in text.unicodeScalars {
            if ("0"..."9").contains(scalar) {
                digits += 1
            } else if " ()+-.".unicodeScalars.contains(scalar), digits > 0 || scalar == "(" || scalar == "+" {
                separators += 1
            } else {
                if digits >= 9, separators > 0 { return true }
                digits = 0
                separators = 0
            }
        }
        return digits >= 9 && separators > 0
    }

    /// A number followed within four words by a street word, or a post office box.
    private static func hasPostalAddress(_ words: [String]) -> Bool {
        for (index, word) in words.enumerated() {
            if word == "box", index > 0, ["po", "o"].contains(words[index - 1]) { return true }
            guard word.first?.isNumber == true, word.count <= 5 else { continue }
            if words[(index + 1)..<min(words.count, index + 5)].contains(where: streetWords.contains) { return true }
        }
        return false
    }

    private static let streetWords: Set<String> = [
        "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "boulevard", "blvd", "drive", "dr",
        "way", "place", "pl", "square", "sq", "suite", "floor", "quay", "parkway", "highway",
    ]
}
