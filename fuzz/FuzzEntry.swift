import Foundation

// libFuzzer entry point for the case decoder and the template loader. Built by fuzz/run.sh together with
// the CaseworkCore sources they need (no swift-crypto, no resources), as one module.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    _ = try? CaseDecoding.decode(data, file: "fuzz-input.json")
    _ = try? TemplateValidator.load(data: data, file: "fuzz-input.json")
    return 0
}
