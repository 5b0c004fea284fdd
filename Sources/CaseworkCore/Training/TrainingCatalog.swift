import FoundationEssentials

/// The bundled training material: the fictional case files and the trainer's notes on them.
///
/// Read from `training/cases/*.json` and `training/notes.json` in the resources folder. The case files are
/// decoded exactly as the store decodes a case, so a training case that would not open in the workbench
/// fails here, before a session starts in front of a room.
public struct TrainingCatalog: Sendable {
    public static let notesFileName = "notes.json"
    public static let casesFolderName = "cases"

    /// The folder the material was read from.
    public var folder: String
    /// Every training case, sorted by reference.
    public var cases: [CaseRecord]
    /// The file each case was read from, by reference.
    public var files: [CaseReference: String]
    /// The trainer's notes, in the order the trainer wrote them (the order `demo --list` prints).
    public var notes: [TrainingNote]

    public init(folder: String, cases: [CaseRecord], files: [CaseReference: String], notes: [TrainingNote]) {
        self.folder = folder
        self.cases = cases
        self.files = files
        self.notes = notes
    }

    /// Loads the material from `folder`, or from the bundled resources when none is given.
    public static func load(folder: String? = nil) throws -> TrainingCatalog {
        let root = try folder ?? BundledResources.trainingFolder()
        let casesFolder = root + "/" + casesFolderName
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: casesFolder)
        } catch {
            throw CaseworkError.invalidArgument(
                "The training cases were not found in \(casesFolder). Reinstall Casework, or set CASEWORK_RESOURCES to the folder that holds training/.")
        }
        let files = DurableFile()
        var cases: [CaseRecord] = []
        var paths: [CaseReference: String] = [:]
        for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let path = casesFolder + "/" + name
            guard let data = try files.read(path) else { continue }
            let record = try CaseStore.decodeRecord(data, file: path)
            guard name == record.reference.rawValue + ".json" else {
                throw CaseworkError.unreadable(
                    file: path, detail: "$.reference is \(record.reference), which does not match the file name")
            }
            cases.append(record)
            paths[record.reference] = path
        }
        let notesPath = root + "/" + notesFileName
        var notes: [TrainingNote] = []
        if let data = try files.read(notesPath) {
            let file = try CaseCodec.decode(TrainingNotesFile.self, from: data, file: notesPath)
            guard file.format == TrainingNotesFile.formatName, file.formatVersion <= TrainingNotesFile.currentFormatVersion else {
                throw CaseworkError.unreadable(
                    file: notesPath,
                    detail: "$.format/$.formatVersion are '\(file.format)' \(file.formatVersion); this version reads '\(TrainingNotesFile.formatName)' 1")
            }
            notes = file.notes
        }
        return TrainingCatalog(folder: root, cases: cases, files: paths, notes: notes)
    }

    public func record(_ reference: CaseReference) -> CaseRecord? { cases.first { $0.reference == reference } }

    public func note(for reference: CaseReference) -> TrainingNote? { notes.first { $0.reference == reference } }

    /// Gaps between the cases and the notes: a case a trainer has no note for, a note for a missing case,
    /// or a note whose stage no longer matches the case. Empty when the material is complete.
    public func problems() -> [String] {
        var problems: [String] = []
        for record in cases {
            guard let note = note(for: record.reference) else {
                problems.append("\(record.reference) has no trainer's note in \(TrainingCatalog.notesFileName)")
                continue
            }
            if note.stage != record.status {
                problems.append("\(record.reference): the note says the stage is \(note.stage.rawValue) but the case is \(record.status.rawValue)")
            }
        }
        for note in notes where record(note.reference) == nil {
            problems.append("the note '\(note.title)' is for \(note.reference), which has no case file")
        }
        return problems
    }
}
