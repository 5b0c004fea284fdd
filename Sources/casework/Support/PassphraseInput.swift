#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CaseworkCore
import FoundationEssentials

/// Passphrases come from a no-echo prompt on the terminal or from `--passphrase-file FILE`, never from
/// an argument (arguments are visible to every user in `ps`).
enum PassphraseInput {
    /// Reads a passphrase file, dropping one trailing newline.
    static func read(file: String) throws -> Data {
        var info = stat()
        if stat(file, &info) == 0, info.st_mode & 0o077 != 0 {
            printError("Warning: \(file) can be read by other users; make it private with chmod 600.")
        }
        guard var data = FileManager.default.contents(atPath: file) else {
            throw CaseworkError.invalidArgument("Cannot read the passphrase file \(file); check the path and that it is yours.")
        }
        if data.last == 0x0A { data.removeLast() }
        if data.last == 0x0D { data.removeLast() }
        return data
    }

    /// Asks on /dev/tty with echo off; `confirm` asks twice and insists they match.
    static func prompt(_ question: String, confirm: Bool = false) throws -> Data {
        let first = try promptOnce(question)
        if confirm {
            let second = try promptOnce("Type it again: ")
            guard first == second else {
                throw CaseworkError.invalidArgument("The two passphrases differ; nothing was changed, so run the command again.")
            }
        }
        return first
    }

    private static func promptOnce(_ question: String) throws -> Data {
        let tty = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard tty >= 0 else {
            throw CaseworkError.invalidArgument("There is no terminal to ask for the passphrase on; use --passphrase-file FILE.")
        }
        defer { close(tty) }
        var saved = termios()
        let haveTermios = tcgetattr(tty, &saved) == 0
        if haveTermios {
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            quiet.c_lflag |= tcflag_t(ICANON)
            _ = tcsetattr(tty, TCSAFLUSH, &quiet)
        }
        defer {
            if haveTermios { _ = tcsetattr(tty, TCSAFLUSH, &saved) }
            _ = write(tty, "\n", 1)
        }
        _ = question.withCString { write(tty, $0, strlen($0)) }
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while bytes.count < 4096 {
            let got = Glibc.read(tty, &byte, 1)
            if got < 0 && errno == EINTR { continue }
            if got <= 0 || byte == 0x0A || byte == 0x0D { break }
            bytes.append(byte)
        }
        return Data(bytes)
    }

    /// No core files while a store key is in memory.
    static func disableCoreDumps() {
        var limit = rlimit(rlim_cur: 0, rlim_max: 0)
        _ = setrlimit(Int32(RLIMIT_CORE.rawValue), &limit)
    }
}
