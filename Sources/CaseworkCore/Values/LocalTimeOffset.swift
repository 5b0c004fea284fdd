#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How far this machine's clock is from UTC, from the C library's time-zone rules (`TZ` and
/// /etc/localtime), so times show as the practitioner's wall clock.
///
/// Not `TimeZone.current`: with only FoundationEssentials linked (see PathText) it is always GMT.
public enum LocalTimeOffset {
    /// Seconds east of UTC at `moment` (summer time included); 0 if the C library cannot say.
    public static func seconds(at moment: Timestamp) -> Int64 {
        var time = time_t(moment.secondsSinceEpoch)
        var parts = tm()
        guard localtime_r(&time, &parts) != nil else { return 0 }
        return Int64(parts.tm_gmtoff)
    }
}
