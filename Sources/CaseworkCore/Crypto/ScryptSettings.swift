/// The scrypt cost recorded in a store's key file, checked before any memory is allocated so that a
/// tampered key file cannot make Casework allocate gigabytes or derive a weak key.
public struct ScryptSettings: Hashable, Sendable, Codable {
    /// 2^17: about 128 MB and a third of a second per derivation on this machine kind.
    public static let defaultN = 1 << 17
    /// Real stores never accept less than this.
    public static let minimumN = 1 << 17
    /// 2^22 with r = 8 is 4 GB: anything above is refused as absurd.
    public static let maximumN = 1 << 22
    public static let maximumMemory = 1 << 30

    public var n: Int
    public var r: Int
    public var p: Int

    public init(n: Int = ScryptSettings.defaultN, r: Int = 8, p: Int = 1) {
        self.n = n
        self.r = r
        self.p = p
    }

    /// Memory scrypt needs for these settings, in bytes.
    public var memoryBytes: Int { 128 * n * r + 128 * r * p }

    /// Throws unless the settings are sane; `minimumN` is lowered only by tests (see `KeyPolicy`).
    public func validate(minimumN: Int, file: String) throws {
        func refuse(_ detail: String) -> ProtectionError { .weakOrAbsurdKDF(file: file, detail: detail) }
        guard n > 1, n & (n - 1) == 0 else { throw refuse("N = \(n) is not a power of two") }
        guard n >= minimumN else { throw refuse("N = \(n) is below the minimum \(minimumN)") }
        guard n <= ScryptSettings.maximumN else { throw refuse("N = \(n) is above the maximum \(ScryptSettings.maximumN)") }
        guard (1...32).contains(r) else { throw refuse("r = \(r) is outside 1...32") }
        guard (1...16).contains(p) else { throw refuse("p = \(p) is outside 1...16") }
        guard r * p < 1 << 30 else { throw refuse("r * p is too large") }
        guard memoryBytes <= ScryptSettings.maximumMemory else {
            throw refuse("it would need \(memoryBytes / 1_048_576) MB, more than \(ScryptSettings.maximumMemory / 1_048_576) MB")
        }
    }
}

/// How strict to be about key-derivation cost. Only tests and the crash-test helper lower the minimum;
/// the `casework` command always uses `.standard`.
public struct KeyPolicy: Sendable {
    public var minimumN: Int
    /// Settings for new key files.
    public var newSettings: ScryptSettings

    public static let standard = KeyPolicy(minimumN: ScryptSettings.minimumN, newSettings: ScryptSettings())

    /// Cheap settings for tests only: a store created this way is refused by the real command.
    public static func testing(n: Int = 1 << 10) -> KeyPolicy {
        KeyPolicy(minimumN: n, newSettings: ScryptSettings(n: n, r: 8, p: 1))
    }

    public init(minimumN: Int, newSettings: ScryptSettings) {
        self.minimumN = minimumN
        self.newSettings = newSettings
    }
}
