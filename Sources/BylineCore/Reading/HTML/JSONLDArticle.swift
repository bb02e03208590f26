import Foundation

/// The article facts a page states in JSON-LD (`<script type="application/ld+json">`):
/// the first object typed as an article (`NewsArticle`, `Article`, `BlogPosting`, …),
/// found at the top, in arrays or in an `@graph`. A script without an article still gives
/// the publication date of the first object that states one (a `WebPage`, a `VideoObject`).
struct JSONLDArticle: Equatable {
    /// Whether the facts come from an object typed as an article.
    var describesArticle = true
    var headline: String?
    var authors: [String] = []
    var published: String?
    var publisher: String?
    var url: String?
    var language: String?

    /// How many JSON values are looked at at most, so that a huge script stays cheap.
    private static let valueBudget = 10_000

    /// The article described in one script's text, or `nil` when it describes none and dates
    /// nothing (or is not valid JSON).
    init?(script: String) {
        guard let root = try? JSONSerialization.jsonObject(with: Data(script.utf8), options: [.fragmentsAllowed]),
              let (article, isArticle) = Self.firstArticle(in: root) else { return nil }
        guard isArticle else {
            describesArticle = false
            published = Self.publicationDate(of: article)
            return
        }
        headline = Self.string(article["headline"]) ?? Self.string(article["name"])
        authors = Self.personNames(article["author"]) + Self.personNames(article["creator"])
        published = Self.publicationDate(of: article)
        publisher = Self.names(article["publisher"]).first
        url = Self.string(article["url"]) ?? Self.names(article["mainEntityOfPage"], key: "@id").first
        language = Self.string(article["inLanguage"]) ?? Self.names(article["inLanguage"], key: "alternateName").first
    }

    private static func publicationDate(of object: [String: Any]) -> String? {
        string(object["datePublished"]) ?? string(object["dateCreated"]) ?? string(object["uploadDate"])
    }

    /// The first article object, or else the first object that states a publication date.
    private static func firstArticle(in root: Any) -> (object: [String: Any], isArticle: Bool)? {
        var pending: [Any] = [root]
        var next = 0
        var dated: [String: Any]?
        while next < pending.count, next < valueBudget {
            let value = pending[next]
            next += 1
            if let array = value as? [Any] {
                pending.append(contentsOf: array)
            } else if let object = value as? [String: Any] {
                if isArticle(object["@type"]) { return (object, true) }
                if dated == nil, publicationDate(of: object) != nil { dated = object }
                if let graph = object["@graph"] { pending.append(graph) }
                if let entity = object["mainEntity"] { pending.append(entity) }
            }
        }
        return dated.map { ($0, false) }
    }

    private static func isArticle(_ type: Any?) -> Bool {
        let types = (type as? [Any])?.compactMap { $0 as? String } ?? (type as? String).map { [$0] } ?? []
        return types.contains { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" }
    }

    private static func string(_ value: Any?) -> String? {
        guard let text = (value as? String)?.trimmingASCIIWhitespace(), !text.isEmpty else { return nil }
        return text
    }

    /// The names of the people in an `author` value: strings, and objects that are not typed as
    /// organisations (a publisher put in the author field is no author).
    private static func personNames(_ value: Any?) -> [String] {
        if let array = value as? [Any] { return array.flatMap(personNames) }
        if let object = value as? [String: Any], isOrganization(object["@type"]) { return [] }
        return names(value)
    }

    private static func isOrganization(_ type: Any?) -> Bool {
        let types = (type as? [Any])?.compactMap { $0 as? String } ?? (type as? String).map { [$0] } ?? []
        return types.contains { $0.hasSuffix("Organization") || $0 == "Corporation" || $0 == "NGO" }
    }

    /// Names from a string, an object with `key`, or an array of either.
    private static func names(_ value: Any?, key: String = "name") -> [String] {
        if let text = string(value) { return [text] }
        if let object = value as? [String: Any] { return string(object[key]).map { [$0] } ?? [] }
        if let array = value as? [Any] { return array.flatMap { names($0, key: key) } }
        return []
    }
}
