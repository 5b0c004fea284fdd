import CaseworkCore
import FoundationEssentials

extension EffectRunner {
    /// Shares through the same `SharingService` as `casework share`, so the workbench refuses for the
    /// same reasons, writes the same file (0600) and leaves the same sharing and audit records.
    func share(_ request: ShareRequest) -> [Event] {
        var request = request
        request.destination = EffectRunner.expandHome(request.destination)
        do {
            let service = try SharingService(workspace: workspace, now: now())
            return [.shared(try service.share(request))]
        } catch let refusal as SharingRefusal {
            return [.shareRefused(refusal.reasons)]
        } catch {
            return [.failed("Not shared: \(error)")]
        }
    }

    /// Records a decision not to share, then reads the case back so the screen has its new revision.
    func decline(_ reference: CaseReference, recipient: String, why: String) -> [Event] {
        do {
            let service = try SharingService(workspace: workspace, now: now())
            let entry = try service.decline(reference, recipient: recipient, why: why)
            return [.declined(entry, try workspace.store.load(reference))]
        } catch {
            return [.failed("Not recorded: \(error)")]
        }
    }

    /// `~/x` is the practitioner's home folder, as a shell would read it.
    static func expandHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        return FileManager.default.homeDirectoryForCurrentUser.path + String(path.dropFirst())
    }
}
