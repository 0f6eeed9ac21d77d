// Fuzz target: the `--keys` script parser, and the notation round trip: every key press it yields prints as
// notation that parses back to the same press.
import TermUI

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKeyScript(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let script = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let events = try? KeyScript.parse(script) else { return 0 }
    for event in events.prefix(256) {
        guard case .key(let press) = event else { continue }
        let notation = KeyScript.notation(for: press)
        _ = KeyScript.label(for: press)
        guard let back = try? KeyScript.parse(notation), back.count == 1, case .key(let again) = back[0], again == press else {
            fatalError("\(press) prints as \(notation), which does not parse back")
        }
    }
    return 0
}
