import BylineTerminal

/// The colour of a highlight as the theme paints it: `byline annotate --color NAME` picks one of
/// the theme's note colours (`ui.annotation.yellow`, …); a `#rrggbb` colour picks the nearest
/// of them; no colour, or a name the theme does not know, is the plain `ui.annotation`.
public enum NoteColor: String, CaseIterable, Hashable, Sendable {
    case plain, yellow, green, blue, pink, purple, orange, red, grey

    /// The colour a highlight was given (a name, any case, or `#rrggbb`).
    public init(_ given: String?) {
        let name = (given ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        if name == "gray" {
            self = .grey
        } else if let named = NoteColor(rawValue: name) {
            self = named
        } else if name.hasPrefix("#"), case .rgb(let red, let green, let blue)? = Color(parsing: name) {
            self = Self.nearest(red: Int(red), green: Int(green), blue: Int(blue))
        } else {
            self = .plain
        }
    }

    /// The theme scope the highlight is painted with.
    public var scope: String { self == .plain ? "ui.annotation" : "ui.annotation.\(rawValue)" }

    /// What each name stands for, to match a `#rrggbb` colour against.
    private var reference: (Int, Int, Int) {
        switch self {
        case .plain, .yellow: return (255, 214, 0)
        case .green: return (60, 180, 75)
        case .blue: return (40, 110, 230)
        case .pink: return (240, 120, 180)
        case .purple: return (140, 70, 200)
        case .orange: return (245, 130, 30)
        case .red: return (220, 40, 40)
        case .grey: return (128, 128, 128)
        }
    }

    private static func nearest(red: Int, green: Int, blue: Int) -> NoteColor {
        allCases.dropFirst().min { distance($0.reference, (red, green, blue)) < distance($1.reference, (red, green, blue)) } ?? .plain
    }

    private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        (a.0 - b.0) * (a.0 - b.0) + (a.1 - b.1) * (a.1 - b.1) + (a.2 - b.2) * (a.2 - b.2)
    }
}
