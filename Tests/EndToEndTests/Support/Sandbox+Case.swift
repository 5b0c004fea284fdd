import Testing
import CaseworkCore

extension Sandbox {
    /// The sandbox's store with one fictional case in it, made through the real store as the workbench
    /// will find it.
    func storeWithOneCase() throws -> (store: CaseStore, created: CaseRecord) {
        let store = try CaseStore(root: self.store)
        // On template 1.0.0, which existing cases keep; the workbench tests step through its 65 items.
        let template = try #require(TemplateLibrary.load(storeTemplatesFolder: nil).template(id: TemplateLibrary.defaultTemplateID, version: "1.0.0"))
        let created = try store.create(
            subject: Subject(name: "Test Person"), referral: Referral(reason: "Test", receivedOn: LocalDate(iso8601: "2026-11-01")!),
            lead: CaseworkEnvironment.currentUser(), template: template, by: CaseworkEnvironment.currentUser())
        return (store, created)
    }
}
