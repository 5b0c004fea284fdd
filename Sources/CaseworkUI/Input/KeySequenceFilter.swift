/// Turns what the terminal library reads into keys, so that bytes which are not a key never act as one.
///
/// ncurses decodes the sequences it knows (arrows, F-keys, Home/End, the paste marks); any other escape
/// sequence reaches the program as ESC followed by its bytes, which used to act as Esc and then as
/// commands. Here such a sequence (CSI `ESC [` ... final byte, SS3 `ESC O` x, OSC `ESC ]` ... BEL or ST,
/// DCS/SOS/PM/APC ... ST, `ESC` + intermediates + final, `ESC` + any other character) is read to its end
/// and dropped. Esc alone (nothing after it within the wait) is still Esc, and so is an Esc followed by
/// another (a double tap). A function key run together
/// with typed characters, with no pause either side, came from text (a paste the terminal did not
/// bracket, or bytes sent as keystrokes) and is dropped too; on its own it is a key. Control bytes that
/// are not keys (NUL, FS..US, C1) are dropped. Pure, so it is tested without a terminal.
public struct KeySequenceFilter: Sendable {
    /// One read from the terminal library.
    public enum Input: Hashable, Sendable {
        /// A character code as read (a printable character or a control byte such as ESC).
        case code(UInt32)
        /// A key the library decoded from a sequence it knows.
        case key(Key)
        /// Something that is not a key (a resize, a paste mark): ends any sequence in progress.
        case other
        /// Nothing arrived within the wait.
        case quiet
    }

    enum State: Hashable, Sendable {
        case ground
        /// ESC read; what follows decides.
        case escape
        /// Inside `ESC [` (or 8-bit CSI): parameters and intermediates until a final byte.
        case controlSequence
        /// `ESC O` (or 8-bit SS3): one more character.
        case singleShift
        /// `ESC` and intermediate bytes (0x20-0x2F) until a final byte.
        case intermediate
        /// OSC, DCS, SOS, PM or APC: everything until BEL or ST.
        case string
        /// ESC inside a string: `\` ends it, anything else starts a new sequence.
        case stringEscape
    }

    var state: State = .ground
    /// A character code came just before, with no pause: a function key now came from text.
    var afterText = false
    /// A function key read, waiting to see whether text follows at once.
    var heldKey: Key?

    public init() {}

    /// How long to wait for the next read before feeding `.quiet`, in milliseconds, while a sequence or
    /// a held key is unfinished; nil when the caller may wait as long as it likes.
    public var waitMilliseconds: Int32? {
        if heldKey != nil || state == .escape { return 0 }  // ncurses has already waited its escape delay
        return state == .ground ? nil : 50
    }

    /// Feeds one read; returns the keys it completes (usually none or one).
    public mutating func feed(_ input: Input) -> [Key] {
        switch state {
        case .ground:
            return ground(input)
        case .escape:
            switch input {
            case .quiet:
                state = .ground
                afterText = false
                return [.escape]
            case .code(let code):
                switch code {
                case 0x5B: state = .controlSequence                         // [
                case 0x4F: state = .singleShift                             // O
                case 0x5D, 0x50, 0x58, 0x5E, 0x5F: state = .string          // ] P X ^ _
                case 0x1B: return [.escape]                                 // Esc twice: the first is Esc
                case 0x20...0x2F: state = .intermediate
                default: state = .ground                                    // ESC + one character: not a key here
                }
                return []
            case .key, .other:
                // An Alt- chord with a decoded key: the key stands, the ESC goes.
                state = .ground
                return ground(input)
            }
        case .controlSequence, .intermediate:
            switch input {
            case .quiet:
                state = .ground
                afterText = false
                return []
            case .code(let code) where (0x20...0x3F).contains(code):
                if state == .intermediate, code >= 0x30 { state = .ground }
                return []
            case .code(let code) where (0x40...0x7E).contains(code):
                state = .ground
                return []
            default:
                // Cut short by something else: the sequence is dropped and the input taken as it is.
                state = .ground
                return ground(input)
            }
        case .singleShift:
            switch input {
            case .quiet:
                state = .ground
                afterText = false
                return []
            case .code(let code) where (0x20...0x7E).contains(code):
                state = .ground
                return []
            default:
                state = .ground
                return ground(input)
            }
        case .string:
            switch input {
            case .code(0x07), .code(0x9C): state = .ground
            case .code(0x1B): state = .stringEscape
            case .quiet, .other: state = .ground
            default: break
            }
            return []
        case .stringEscape:
            switch input {
            case .code(0x5C): state = .ground
            case .code(0x1B): break
            case .code:
                state = .escape
                return feed(input)
            case .quiet, .other: state = .ground
            case .key: state = .string
            }
            return []
        }
    }

    private mutating func ground(_ input: Input) -> [Key] {
        switch input {
        case .quiet:
            afterText = false
            return releaseHeld()
        case .other:
            afterText = false
            return releaseHeld()
        case .key(let key):
            if case .function = key {
                let released = releaseHeld()
                if afterText { return released }          // run together with text: not a key press
                heldKey = key
                return released
            }
            afterText = false
            return releaseHeld() + [key]
        case .code(let code):
            // A function key with text right after it came from the text too.
            heldKey = nil
            switch code {
            case 0x1B:
                state = .escape
                afterText = true
                return []
            case 0x9B: state = .controlSequence; afterText = true; return []
            case 0x8F: state = .singleShift; afterText = true; return []
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F: state = .string; afterText = true; return []
            default:
                afterText = true
                return KeySequenceFilter.key(code: code).map { [$0] } ?? []
            }
        }
    }

    private mutating func releaseHeld() -> [Key] {
        defer { heldKey = nil }
        return heldKey.map { [$0] } ?? []
    }

    /// The key a character code stands for: Enter, Tab, Backspace, Ctrl-letter, or a character; nil for
    /// control bytes that are no key (NUL, FS..US, C1 controls).
    public static func key(code: UInt32) -> Key? {
        switch code {
        case 13, 10: return .enter
        case 27: return .escape
        case 9: return .tab
        case 127, 8: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(code + 96)!))
        case 0, 28...31, 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .char(Character(scalar))
        }
    }
}
