import FoundationEssentials

/// A moment in UTC, kept to the whole second so that a record saved and loaded again is equal to itself.
///
/// Written as `2026-11-24T09:30:00Z`. Formatting is done by hand: Foundation's ISO 8601 formatter costs
/// about 90 µs a call, which a 10,000-case listing would feel.
public struct Timestamp: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var secondsSinceEpoch: Int64

    public init(secondsSinceEpoch: Int64) { self.secondsSinceEpoch = secondsSinceEpoch }

    public init(_ date: Date) { self.secondsSinceEpoch = Int64(date.timeIntervalSince1970.rounded(.down)) }

    public static func now() -> Timestamp { Timestamp(Date()) }

    public var date: Date { Date(timeIntervalSince1970: TimeInterval(secondsSinceEpoch)) }

    /// The calendar day in UTC.
    public var day: LocalDate {
        let days = Int(secondsSinceEpoch.floorDivided(by: 86_400))
        return LocalDate(daysSinceEpoch: days)
    }

    public var iso8601: String {
        let seconds = Int(secondsSinceEpoch.floorModulo(86_400))
        let hh = seconds / 3600, mm = (seconds / 60) % 60, ss = seconds % 60
        return "\(day.iso8601)T\(twoDigits(hh)):\(twoDigits(mm)):\(twoDigits(ss))Z"
    }

    /// Short form for screens: `2026-11-24 09:30`.
    public var shortDisplay: String {
        let seconds = Int(secondsSinceEpoch.floorModulo(86_400))
        return "\(day.iso8601) \(twoDigits(seconds / 3600)):\(twoDigits((seconds / 60) % 60))"
    }

    public var description: String { iso8601 }

    /// Parses `YYYY-MM-DDTHH:MM:SSZ`, also with fractional seconds or a `+HH:MM` offset.
    public init?(iso8601 text: String) {
        let utf8 = Array(text.utf8)
        guard utf8.count >= 20, utf8[10] == UInt8(ascii: "T") || utf8[10] == UInt8(ascii: " "),
              let day = LocalDate(iso8601: String(decoding: utf8[0..<10], as: UTF8.self)),
              utf8[13] == UInt8(ascii: ":"), utf8[16] == UInt8(ascii: ":"),
              let hh = Int(digits: utf8[11..<13]), let mm = Int(digits: utf8[14..<16]),
              let ss = Int(digits: utf8[17..<19]), hh < 24, mm < 60, ss < 61
        else { return nil }
        var index = 19
        if index < utf8.count, utf8[index] == UInt8(ascii: ".") {
            index += 1
            while index < utf8.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(utf8[index]) { index += 1 }
        }
        var offset = 0
        if index < utf8.count, utf8[index] == UInt8(ascii: "Z"), index + 1 == utf8.count {
            offset = 0
        } else if index + 6 == utf8.count, utf8[index] == UInt8(ascii: "+") || utf8[index] == UInt8(ascii: "-"),
                  utf8[index + 3] == UInt8(ascii: ":"),
                  let oh = Int(digits: utf8[(index + 1)..<(index + 3)]),
                  let om = Int(digits: utf8[(index + 4)..<(index + 6)]) {
            offset = (oh * 3600 + om * 60) * (utf8[index] == UInt8(ascii: "+") ? 1 : -1)
        } else {
            return nil
        }
        let seconds = Int64(day.daysSinceEpoch) * 86_400 + Int64(hh * 3600 + mm * 60 + ss) - Int64(offset)
        self.init(secondsSinceEpoch: seconds)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Timestamp(iso8601: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a time like 2026-11-24T09:30:00Z")
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso8601)
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.secondsSinceEpoch < rhs.secondsSinceEpoch }

    public func adding(seconds: Int64) -> Timestamp { Timestamp(secondsSinceEpoch: secondsSinceEpoch + seconds) }
}

func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

extension Int {
    init?(digits: ArraySlice<UInt8>) {
        guard !digits.isEmpty else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        self = value
    }
}

extension Int64 {
    func floorDivided(by divisor: Int64) -> Int64 {
        let q = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? q - 1 : q
    }
    func floorModulo(_ divisor: Int64) -> Int64 { self - floorDivided(by: divisor) * divisor }
}
