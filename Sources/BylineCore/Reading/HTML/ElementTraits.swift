import CLibXML2

/// What an element's attributes say about its role on the page, read in one pass over them.
struct ElementTraits: Sendable {
    /// The class and id verdict.
    var hint: ClassHint = .neutral
    /// Hidden by `hidden`, `aria-hidden="true"` or an inline `display:none`/`visibility:hidden`.
    var isHidden = false
    /// An ARIA role that marks furniture (navigation, banner, complementary, dialog, …).
    var hasChromeRole = false
    /// `role="main"` or `role="article"`.
    var hasMainRole = false
    /// `itemprop="articleBody"` (schema.org microdata).
    var isArticleBody = false
    /// Microdata for the article's metadata (`datePublished`, `author`, …): a byline or a
    /// date line, never body text.
    var isMetadata = false

    /// The traits of every node of `tree` (text nodes get the default).
    static func all(in tree: HTMLTree) -> [ElementTraits] {
        // Pages repeat the same class lists many times: classify each once. The cache is keyed
        // by a 64-bit FNV-1a hash, far cheaper than hashing byte arrays; a collision among a
        // page's few hundred class lists is vanishingly unlikely and would only cost one hint.
        var hints: [UInt64: ClassHint] = [:]
        var classAndID: [UInt8] = []
        var result = Array(repeating: ElementTraits(), count: tree.count)
        for index in 0..<tree.count where tree.tag(index) != .text {
            classAndID.removeAll(keepingCapacity: true)
            result[index] = ElementTraits(element: index, of: tree, classAndID: &classAndID)
            guard !classAndID.isEmpty else { continue }
            let key = classAndID.reduce(UInt64(0xCBF2_9CE4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 }
            if let known = hints[key] {
                result[index].hint = known
            } else {
                let hint = ClassHint(classAndID: classAndID)
                hints[key] = hint
                result[index].hint = hint
            }
        }
        return result
    }

    init() {}

    /// Reads the attributes of `element`, gathering its class and id bytes in `classAndID`.
    private init(element: Int, of tree: HTMLTree, classAndID: inout [UInt8]) {
        tree.forEachAttribute(of: element) { name, value in
            switch name {
            case .class, .id:
                if !classAndID.isEmpty { classAndID.append(0x20) }
                classAndID.append(contentsOf: value)
            case .hidden:
                isHidden = true
            case .ariaHidden:
                isHidden = isHidden || Self.equalsIgnoringCase(value, "true")
            case .style:
                isHidden = isHidden || Self.hidesElement(style: value)
            case .role:
                let role = String(decoding: value, as: UTF8.self).lowercased()
                hasChromeRole = Self.chromeRoles.contains(role)
                hasMainRole = role == "main" || role == "article"
            case .itemprop:
                let properties = String(decoding: value, as: UTF8.self).lowercased().split(separator: " ")
                isArticleBody = properties.contains("articlebody")
                isMetadata = properties.contains { Self.metadataProperties.contains(String($0)) }
            }
        }
    }

    private static let metadataProperties: Set<String> = [
        "datepublished", "datemodified", "datecreated", "author", "creator", "publisher",
    ]

    private static let chromeRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alertdialog",
        "search", "toolbar", "tablist", "tooltip",
    ]

    private static func hidesElement(style: UnsafeBufferPointer<UInt8>) -> Bool {
        let compact = style.filter { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
            .map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        return compact.contains(subsequence: Array("display:none".utf8)) || compact.contains(subsequence: Array("visibility:hidden".utf8))
    }

    private static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ expected: String) -> Bool {
        bytes.count == expected.utf8.count && zip(bytes, expected.utf8).allSatisfy { ((0x41...0x5A).contains($0) ? $0 | 0x20 : $0) == $1 }
    }
}

extension Array where Element == UInt8 {
    /// Whether `needle` occurs as a contiguous run.
    func contains(subsequence needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return needle.isEmpty }
        return (0...(count - needle.count)).contains { self[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
