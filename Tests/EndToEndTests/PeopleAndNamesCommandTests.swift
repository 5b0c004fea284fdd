import Foundation
import Testing

/// Through the real binary: people added to a case are replaced by their role in what is shared, and
/// `--name-ok` names one for one share, with the reason in `show`.
@Suite struct PeopleAndNamesCommandTests {
    @Test func aProtectedNameIsReplacedUnlessConfirmedWithAReason() throws {
        let box = try Sandbox()
        let ref = try box.run(["new", "--subject", "Lark Tennyfield", "--reason", "Fictional: Ms Bea Quorn heard a threat", "--age", "15",
                               "--referrer", "Ms Bea Quorn"]).out.trimmingCharacters(in: .whitespacesAndNewlines)
        let added = try box.run(["people", ref, "--add", "Mr Silas Wendover", "--role", "a neighbour"])
        #expect(added.status == 0 && added.out.contains("#1 Mr Silas Wendover (replaced by \"a neighbour\")"))
        #expect(try box.run(["concern", "add", ref, "--what", "Told S. Wendover he would hurt a teacher", "--heading", "capability",
                             "--source", "Quorn"]).status == 0)
        let preview = try box.run(["summary", ref, "--for", "police"])
        #expect(preview.status == 0)
        #expect(!preview.out.contains("Quorn") && !preview.out.contains("Wendover"))
        #expect(preview.out.contains("Told a neighbour he would hurt a teacher") && preview.out.contains("Source: the referrer"))

        let stranger = try box.run(["share", ref, "--to", "police", "--why", "x", "-o", "p.md", "--name-ok", "Mr Nobody", "--because", "x"])
        #expect(stranger.status != 0 && stranger.err.contains("'Mr Nobody' is not one of the people this share would leave unnamed"))
        let shared = try box.run(["share", ref, "--to", "police", "--why", "Prevent referral", "-o", "p.md",
                                  "--name-ok", "Mr Silas Wendover", "--because", "The police must speak to the witness"])
        #expect(shared.status == 0, "\(shared.err)")
        let text = try String(contentsOfFile: box.folder + "/p.md", encoding: .utf8)
        #expect(text.contains("Wendover") && !text.contains("Quorn"))
        #expect(try box.run(["show", ref]).out.contains("Named Mr Silas Wendover: The police must speak to the witness"))
    }
}
