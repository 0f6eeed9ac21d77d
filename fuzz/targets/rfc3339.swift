// Fuzz target: the one RFC 3339 reader, strict and lenient, and the clock arithmetic over what it accepts.
// Checks: what the strict reader accepts the lenient one accepts with the same instant; an accepted time
// formats (UTC and as written) without trapping, whatever its year.
import Foundation
import VConModel
import VConSIP

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRFC3339(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let buffer = UnsafeBufferPointer(start: data, count: size)
    let lenient = RFC3339Time.parse(bytes: buffer, accepting: .all)
    let strict = RFC3339Time.parse(bytes: buffer, accepting: [])
    if case .success(let exact) = strict {
        guard case .success(let loose) = lenient else { fatalError("strict accepts what lenient refuses") }
        precondition(exact.epochSeconds == loose.epochSeconds, "strict and lenient disagree on the instant")
        _ = LadderTime.formatUTC(exact.date)
        _ = exact.civilAsWritten
    }
    if case .failure(let failure) = lenient { _ = failure.description }
    _ = RFC3339Time(String(decoding: buffer, as: UTF8.self))?.date
    return 0
}
