/// The default theme, compiled in so that Byline always starts, even with no theme files.
/// Its text is `themes/dark.toml` verbatim (a test keeps the two identical).
public enum BuiltinTheme {
    /// The default theme's name.
    public static let name = "dark"

    /// The default theme, parsed.
    public static let theme: Theme = {
        var ignored: [ConfigIssue] = []
        let loader = ThemeLoader { $0 == name ? ("<built-in \($0)>", toml) : nil }
        return loader.theme(named: name, issues: &ignored) ?? Theme(name: name, styles: [:])
    }()

    /// The default theme's TOML.
    public static let toml = #"""
# Byline's default theme: light text on a dark terminal.
# A scope is a colour (its foreground) or a table { fg, bg, modifiers }. Unset scopes fall
# back to their parent: quote.speaker.3 -> quote.speaker -> quote.

"ui.text" = "text"
"ui.text.dim" = "muted"
"ui.title" = { fg = "bright", modifiers = ["bold"] }
"ui.meta" = "muted"
"ui.heading" = { fg = "bright", modifiers = ["bold"] }
"ui.blockquote" = { fg = "muted", modifiers = ["italic"] }
"ui.link" = { fg = "link", modifiers = ["underlined"] }
"ui.link.number" = "link"
"ui.selection" = { bg = "selection" }
"ui.cursorline" = { bg = "line", modifiers = ["bold"] }
"ui.status" = { fg = "bright", bg = "bar" }
"ui.status.message" = { fg = "green", bg = "bar" }
"ui.status.error" = { fg = "red", bg = "bar", modifiers = ["bold"] }
"ui.prompt" = { fg = "bright", bg = "bar" }
"ui.panel" = "text"
"ui.panel.title" = { fg = "bright", modifiers = ["bold", "underlined"] }
"ui.panel.focus" = { bg = "line", modifiers = ["bold"] }
"ui.border" = "muted"
"ui.help.key" = { fg = "yellow", modifiers = ["bold"] }
"ui.notice" = { fg = "yellow", modifiers = ["bold"] }
"ui.gutter" = "muted"
"ui.search.match" = { fg = "black", bg = "yellow" }
"ui.annotation" = { bg = "note" }
"ui.annotation.yellow" = { bg = "note" }
"ui.annotation.green" = { bg = "#1f3d26" }
"ui.annotation.blue" = { bg = "#1f2f4c" }
"ui.annotation.pink" = { bg = "#4a2338" }
"ui.annotation.purple" = { bg = "#35264c" }
"ui.annotation.orange" = { bg = "#4c311a" }
"ui.annotation.red" = { bg = "#4c1f22" }
"ui.annotation.grey" = { bg = "#3a3d44" }
"ui.code" = { fg = "bright", bg = "line" }
"ui.unread" = { fg = "link", modifiers = ["bold"] }
"ui.star" = "yellow"
"ui.focus" = { modifiers = ["reversed"] }

"quote" = "text"
"quote.unattributed" = { fg = "muted", modifiers = ["italic"] }
"quote.speaker.1" = "#7aa2f7"
"quote.speaker.2" = "#e0af68"
"quote.speaker.3" = "#9ece6a"
"quote.speaker.4" = "#f7768e"
"quote.speaker.5" = "#bb9af7"
"quote.speaker.6" = "#2ac3de"
"quote.speaker.7" = "#ff9e64"
"quote.speaker.8" = "#c0caf5"
"mention" = { modifiers = ["bold"] }
"badge" = "muted"
"badge.expert" = { fg = "green", modifiers = ["bold"] }
"badge.official" = { fg = "yellow", modifiers = ["bold"] }
"claim" = { modifiers = ["underlined"] }
"claim.vague" = { fg = "red", modifiers = ["underlined", "italic"] }
"gutter.claim" = "link"
"gutter.claim.vague" = { fg = "red", modifiers = ["bold"] }

[palette]
text = "#c8ccd4"
bright = "#eceff4"
muted = "#7f8796"
link = "#73b8f0"
bar = "#2e3440"
line = "#3b4252"
selection = "#44475a"
note = "#4c3f1f"
green = "#8fd18f"
yellow = "#e5c07b"
red = "#f07178"
black = "#1a1b26"

"""#
}
