/// The openness and agreement logs of a case. Optional in the file so that version-1 files decode;
/// `CaseMigration` fills them from the old case-wide consent record.
extension CaseRecord {
    public var opennessLog: [OpennessRecord] {
        get { openness ?? [] }
        set { openness = newValue }
    }

    public var agreementLog: [ServiceAgreement] {
        get { agreements ?? [] }
        set { agreements = newValue }
    }

    /// The latest agreement recorded, by date and then by entry order: the one a share warns about.
    public var currentAgreement: ServiceAgreement? { agreementLog.last }
}
