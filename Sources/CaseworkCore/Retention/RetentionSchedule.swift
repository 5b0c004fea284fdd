/// Works out when each case falls due for deletion under the authority's retention rules, and deletes
/// a due case only when no legal hold stops it, leaving an audit entry.
public enum RetentionSchedule {
    /// The case's own rule; else the settings' rule for adults when the person was 18 or over on the day
    /// of the referral; else the settings' default.
    public static func rule(for record: CaseRecord, settings: AuthoritySettings) -> RetentionRule? {
        guard let retention = settings.retention else { return nil }
        let id = record.retentionRule ?? (wasAdultWhenReferred(record) ? retention.adultDefault : nil) ?? retention.default
        return retention.rules.first { $0.id == id }
    }

    /// 18 or over on the day the referral was received, by date of birth or the approximate age given.
    static func wasAdultWhenReferred(_ record: CaseRecord) -> Bool {
        guard let age = record.subject.age(on: record.referral.receivedOn) else { return false }
        return age >= 18
    }

    public static func status(of record: CaseRecord, settings: AuthoritySettings) -> RetentionStatus {
        var status = RetentionStatus(reference: record.reference, hold: record.legalHold)
        guard let rule = rule(for: record, settings: settings) else {
            status.note = record.retentionRule.map { "rule '\($0)' is not in the settings" } ?? "the settings have no retention rules"
            return status
        }
        status.ruleID = rule.id
        status.ruleName = rule.name
        switch rule.from {
        case .dateOfBirth:
            if let born = record.subject.dateOfBirth {
                status.dueOn = born.adding(months: rule.years * 12)
            } else if let age = record.subject.approximateAge {
                // Latest birthday consistent with the age given when the case opened: never early.
                let latestBirth = record.createdAt.day.adding(months: -age * 12)
                status.dueOn = latestBirth.adding(months: rule.years * 12)
                status.note = "from the approximate age \(age) when the case opened"
            } else {
                status.note = "no date of birth or age recorded"
            }
        case .closure:
            if let closed = record.closedOn ?? (record.status == .closed ? record.updatedAt.day : nil) {
                status.dueOn = closed.adding(months: rule.years * 12)
            } else {
                status.note = "kept until \(rule.years) years after the case is closed"
            }
        }
        return status
    }

    /// Every case in the store, unreadable ones included with their problem.
    public static func statuses(store: CaseStore, settings: AuthoritySettings) -> [RetentionStatus] {
        store.references().map { reference in
            do {
                return status(of: try store.load(reference), settings: settings)
            } catch {
                return RetentionStatus(reference: reference, note: "cannot be read: \(error)")
            }
        }
    }

    /// Deletes a case whose retention period is over and which is not on hold; the store removes the file
    /// and, in an encrypted store, its key, after appending the audit entry.
    public static func delete(
        _ reference: CaseReference, store: CaseStore, settings: AuthoritySettings, today: LocalDate, by actor: String
    ) throws {
        try store.delete(reference, by: actor, detail: "retention") { record in
            let status = status(of: record, settings: settings)
            if let hold = record.legalHold { throw ProtectionError.onHold(reference: reference, reason: hold.reason) }
            guard status.isDue(on: today) else { throw ProtectionError.notDue(reference: reference, dueOn: status.dueOn) }
            return "retention rule \(status.ruleID ?? "?") due on \(status.dueOn.map(\.iso8601) ?? "?")"
        }
    }

    /// Places a legal hold (a change to the case, so it is in the history and the audit trail).
    @discardableResult
    public static func placeHold(_ reference: CaseReference, reason: String, store: CaseStore, today: LocalDate, by actor: String) throws -> CaseRecord {
        try store.update(reference, by: actor, summary: "Legal hold placed: \(reason)") {
            $0.legalHold = LegalHold(reason: reason, placedBy: actor, placedOn: today)
        }
    }

    /// Ends a hold; the reason is required and kept in the case history ("Legal hold released: ..."),
    /// as the placing reason is, so a deletion that follows can be accounted for.
    @discardableResult
    public static func releaseHold(_ reference: CaseReference, reason: String, store: CaseStore, by actor: String) throws -> CaseRecord {
        try ValueChecks.printableText(reason, field: "The reason for releasing the hold")
        return try store.update(reference, by: actor, summary: "Legal hold released: \(reason)") { $0.legalHold = nil }
    }
}
