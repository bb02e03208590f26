/// What an element's `class` and `id` say about it, by the naming conventions of web pages.
enum ClassHint: Sendable, Equatable {
    /// Nothing telling.
    case neutral
    /// Page furniture by a name that means nothing else: sharing, newsletters, related
    /// stories, comments, menus, cookie banners.
    case chrome
    /// A name furniture often has but prose may carry too: `ad` (also a modifier,
    /// `section--ads`, on a section that merely holds an ad slot), `widget` (page builders wrap
    /// every block in one), `tag-…` (a post's taxonomy, written on the post itself), `menu`
    /// (`tab-menu`, tabs whose panels hold the text), `meta`, `date`, `author`, `promo`.
    /// Believed only of an element whose text does not read as prose: menus and tag lists are
    /// links, date lines and ad slots are short.
    case possibleChrome
    /// The article's body by a widespread convention (`article-body`, `entry-content`).
    case articleBody

    /// Classifies an element from its `class` and `id` values. One token naming the body
    /// outweighs furniture tokens (`article-body js-share`), but a token that names both is
    /// furniture (`article-body__share`).
    init(classAndID: String) {
        self.init(classAndID: Array(classAndID.utf8))
    }

    /// Classifies an element from the UTF-8 bytes of its `class` and `id` values.
    init(classAndID: [UInt8]) {
        var verdict = ClassHint.neutral
        var token: [UInt8] = []
        token.reserveCapacity(32)
        for position in 0...classAndID.count {
            let byte = position < classAndID.count ? classAndID[position] : 0x20
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D {
                if !token.isEmpty {
                    let tokenHint = Self.hint(ofToken: token)
                    if tokenHint == .articleBody {
                        self = .articleBody
                        return
                    }
                    if tokenHint == .chrome || verdict == .neutral { verdict = tokenHint }
                    token.removeAll(keepingCapacity: true)
                }
            } else {
                token.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
            }
        }
        self = verdict
    }

    /// What one lower-cased token says.
    private static func hint(ofToken token: [UInt8]) -> ClassHint {
        if captionMarkers.occurs(in: token) { return .chrome }
        // An embedded post (a tweet, a video) quotes someone: content, not furniture.
        if embedMarkers.occurs(in: token) { return .neutral }
        if chromeFragments.occurs(in: token) || containsPart(of: chromeParts, in: token) { return .chrome }
        if possibleChromeFragments.occurs(in: token) || containsPart(of: possibleChromeParts, in: token) {
            return .possibleChrome
        }
        return bodyMarkers.occurs(in: token) ? .articleBody : .neutral
    }

    /// Class and id fragments that name the article body on many sites and templates
    /// (WordPress's `entry-content`, schema-minded `article-body`, `story-body`).
    private static let bodyMarkers = FragmentSet([
        "articlebody", "article-body", "article__body", "article_body", "story-body", "storybody",
        "story__body", "entry-content", "post-content", "postcontent", "post-body", "postbody",
        "article-content", "articlecontent", "article__content", "story-content", "storycontent",
        "article-text", "articletext", "story-text", "storytext", "body-text", "article-copy",
    ])

    /// Fragments that mark picture captions and credits, even of embedded media.
    private static let captionMarkers = FragmentSet(["caption", "credit"])

    /// Fragments that mark an embedded post, whatever else the token says (`social-embed`).
    private static let embedMarkers = FragmentSet(["embed", "tweet"])

