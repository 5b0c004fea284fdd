import CaseworkCore
import Foundation
import Testing

/// The small text and path helpers that stand in for the full Foundation's (which would link ICU into the
/// binary): each checked against what the Foundation call it replaced gave.
@Suite("Text and path helpers")
struct EssentialsTextTests {
    @Test func foldingIgnoresCaseAndAccentsLikeFoundation() {
        for name in ["Zoë Ångström", "ÉLODIE Nuñez", "Bjørn", "Łukasz Żółć", "François", "Ærin", "日本 名前"] {
            let foundation = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            if name.contains("ø") || name.contains("Ł") {
                // Wider than Foundation on purpose: stroke letters fold too (safer for redaction).
                #expect(TextFolding.fold(name) != name.lowercased())
            } else {
                #expect(TextFolding.fold(name) == foundation, "\(name)")
            }
        }
        // Narrower than Foundation outside Latin: other scripts are compared by case only (documented).
        #expect(TextFolding.fold("Ёлка") == "ёлка")
        // Decomposed input (e + combining acute) folds the same as precomposed.
        #expect(TextFolding.fold("Ele\u{301}onore") == TextFolding.fold("Eléonore"))
    }

    @Test func replacingMatchesFindsTheNameHoweverItIsWritten() {
        let text = "ZOE ANGSTROM met zoë ångström; Zoëy stayed. Zoe\u{308} Ångström too."
        let result = TextFolding.replacingMatches(of: "Zoë Ångström", in: text, with: "[x]")
        #expect(result == "[x] met [x]; Zoëy stayed. [x] too.")
        #expect(TextFolding.replacingMatches(of: "", in: text, with: "[x]") == text)
    }

    @Test func pathPartsMatchNSString() {
        for path in ["/a/b/c.json", "/a/b/", "c.json", "/c", "/", "a/b", "/a//b"] {
            #expect(PathText.folder(of: path) == (path as NSString).deletingLastPathComponent, "\(path)")
            #expect(PathText.lastComponent(of: path) == (path as NSString).lastPathComponent, "\(path)")
        }
        for path in ["/a/./b/../c", "/a//b/", "/../a", "/a/b/.."] {
            #expect(PathText.standardized(path) == (path as NSString).standardizingPath, "\(path)")
        }
        #expect(PathText.temporaryFolder(environment: ["TMPDIR": "/var/tmp/"]) == "/var/tmp")
        #expect(PathText.temporaryFolder(environment: [:]) == "/tmp")
    }

    @Test func trimmingAndHex() {
        #expect("  a b \n".trimmed == "a b")
        #expect(" \t a b \t".trimmedOfSpaces == "a b")
        #expect("\n a \n".trimmedOfSpaces == "\n a \n")
        #expect("   ".trimmed == "")
        #expect("..Dr.".trimmed { $0 == "." } == "Dr")
        #expect(HexText.lowercase([0x00, 0x0f, 0xa5, 0xff]) == "000fa5ff")
    }
}
