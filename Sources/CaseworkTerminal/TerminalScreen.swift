#if canImport(Glibc)
import Glibc
#endif
import CNcursesw
import CaseworkUI

/// The ncurses session: set up, read keys, and always handed back to the shell in the state it was.
final class TerminalScreen {
    let window: UnsafeMutablePointer<WINDOW>
    let colours: Bool
    private var pending: [Input] = []
    private var closed = false
    /// Drops escape sequences the workbench does not know, so their bytes never act as keys.
    private var sequences = KeySequenceFilter()
    /// Inputs the filter completed, not yet handed out.
    private var filtered: [Input] = []

    enum Input {
        case key(Key)
        case text(String)
        case resize(Size)
        case pasteStart
        case pasteEnd
    }

    /// Everything up to the end-of-paste mark, as text: Enter and Tab become a newline and a space.
    private func readPaste() -> Input? {
        var text = ""
        var quiet = 0
        while text.count < 1_000_000, quiet < 20 {
            guard let next = readOne(timeout: 50) else { quiet += 1; continue }
            quiet = 0
            switch next {
            case .pasteEnd: return text.isEmpty ? nil : .text(text)
            case .key(.char(let character)): text.append(character)
            case .key(.enter): text.append("\n")
            case .key(.tab): text.append(" ")
            default: break
            }
        }
        return text.isEmpty ? nil : .text(text)
    }

    /// `colours: false` draws every role with attributes only (reverse, bold, underline), as NO_COLOR
    /// does: the accessible screen never carries information by colour alone.
    init(colours wanted: Bool = true) throws {
        setlocale(LC_ALL, "")
        guard let window = initscr() else { throw TerminalError.noTerminal }
        self.window = window
        raw()
        noecho()
        nonl()
        keypad(window, true)
        // Long enough that an arrow key's bytes split by a slow link are not taken for Esc, short enough
        // that Esc still feels immediate.
        set_escdelay(100)
        TerminalScreen.defineCommonKeys()
        wtimeout(window, 100)
        let noColor = getenv("NO_COLOR").map { String(cString: $0) } ?? ""
        colours = wanted && has_colors() && noColor.isEmpty
        if colours {
            start_color()
            use_default_colors()
        }
        // Bracketed paste: a pasted text arrives marked, so its newlines never act as Enter.
        TerminalScreen.send("\u{1B}[?2004h")
    }

    private static func send(_ sequence: String) {
        let bytes = Array(sequence.utf8)
        _ = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }

    static let wordLeftCode: Int32 = 0x300
    static let wordRightCode: Int32 = 0x301
    static let pasteStartCode: Int32 = 0x302
    static let pasteEndCode: Int32 = 0x303

    /// Home, End and Ctrl-arrows as the common terminals and multiplexers send them, whatever TERM says:
    /// inside tmux or screen with TERM=xterm the terminfo entry and the keys do not always agree.
    private static func defineCommonKeys() {
        let keys: [(String, Int32)] = [
            ("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[H", KEY_HOME), ("\u{1B}OH", KEY_HOME),
            ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END), ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END),
            ("\u{1B}[1;5D", wordLeftCode), ("\u{1B}[1;5C", wordRightCode), ("\u{1B}[1;3D", wordLeftCode),
            ("\u{1B}[1;3C", wordRightCode), ("\u{1B}b", wordLeftCode), ("\u{1B}f", wordRightCode),
            ("\u{1B}[Z", KEY_BTAB),
            ("\u{1B}[200~", pasteStartCode), ("\u{1B}[201~", pasteEndCode),
        ]
        for (sequence, code) in keys { define_key(sequence, code) }
    }

    var size: Size {
        var rows: Int32 = 0
        var columns: Int32 = 0
        nc_getmaxyx(window, &rows, &columns)
        return Size(columns: Int(columns), rows: Int(rows))
    }

    /// Restores the terminal; safe to call more than once.
    func close() {
        guard !closed else { return }
        closed = true
        TerminalScreen.send("\u{1B}[?2004l")
        curs_set(1)
        endwin()
    }

    deinit { close() }

    /// The next input, or nil after the timeout. Printable characters that arrive together (a paste, or a
    /// fast typist) come back as one text, so a long paste is inserted and drawn once.
    func read() -> Input? {
        if !pending.isEmpty { return pending.removeFirst() }
        guard let first = readOne(timeout: 100) else { return checkSize() }
        if case .pasteStart = first { return readPaste() }
        guard case .key(.char(let character)) = first else { return first }
        var text = String(character)
        while text.count < 65_536, let next = readOne(timeout: 0) {
            if case .key(.char(let more)) = next {
                text.append(more)
            } else {
                pending.append(next)
                break
            }
        }
        return text.count == 1 ? first : .text(text)
    }

    /// SIGWINCH may reach another thread (Dispatch has several), where ncurses never hears of it; asking
    /// the terminal its size on each timeout catches every resize all the same.
    private func checkSize() -> Input? {
        var box = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &box) == 0, box.ws_col > 0, box.ws_row > 0 else { return nil }
        let actual = Size(columns: Int(box.ws_col), rows: Int(box.ws_row))
        guard actual != size else { return nil }
        resizeterm(Int32(box.ws_row), Int32(box.ws_col))
        return .resize(size)
    }

    /// The next key or other input, through the sequence filter: it keeps reading (briefly) while a
    /// sequence is unfinished, so an unknown one is read to its end and dropped.
    private func readOne(timeout: Int32) -> Input? {
        while true {
            if !filtered.isEmpty { return filtered.removeFirst() }
            let waiting = sequences.waitMilliseconds
            wtimeout(window, waiting ?? timeout)
            var value: wint_t = 0
            let result = wget_wch(window, &value)
            if result == nc_err() {
                filtered += sequences.feed(.quiet).map(Input.key)
                if waiting == nil, filtered.isEmpty { return nil }
                continue
            }
            if result == nc_key_code_yes() {
                switch special(Int32(value)) {
                case .key(let key)?: filtered += sequences.feed(.key(key)).map(Input.key)
                case let other?:
                    filtered += sequences.feed(.other).map(Input.key)
                    filtered.append(other)
                case nil: break
                }
                continue
            }
            filtered += sequences.feed(.code(UInt32(value))).map(Input.key)
        }
    }

    private func special(_ code: Int32) -> Input? {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_DC: return .key(.delete)
        case KEY_IC: return .key(.insert)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_ENTER: return .key(.enter)
        case KEY_BTAB: return .key(.backTab)
        case nc_key_resize(): return .resize(size)
        case TerminalScreen.wordLeftCode: return .key(.wordLeft)
        case TerminalScreen.wordRightCode: return .key(.wordRight)
        case TerminalScreen.pasteStartCode: return .pasteStart
        case TerminalScreen.pasteEndCode: return .pasteEnd
        default:
            for number in 1...12 where code == nc_key_f(Int32(number)) { return .key(.function(number)) }
            if let name = keyname(code).map({ String(cString: $0) }) {
                if name.hasPrefix("kLFT") { return .key(.wordLeft) }
                if name.hasPrefix("kRIT") { return .key(.wordRight) }
                if name.hasPrefix("kHOM") { return .key(.home) }
                if name.hasPrefix("kEND") { return .key(.end) }
                if name.hasPrefix("kDC") { return .key(.delete) }
            }
            return nil
        }
    }
}

enum TerminalError: Error, CustomStringConvertible {
    case noTerminal

    var description: String { "The terminal could not be set up; check that TERM names a terminal this system knows." }
}
