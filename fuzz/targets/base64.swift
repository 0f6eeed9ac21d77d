// Fuzz target: base64 and base64url decoding (lenient: padding, alphabets, whitespace) and the round trip:
// whatever decodes re-encodes (url and standard) to text that decodes to the same bytes.
import VConModel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBase64(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let input = UnsafeBufferPointer(start: data, count: size)
    if case .success(let decoded) = Base64.decode(input) {
        for encoded in [Base64.urlEncode(decoded.bytes), Base64.standardEncode(decoded.bytes)] {
            guard case .success(let again) = Base64.decode(Array(encoded.utf8)), again.bytes == decoded.bytes else {
                fatalError("round trip through \(encoded) changed the bytes")
            }
        }
    }
    _ = Base64.decodeBytes(String(decoding: input, as: UTF8.self))
    return 0
}
