import Foundation
import Testing

/// Through the real binary: a belief-only entry takes no severity, goes to the police only when added with
/// a reason, and `--leave-out`/`--add` pair with the `--because` typed after each.
@Suite struct BeliefConcernCommandTests {
    @Test func aBeliefTakesNoSeverityAndGoesOnlyWhenAddedWithAReason() throws {
        let box = try Sandbox()
        let ref = try box.run(["new", "--subject", "Wren Coldharbour", "--reason", "Fictional: a teacher's worry", "--age", "15"])
            .out.trimmingCharacters(in: .whitespacesAndNewlines)
        let graded = try box.run(["concern", "add", ref, "--nature", "belief", "--severity", "high", "--what", "Wears a hijab",
                                  "--heading", "intent"])
        #expect(graded.status != 0)
        #expect(graded.err.contains("A belief on its own is not a safeguarding concern and takes no severity"))
        #expect(try box.run(["concern", "add", ref, "--nature", "belief", "--what", "CANARY-BELIEF says a named teacher must pay",
                             "--heading", "intent"]).status == 0)
        #expect(try box.run(["concern", "add", ref, "--what", "Threatened a classmate", "--heading", "intent"]).status == 0)
        #expect(try box.run(["concern", "list", ref]).out.contains("#1 intent [no severity, belief]"))

        let review = try box.run(["share", ref, "--to", "police", "--review"])
        #expect(!review.out.contains("concern:1\t") && review.out.contains("concern:2\t"))
        let unexplained = try box.run(["share", ref, "--to", "police", "--review", "--add", "concern:1"])
        #expect(unexplained.status != 0)
        let added = try box.run(["share", ref, "--to", "police", "--review", "--add", "concern:1", "--because", "It names a target",
                                 "--leave-out", "concern:2", "--because", "The police reported it to us"])
        #expect(added.status == 0, "\(added.err)")
        #expect(added.out.contains("concern:1\t") && !added.out.contains("concern:2\t"))

        // On template 2.0.0 the intent heading holds special category items, so its concerns need the choice.
        let shared = try box.run(["share", ref, "--to", "police", "--why", "Prevent referral", "-o", "police.md",
                                  "--add", "concern:1", "--because", "It names a target",
                                  "--include-special-category", "--condition", "preventing-crime"])
        #expect(shared.status == 0, "\(shared.err)")
        #expect(try String(contentsOfFile: box.folder + "/police.md", encoding: .utf8).contains("CANARY-BELIEF"))
        #expect(try box.run(["show", ref]).out.contains("Added concern:1: It names a target"))
        #expect(try box.run(["stats"]).status == 0)
    }
}
