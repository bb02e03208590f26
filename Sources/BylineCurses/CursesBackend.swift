import BylineTerminal
import CNcursesw
import Glibc

/// The real terminal, through ncursesw. The only code in Byline that speaks curses.
///
/// It checks the terminal before curses can exit the process, draws only the cells it is
/// given (the caller diffs frames), and reports keys, resizes and the mouse as `InputEvent`s.
public final class CursesBackend: TerminalBackend {
    /// Why the terminal could not be used.
    public enum StartError: Error, CustomStringConvertible {
        case notATerminal
        case termUnset
        case unknownTerminal(String)
        case noTerminfoDatabase
        case initializationFailed(String)

        public var description: String {
            switch self {
            case .notATerminal: return "the reader needs a terminal: standard input and output must be a terminal"
            case .termUnset: return "TERM is not set, so the terminal type is unknown; set it (for example TERM=xterm-256color)"
            case .unknownTerminal(let name): return "the terminal type \"\(name)\" is unknown (no terminfo entry); try TERM=xterm-256color"
            case .noTerminfoDatabase: return "no terminfo database was found; install ncurses-base (or ncurses-term)"
            case .initializationFailed(let name): return "curses could not start on terminal \"\(name)\""
            }
        }
    }

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    /// The colours the terminal can show, after `NO_COLOR`.
    public let colorCapability: ColorCapability
    private var pairs: [PairKey: Int16] = [:]
    private var isClosed = false

    private struct PairKey: Hashable {
        var foreground: Int32
        var background: Int32
    }

