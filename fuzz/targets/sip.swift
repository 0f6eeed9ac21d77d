// Fuzz target: the SIP message and SDP parsers, and the ladder layout over what they parse.
// The input is split at "\n--\n" into messages; each is parsed (as bytes and as text), its SDP body too; then all
// of them go through LadderLayout as one call between three parties (sender and time taken from the input's own
// bytes, so the fuzzer steers lanes and order), and the layout is dumped as text and JSON.
import Foundation
import VConModel
import VConSIP

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSIP(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let text = String(decoding: bytes, as: UTF8.self)
    var messages: [LadderSourceMessage] = []
    for (index, part) in text.components(separatedBy: "\n--\n").prefix(64).enumerated() {
        let message = SIPMessage.parse(part)
        _ = SIPMessage.parse(bytes: Array(part.utf8))
        _ = SDPSession.parse(message.body)
        let seed = part.utf8.first.map(Int.init) ?? index
        let party: Int? = seed % 4 == 3 ? nil : seed % 4
        let time: Date? = seed % 5 == 0 ? nil : Date(timeIntervalSince1970: 1_700_000_000 + Double(seed % 7) - Double(index))
        messages.append(
            LadderSourceMessage(
                party: party, time: time, direction: seed % 2 == 0 ? .sent : .received, message: message,
                source: "fuzz/\(index)", kind: .traceEntry))
    }
    _ = SDPSession.parse(text)
    let parties = (0..<3).map { LadderParty(index: $0, name: "P\($0)", sip: "sip:p\($0)@example.com") }
    let layout = LadderLayout(LadderInput(parties: parties, dialogParties: [0, 1], messages: messages))
    _ = layout.dump()
    _ = layout.jsonString()
    return 0
}
