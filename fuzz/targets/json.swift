// Fuzz target: the JSON reader and every accessor over what it accepts.
// Parses the input; on success walks every value (strings decoded, numbers read, members, pointers and
// locations), and checks the round trip: the minified text parses again to the same number of values.
import VConModel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let document = try? JSONDocument.parse(bytes: bytes, maxDepth: 2_000) else { return 0 }
    var visited = 0
    for index in 0..<min(document.valueCount, 5_000) {
        let value = JSONValue(document: document, index: index)
        _ = value.location
        _ = value.endIndex
        switch value.kind {
        case .string:
            _ = value.string
            _ = value.stringBytes
        case .number:
            _ = value.int
            _ = value.double
        case .object:
            for (key, member) in value.members.prefix(64) {
                precondition(value[key] != nil, "member \(key) not found by name")
                _ = member.pointer
            }
        case .array:
            if value.count > 0 { _ = value[value.count - 1] }
        default: break
        }
        // Keys are tape entries too, and their pointer names their value: check the pointer is a fixed point.
        let pointer = value.pointer
        if let found = document.value(at: pointer), found.pointer != pointer, document.issues.isEmpty {
            fatalError("pointer \(pointer) leads to a value whose pointer is \(found.pointer)")
        }
        visited += 1
    }
    let minified = document.root.minifiedBytes
    guard let again = try? JSONDocument.parse(bytes: minified, maxDepth: 2_000) else {
        fatalError("minified output does not parse again")
    }
    precondition(again.valueCount == document.valueCount, "round trip changed the number of values")
    return 0
}