    /// Starts curses on the controlling terminal. Sets the locale first (UTF-8 is needed for
    /// wide characters) and refuses a missing or unknown `TERM` with an error instead of the
    /// exit `initscr` would perform.
    public static func start(environment: [String: String]) throws -> CursesBackend {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw StartError.notATerminal }
        guard let term = environment["TERM"], !term.isEmpty else { throw StartError.termUnset }
        setlocale(LC_ALL, "")
        if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset).uppercased().replacingOccurrences(of: "-", with: "") != "UTF8" {
            setlocale(LC_ALL, "C.UTF-8")
        }
        var error: Int32 = 1
        if byline_terminal_usable(&error) == 0 {
            throw error == -1 ? StartError.noTerminfoDatabase : StartError.unknownTerminal(term)
        }
        guard let screen = byline_newterm() else { throw StartError.initializationFailed(term) }
        return CursesBackend(screen: screen, environment: environment)
    }

    private init(screen: OpaquePointer, environment: [String: String]) {
        self.screen = screen
        set_term(screen)
        window = byline_stdscr()!
        raw()
        noecho()
        nonl()
        keypad(window, true)
        curs_set(0)
        set_escdelay(25)
        let reported: Int32
        if has_colors() {
            start_color()
            use_default_colors()
            reported = byline_colors()
        } else {
            reported = 0
        }
        colorCapability = ColorCapability.detect(environment: environment, reportedColors: Int(reported))
        mousemask(byline_mouse_mask(), nil)
        mouseinterval(0)
    }

    /// Gives the terminal back to the shell. Safe to call twice.
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        endwin()
        delscreen(screen)
    }

    deinit { close() }

    public var size: Size { Size(width: Int(getmaxx(window)), height: Int(getmaxy(window))) }

    public func draw(_ changes: [CellChange]) {
        var cell = cchar_t()
        for change in changes {
            var characters: [wchar_t] = change.cell.symbol.unicodeScalars.prefix(4).map { wchar_t(bitPattern: $0.value) }
            if characters.isEmpty { characters = [wchar_t(32)] }
            characters.append(0)
            let pair = colorPair(for: change.cell.style)
            setcchar(&cell, characters, attributes(of: change.cell.style), pair, nil)
            mvwadd_wch(window, Int32(change.y), Int32(change.x), &cell)
        }
    }

    public func flush() { wrefresh(window) }

    public func clear() {
        werase(window)
        clearok(window, true)
    }

    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
        wtimeout(window, Int32(max(-1, min(timeoutMilliseconds, Int(Int32.max)))))
        var value: wint_t = 0
        let status = wget_wch(window, &value)
        if status == byline_err() { return nil }
        if status == byline_key_code_yes() { return functionKey(Int32(value)) }
        let code = UInt32(value)
        if code == 27 {
            // ESC alone, or Alt with the next key.
            wtimeout(window, 0)
            var next: wint_t = 0
            if wget_wch(window, &next) == OK, let key = Self.character(UInt32(next)) {
                var alt = key
                alt.alt = true
                return .key(alt)
            }
            return .key(KeyPress(.escape))
        }
        return Self.character(code).map(InputEvent.key)
    }

    public func suspend() {
        def_prog_mode()
        endwin()
    }

    public func resume() {
        reset_prog_mode()
        clearok(window, true)
        wrefresh(window)
    }

    /// The key a character code means: control characters become Control with a letter.
    static func character(_ code: UInt32) -> KeyPress? {
        switch code {
        case 9: return KeyPress(.tab)
        case 10, 13: return KeyPress(.enter)
        case 27: return KeyPress(.escape)
        case 8, 127: return KeyPress(.backspace)
        case 0: return KeyPress(.character(" "), control: true)
        case 1...26: return .control(Character(Unicode.Scalar(code + 96)!))
        case 28...31: return nil
        default: return Unicode.Scalar(code).map { KeyPress(.character(Character($0))) }
        }
    }

    private func functionKey(_ code: Int32) -> InputEvent? {
        switch code {
        case KEY_RESIZE: return .resize(size)
        case KEY_MOUSE: return mouseEvent()
        case KEY_UP: return .key(KeyPress(.up))
        case KEY_DOWN: return .key(KeyPress(.down))
        case KEY_LEFT: return .key(KeyPress(.left))
        case KEY_RIGHT: return .key(KeyPress(.right))
        case KEY_HOME: return .key(KeyPress(.home))
        case KEY_END: return .key(KeyPress(.end))
        case KEY_NPAGE: return .key(KeyPress(.pageDown))
        case KEY_PPAGE: return .key(KeyPress(.pageUp))
        case KEY_BACKSPACE: return .key(KeyPress(.backspace))
        case KEY_DC: return .key(KeyPress(.delete))
        case KEY_IC: return .key(KeyPress(.insert))
        case KEY_ENTER: return .key(KeyPress(.enter))
        case KEY_BTAB: return .key(KeyPress(.backTab))
        case (KEY_F0 + 1)...(KEY_F0 + 12): return .key(KeyPress(.function(Int(code - KEY_F0))))
        default: return nil
        }
    }

    private func mouseEvent() -> InputEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let state = event.bstate
        let action: MouseEvent.Action
        if byline_is_wheel_up(state) != 0 {
            action = .wheelUp
        } else if byline_is_wheel_down(state) != 0 {
            action = .wheelDown
        } else if byline_is_press(state) != 0 {
            action = .press
        } else {
            return nil
        }
        return .mouse(MouseEvent(action, x: Int(event.x), y: Int(event.y)))
    }

    private func attributes(of style: Style) -> attr_t {
        var result = byline_a_normal()
        if style.modifiers.contains(.bold) { result |= byline_a_bold() }
        if style.modifiers.contains(.dim) { result |= byline_a_dim() }
        if style.modifiers.contains(.italic) { result |= byline_a_italic() }
        if style.modifiers.contains(.underline) { result |= byline_a_underline() }
        if style.modifiers.contains(.reverse) { result |= byline_a_reverse() }
        return result
    }

    /// The colour pair for a style's colours, made on first use; pair 0 (the terminal's
    /// defaults) when colours are off or the terminal has no pairs left.
    private func colorPair(for style: Style) -> Int16 {
        guard colorCapability != .none else { return 0 }
        let key = PairKey(foreground: colorNumber(style.foreground), background: colorNumber(style.background))
        if key.foreground == -1, key.background == -1 { return 0 }
        if let pair = pairs[key] { return pair }
        let next = pairs.count + 1
        guard next < min(Int(byline_color_pairs()), Int(Int16.max)) else { return 0 }
        guard init_extended_pair(Int32(next), key.foreground, key.background) == OK else { return 0 }
        pairs[key] = Int16(next)
        return Int16(next)
    }

    private func colorNumber(_ color: Color?) -> Int32 {
        switch color.map(colorCapability.downgrade) ?? .default {
        case .default: return -1
        case .named(let named): return Int32(named.rawValue)
        case .indexed(let index): return Int32(index)
        case .rgb(let red, let green, let blue): return Int32(red) << 16 | Int32(green) << 8 | Int32(blue)
        }
    }
}
