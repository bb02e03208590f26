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

    /// The traits of every node of `tree` (text nodes get the default).
    static func all(in tree: HTMLTree) -> [ElementTraits] {
        var hints: [String: ClassHint] = [:]
        var result = Array(repeating: ElementTraits(), count: tree.count)
        for index in 0..<tree.count where tree.tag(index) != .text {
            result[index] = ElementTraits(element: index, of: tree, hints: &hints)
        }
        return result
    }

    init() {}

    private init(element: Int, of tree: HTMLTree, hints: inout [String: ClassHint]) {
        var classAndID = ""
        tree.forEachAttribute(of: element, named: Self.attributeNames) { name, value in
            switch name {
            case "class", "id":
                classAndID += classAndID.isEmpty ? value : " " + value
            case "hidden":
                isHidden = true
            case "aria-hidden":
                isHidden = isHidden || value.lowercased() == "true"
            case "style":
                isHidden = isHidden || Self.hidesElement(style: value)
            case "role":
                let role = value.lowercased()
                hasChromeRole = Self.chromeRoles.contains(role)
                hasMainRole = role == "main" || role == "article"
            case "itemprop":
                isArticleBody = value.lowercased().split(separator: " ").contains("articlebody")
            default:
                break
            }
        }
        if !classAndID.isEmpty {
            if let known = hints[classAndID] {
                hint = known
            } else {
                hint = ClassHint(classAndID: classAndID)
                hints[classAndID] = hint
            }
        }
    }

    private static let attributeNames: Set<String> = ["class", "id", "hidden", "aria-hidden", "style", "role", "itemprop"]

    private static let chromeRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alertdialog",
        "search", "toolbar", "tablist", "tooltip",
    ]

    private static func hidesElement(style: String) -> Bool {
        let compact = style.lowercased().filter { !$0.isWhitespace }
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }
}