    /// Fragments that mark furniture wherever they appear inside a token.
    private static let chromeFragments = FragmentSet([
        "share", "sharing", "social", "newsletter", "related", "recommend", "comments", "comment-",
        "comment_", "commentlist", "sidebar", "breadcrumb", "advert", "subscri", "signup", "outbrain",
        "taboola", "cookie", "consent", "popup", "modal", "footer", "masthead", "disclaimer", "screen-reader", "visually-hidden", "visuallyhidden",
        "sr-only", "read-more", "readmore", "more-stories", "author-bio", "tag-list", "taglist",
        // The same furniture named in German, French, Spanish, Italian, Dutch and Polish
        // (comments, sharing, related reading, subscription, advertising, footers).
        "kommentar", "commentaire", "comentario", "commenti", "komentarz", "reactie",
        "teilen", "partage", "compartir", "condivid", "udostepni", "delen-",
        "verwandt", "aehnlich", "weiterlesen", "mehr-zum", "connexe", "a-lire", "relacionad", "correlat",
        "powiazan", "gerelateerd",
        "abonnier", "abonnement", "suscrib", "suscripc", "iscrizion", "prenumer", "inschrijv",
        "publicit", "publicid", "pubblicit", "advertentie",
        "fusszeile", "pied-de-page", "piepagina", "stopka", "seitenleiste", "barra-lateral",
        "datenschutz",
    ])

    /// Whole parts of a token (split at `-` and `_`) that mark furniture.
    private static let chromeParts: [[UInt8]] = ["dfp", "adslot", "comment", "skip"].map { Array($0.utf8) }

    /// Fragments that furniture often carries and prose sometimes does.
    private static let possibleChromeFragments = FragmentSet([
        "sponsor", "promo", "popular", "trending", "byline", "dateline", "navbar", "navigation", "toolbar",
        "pagination",
    ])

    /// Whole parts of a token that furniture often carries and prose sometimes does.
    private static let possibleChromeParts: [[UInt8]] = [
        "ad", "ads", "adv", "nav", "menu", "widget", "tags", "tag", "print", "author", "authors", "date", "time",
        "timestamp", "published", "pubdate", "meta", "recirc", "banner", "rail", "links", "topics",
        "werbung", "anzeige", "reklame", "reklama",
    ].map { Array($0.utf8) }

    /// Whether one of `parts` is a whole part of `token` between `-` and `_` separators.
    private static func containsPart(of parts: [[UInt8]], in token: [UInt8]) -> Bool {
        var partStart = 0
        for index in 0...token.count where index == token.count || token[index] == UInt8(ascii: "-") || token[index] == UInt8(ascii: "_") {
            let part = token[partStart..<index]
            if parts.contains(where: { $0.elementsEqual(part) }) { return true }
            partStart = index + 1
        }
        return false
    }
}

/// A set of short ASCII fragments searched for inside byte strings: the fragments share one
/// byte pool and are grouped by first byte, so that a search touches no reference counts.
struct FragmentSet: Sendable {
    private var pool: [UInt8] = []
    /// (offset, length) of each fragment in `pool`, sorted by first byte.
    private var entries: [(offset: Int, length: Int)] = []
    /// For each byte value, the range of `entries` whose fragments start with it.
    private var byFirstByte: [Range<Int>] = Array(repeating: 0..<0, count: 256)

    /// Creates the set.
    init(_ fragments: [String]) {
        let sorted = fragments.map { Array($0.utf8) }.filter { !$0.isEmpty }.sorted { $0[0] < $1[0] }
        for fragment in sorted {
            let first = Int(fragment[0])
            if byFirstByte[first].isEmpty { byFirstByte[first] = entries.count..<entries.count }
            entries.append((pool.count, fragment.count))
            pool.append(contentsOf: fragment)
            byFirstByte[first] = byFirstByte[first].lowerBound..<entries.count
        }
    }

    /// Whether any fragment occurs in `bytes`.
    func occurs(in bytes: [UInt8]) -> Bool {
        pool.withUnsafeBufferPointer { pool in
            entries.withUnsafeBufferPointer { entries in
                byFirstByte.withUnsafeBufferPointer { byFirstByte in
                    bytes.withUnsafeBufferPointer { bytes in
                        for start in 0..<bytes.count {
                            for entry in entries[byFirstByte[Int(bytes[start])]] where start + entry.length <= bytes.count {
                                var matched = 1
                                while matched < entry.length, pool[entry.offset + matched] == bytes[start + matched] { matched += 1 }
                                if matched == entry.length { return true }
                            }
                        }
                        return false
                    }
                }
            }
        }
    }
}
