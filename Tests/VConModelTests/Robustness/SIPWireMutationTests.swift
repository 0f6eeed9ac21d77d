import RobustnessSupport
import TestSupport
import Testing
import VConModel
import VConSIP

/// Mutated SIP and SDP wire text from the SIP signaling draft's INVITE example.
@Suite("Robustness: mutated SIP and SDP wire text", .corpus)
struct SIPWireMutationTests {
    /// The draft's INVITE (its JSON example is malformed: the body string runs over lines), as wire text.
    static let invite: String = {
        let text = String(decoding: SeedFiles.bytes("sip-signaling-draft/attachment_sip_invite_message.malformed.json"), as: UTF8.self)
        guard let start = text.range(of: "\"body\": \""), let end = text.range(of: "\"", options: .backwards) else { return "" }
        return text[start.upperBound..<end.lowerBound]
            .components(separatedBy: "\\r\\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .joined(separator: "\r\n")
    }()

    /// The INVITE as a multipart body with the SDP in one part, for the MIME walk.
    static var multipart: String {
        let parts = invite.components(separatedBy: "\r\n\r\n")
        let head = parts.first ?? ""
        let sdp = parts.dropFirst().joined(separator: "\r\n\r\n")
        return head.replacingOccurrences(of: "application/sdp", with: "multipart/mixed;boundary=b")
            + "\r\n\r\n--b\r\nContent-Type: application/sdp\r\n\r\n" + sdp + "\r\n--b--\r\n"
    }

    @Test("the draft's INVITE is read as wire text")
    func seedReads() {
        let message = SIPMessage.parse(Self.invite)
        #expect(message.headers.count >= 8)
        #expect(SDPSession.parse(message.body).media.count == 1)
    }

    @Test("mutated INVITE, multipart INVITE and SDP", arguments: ["invite", "multipart", "sdp"])
    func mutated(kind: String) {
        let seed: String
        switch kind {
        case "invite": seed = Self.invite
        case "multipart": seed = Self.multipart
        default: seed = SIPMessage.parse(Self.invite).body
        }
        let bytes = Array(seed.utf8)
        #expect(!bytes.isEmpty)
        var total = 0
        for number in 0..<(250 * Mutants.scale) {
            var random = SeededRandom(family: "sip-wire:" + kind, number: number)
            let (mutated, _) = Mutator.mutate(bytes, random: &random)
            let message = SIPMessage.parse(bytes: mutated)
            total += message.headers.count + message.body.count + String(describing: message.startLine).count
            let sdp = SDPSession.parse(kind == "sdp" ? String(decoding: mutated, as: UTF8.self) : message.body)
            total += sdp.media.count
        }
        for prefix in Mutator.truncations(bytes, step: 3) {
            total += SIPMessage.parse(bytes: prefix).headers.count + SDPSession.parse(String(decoding: prefix, as: UTF8.self)).media.count
        }
        #expect(total > 0)
    }
}
