import CaseworkCore

extension Sandbox {
    /// The sandbox's store with one fictional case in it, made through the real store as the workbench
    /// will find it.
    func storeWithOneCase() throws -> (store: CaseStore, created: CaseRecord) {
        let store = try CaseStore(root: self.store)
        let template = try TemplateLibrary.load(storeTemplatesFolder: nil).defaultTemplate
        let created = try store.create(
            subject: Subject(name: "Test Person"), referral: Referral(reason: "Test", receivedOn: LocalDate(iso8601: "2026-11-01")!),
            lead: CaseworkEnvironment.currentUser(), template: template, by: CaseworkEnvironment.currentUser())
        return (store, created)
    }
}
