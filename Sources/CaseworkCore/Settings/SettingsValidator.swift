import FoundationEssentials

/// Loads an authority's settings and checks the rules the decoder cannot: ids present and unique,
/// every route with steps, the full internal profile present, suppression at least 1.
public enum SettingsValidator {
    public static func load(data: Data, file: String) throws -> AuthoritySettings {
        let settings: AuthoritySettings
        do {
            settings = try CaseCodec.decode(AuthoritySettings.self, from: data, file: file)
        } catch CaseworkError.unreadable(_, let detail) {
            throw CaseworkError.invalidSettings(file: file, field: "settings", reason: detail)
        }
        try validate(settings, file: file)
        return settings
    }

    public static func validate(_ settings: AuthoritySettings, file: String) throws {
        func fail(_ field: String, _ reason: String) -> CaseworkError {
            .invalidSettings(file: file, field: field, reason: reason)
        }
        guard settings.format == AuthoritySettings.formatName else {
            throw fail("format", "is '\(settings.format)', expected '\(AuthoritySettings.formatName)'")
        }
        guard settings.formatVersion == AuthoritySettings.currentFormatVersion else {
            throw fail("formatVersion", "is \(settings.formatVersion); this version of Casework reads format 1")
        }
        guard !settings.authority.name.isBlank else { throw fail("authority.name", "is empty") }
        try checkIDs(settings.thresholds.map(\.id), field: "thresholds", fail)
        try checkIDs(settings.routes.map(\.id), field: "routes", fail)
        try checkIDs(settings.agencies.map(\.id), field: "agencies", fail)
        try checkIDs(settings.recipients.map(\.id), field: "recipients", fail)
        for (index, level) in settings.thresholds.enumerated() where level.name.isBlank || level.description.isBlank {
            throw fail("thresholds[\(index)]", "needs a name and a description")
        }
        for (index, level) in settings.thresholds.enumerated() where Audience.parse(level.audience) == nil {
            throw fail("thresholds[\(index)].audience", "threshold '\(level.id)' is for '\(level.audience ?? "")', which is not an audience; use one of \(Audience.choices)")
        }
        for (index, route) in settings.routes.enumerated() {
            if route.name.isBlank { throw fail("routes[\(index)].name", "is empty") }
            if route.steps.isEmpty { throw fail("routes[\(index)].steps", "route '\(route.id)' has no steps to show") }
        }
        for (index, profile) in settings.recipients.enumerated() {
            if profile.name.isBlank { throw fail("recipients[\(index)].name", "is empty") }
            if profile.receives.isEmpty { throw fail("recipients[\(index)].receives", "names no sections") }
        }
        if let languages = settings.languages {
            guard !languages.offered.isEmpty else { throw fail("languages.offered", "is empty; list at least one language, or leave languages out") }
            var codes = Set<String>()
            for (index, language) in languages.offered.enumerated() {
                if language.code.isBlank { throw fail("languages.offered[\(index)].code", "is empty") }
                if !codes.insert(language.code).inserted { throw fail("languages.offered[\(index)].code", "'\(language.code)' is used twice") }
                if language.name.isBlank { throw fail("languages.offered[\(index)].name", "language '\(language.code)' has no name") }
            }
        }
        if let bases = settings.sharingBases {
            try checkIDs(bases.article6.map(\.id), field: "sharingBases.article6", fail)
            try checkIDs(bases.article9.map(\.id), field: "sharingBases.article9", fail)
            for (index, basis) in bases.article6.enumerated() where basis.name.isBlank || basis.help.isBlank {
                throw fail("sharingBases.article6[\(index)]", "needs a name and plain-language help")
            }
            for (index, condition) in bases.article9.enumerated() where condition.name.isBlank || condition.help.isBlank {
                throw fail("sharingBases.article9[\(index)]", "needs a name and plain-language help")
            }
        }
        for (index, profile) in settings.recipients.enumerated() {
            guard let basis = profile.defaultBasis else { continue }
            guard let bases = settings.sharingBases, bases.basis(id: basis) != nil else {
                let choices = settings.sharingBases?.article6.map(\.id).joined(separator: ", ") ?? "none defined"
                throw fail("recipients[\(index)].defaultBasis", "'\(basis)' is not one of the Article 6 bases in sharingBases (\(choices))")
            }
        }
        guard settings.statistics.suppressBelow >= 1 else {
            throw fail("statistics.suppressBelow", "must be 1 or more")
        }
        if let retention = settings.retention {
            try checkIDs(retention.rules.map(\.id), field: "retention.rules", fail)
            guard retention.rules.contains(where: { $0.id == retention.default }) else {
                throw fail("retention.default", "'\(retention.default)' is not one of the retention rules")
            }
            if let adult = retention.adultDefault, !retention.rules.contains(where: { $0.id == adult }) {
                throw fail("retention.adultDefault", "'\(adult)' is not one of the retention rules")
            }
            for (index, rule) in retention.rules.enumerated() where rule.years < 0 || rule.years > 150 {
                throw fail("retention.rules[\(index)].years", "must be between 0 and 150")
            }
        }
    }

    private static func checkIDs(
        _ ids: [String], field: String, _ fail: (String, String) -> CaseworkError
    ) throws {
        guard !ids.isEmpty else { throw fail(field, "is empty") }
        var seen = Set<String>()
        for (index, id) in ids.enumerated() {
            if id.isBlank { throw fail("\(field)[\(index)].id", "is empty") }
            if !seen.insert(id).inserted { throw fail("\(field)[\(index)].id", "'\(id)' is used twice") }
        }
    }
}
