/// The on-disk form of `training/notes.json`: a format name and version, like every other data file, so
/// that a newer file is refused with a sentence rather than half read.
public struct TrainingNotesFile: Hashable, Sendable, Codable {
    public static let formatName = "casework-training-notes"
    public static let currentFormatVersion = 1

    public var format: String
    public var formatVersion: Int
    public var notes: [TrainingNote]

    public init(notes: [TrainingNote]) {
        format = TrainingNotesFile.formatName
        formatVersion = TrainingNotesFile.currentFormatVersion
        self.notes = notes
    }
}
