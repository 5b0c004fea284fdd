import CaseworkCore
import FoundationEssentials

/// Performs the effects update asks for, through CaseworkCore, and reports back as events.
///
/// The only place the workbench touches the store; it knows nothing of terminals, so it also serves
/// tests that drive the whole workbench without one.
public final class EffectRunner {
    public let workspace: Workspace
    public let host: String
    public let pid: Int32
    private let clock: () -> Timestamp
    /// The current time, for the sharing extension.
    func now() -> Timestamp { clock() }
    private var hold: CaseHold?

    public init(workspace: Workspace, host: String = CaseworkEnvironment.hostName(), pid: Int32,
                clock: @escaping () -> Timestamp = { Timestamp.now() }) {
        self.workspace = workspace
        self.host = host
        self.pid = pid
        self.clock = clock
    }

    public var sessionFile: SessionFile { SessionFile(store: workspace.store, user: workspace.user) }

    /// The state the workbench starts in: the case list, and an offer to resume when there is a place
    /// to go back to.
    /// With `fromIndex`, the list comes from the store's index without checking each file, so that the
    /// first screen of a large store is drawn at once; the caller then runs `.listCases` to check it.
    public func initialState(size: Size, fromIndex: Bool = false) throws -> AppState {
        let settings = try workspace.settings()
        let templates = try workspace.templates()
        var state = AppState(user: workspace.user, now: clock(), size: size, settings: settings, templates: templates.templates)
        state.utcOffset = LocalTimeOffset.seconds(at: state.now)
        let indexed = fromIndex ? workspace.store.listFromIndex() : []
        state.listings = indexed.isEmpty ? workspace.store.list() : indexed
        if let session = sessionFile.load() {
            if let reference = session.reference {
                if workspace.store.exists(reference) { state.resumeOffer = session }
            } else if session.form != nil {
                // A new case that was being filled in when the session ended.
                state.resumeOffer = session
            }
        }
        return state
    }

    public func run(_ effect: Effect) -> [Event] {
        let store = workspace.store
        switch effect {
        case .listCases:
            return [.listed(store.list())]
        case .createCase(let new):
            do {
                let template = try workspace.templates().defaultTemplate
                let record = try store.create(
                    subject: Subject(name: new.subjectName),
                    referral: Referral(reason: new.reason, receivedOn: new.receivedOn, referrer: new.referrer, referrerRole: new.referrerRole),
                    lead: workspace.user, template: template, by: workspace.user)
                return [.listed(store.list())] + run(.openCase(record.reference))
            } catch {
                return [.failed("The case could not be created: \(error)")]
            }
        case .openCase(let reference):
            do {
                var heldBy: CaseHold.Holder?
                var readOnly = false
                if hold?.reference != reference {
                    hold?.release()
                    hold = nil
                    let me = CaseHold.Holder(user: workspace.user, host: host, pid: pid, since: clock())
                    switch try CaseHold.acquire(store: store, reference: reference, holder: me) {
                    case .success(let taken): hold = taken
                    case .failure(let elsewhere):
                        readOnly = true
                        heldBy = elsewhere.holder ?? CaseHold.Holder(user: "another session", host: "?", pid: 0, since: clock())
                    }
                }
                let record = try store.load(reference, remember: true)
                let template = ChecklistScope.template(try workspace.templates().template(for: record), for: record)
                // Opening a case shows it: logged once per open (never per redraw); no trail, no showing.
                try store.recordView(reference, revision: record.revision, by: workspace.user)
                return [.opened(OpenCase(record: record, template: template, readOnly: readOnly, heldBy: heldBy))]
            } catch {
                hold?.release()
                hold = nil
                return [.failed("\(error)")]
            }
        case .refresh(let reference):
            do {
                var heldBy: CaseHold.Holder?
                if hold?.reference != reference {
                    let me = CaseHold.Holder(user: workspace.user, host: host, pid: pid, since: clock())
                    switch try CaseHold.acquire(store: store, reference: reference, holder: me) {
                    case .success(let taken): hold = taken
                    case .failure(let elsewhere):
                        heldBy = elsewhere.holder ?? CaseHold.Holder(user: "another session", host: "?", pid: 0, since: clock())
                    }
                }
                let record = try store.load(reference, remember: true)
                let template = ChecklistScope.template(try workspace.templates().template(for: record), for: record)
                return [.refreshed(OpenCase(record: record, template: template, readOnly: heldBy != nil, heldBy: heldBy))]
            } catch {
                return []
            }
        case .closeCase:
            hold?.release()
            hold = nil
            return []
        case .save(let record, let basedOn, let summary):
            do {
                return [.saved(try store.save(record, basedOn: basedOn, by: workspace.user, summary: summary))]
            } catch let error as CaseworkError {
                if case .conflict(_, _, _, let by) = error {
                    let current = try? store.load(record.reference, remember: true)
                    return [.conflict(by: by, current: current)]
                }
                return [.saveFailed("\(error)")]
            } catch {
                return [.saveFailed("\(error)")]
            }
        case .writeSession(let session):
            do {
                try sessionFile.write(session)
                return []
            } catch {
                return [.failed("Could not remember your place: \(error)")]
            }
        case .quit:
            hold?.release()
            hold = nil
            return []
        case .share(let request):
            return share(request)
        case .declineShare(let reference, let recipient, let why):
            return decline(reference, recipient: recipient, why: why)
        }
    }

    /// Runs an effect and every effect its results lead to, updating the state along the way.
    public func perform(_ effects: [Effect], on state: inout AppState) {
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            for event in run(effect) {
                queue += update(&state, event)
            }
        }
    }
}
