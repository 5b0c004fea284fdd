#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials

/// Writes to standard output and error with write(2), whole, retrying short writes. (FileHandle would
/// link the full Foundation and ICU into the binary; see PathText.)
enum StandardStreams {
    static func writeOutput(_ data: Data) {
        fflush(nil)  // what print() buffered goes first
        write(data, to: STDOUT_FILENO)
    }

    static func writeError(_ string: String) {
        write(Data(string.utf8), to: STDERR_FILENO)
    }

    private static func write(_ data: Data, to descriptor: Int32) {
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
    }
}
