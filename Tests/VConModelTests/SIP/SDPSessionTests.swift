import Testing

@testable import VConModel
@testable import VConSIP

@Suite struct SDPSessionTests {
    /// The SDP of the draft's `sip-sdp` example (Appendix B.2).
    static let draft =
        "v=0\r\no=alice 53655765 2353687637 IN IP4 198.51.100.5\r\ns=-\r\nc=IN IP4 198.51.100.5\r\nt=0 0\r\n"
        + "m=audio 49170 RTP/AVP 0 8 97\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\na=rtpmap:97 opus/48000/2\r\n"

    @Test func theDraftExample() {
        let sdp = SDPSession.parse(Self.draft)
        #expect(sdp.version == 0)
        #expect(sdp.origin?.username == "alice")
        #expect(sdp.origin?.sessionID == "53655765")
        #expect(sdp.origin?.address == "198.51.100.5")
        #expect(sdp.sessionName == "-")
        #expect(sdp.connection == SDPConnection(networkType: "IN", addressType: "IP4", address: "198.51.100.5"))
        #expect(sdp.timings == [SDPTiming(start: 0, stop: 0)])
        #expect(sdp.media.count == 1)
        let audio = sdp.media[0]
        #expect(audio.type == "audio")
        #expect(audio.port == 49170)
        #expect(audio.proto == "RTP/AVP")
        #expect(audio.formats == ["0", "8", "97"])
        #expect(audio.rtpmaps.map(\.text) == ["PCMU/8000", "PCMA/8000", "opus/48000/2"])
        #expect(audio.rtpmaps[2].channels == 2)
        #expect(sdp.direction(of: audio) == .sendrecv)
        #expect(sdp.mediaSummaries == ["audio 49170 RTP/AVP PCMU,PCMA,opus sendrecv 198.51.100.5"])
        #expect(sdp.warnings.isEmpty, "\(sdp.warnings)")
        #expect(sdp.lines.count == 9)
    }

    @Test func directionsAtSessionAndMediaLevel() {
        let text =
            "v=0\no=- 1 1 IN IP4 h\ns=-\nc=IN IP4 192.0.2.1\nt=0 0\na=sendonly\n"
            + "m=audio 4000 RTP/AVP 0 18\na=recvonly\nm=video 0 RTP/AVP 31\nm=audio 4002/2 RTP/AVP 8\na=inactive\n"
        let sdp = SDPSession.parse(text)
        #expect(sdp.direction == .sendonly)
        #expect(sdp.media.map { sdp.direction(of: $0) } == [.recvonly, .sendonly, .inactive])
        #expect(sdp.media[1].port == 0)
        #expect(sdp.media[2].portCount == 2)
        #expect(sdp.media[0].codecNames == ["PCMU", "G729"])  // static payload types without rtpmap
        #expect(sdp.warnings.isEmpty, "\(sdp.warnings)")
    }

    @Test func mediaLevelConnectionWins() {
        let sdp = SDPSession.parse("v=0\r\no=- 1 1 IN IP6 h\r\ns=-\r\nt=0 0\r\nm=audio 5000 RTP/AVP 0\r\nc=IN IP6 2001:db8::1\r\n")
        #expect(sdp.connection == nil)
        #expect(sdp.connection(of: sdp.media[0])?.address == "2001:db8::1")
        #expect(sdp.warnings.isEmpty, "\(sdp.warnings)")
    }

    @Test func oddLinesBecomeWarnings() {
        let text =
            "o=x\r\nbogus\r\nq=1\r\nm=audio port RTP/AVP 0\r\na=rtpmap:96 telephone-event/8000\r\na=rtpmap:nonsense\r\n"
            + "a=sendrecv\r\na=sendonly\r\n"
        let sdp = SDPSession.parse(text)
        #expect(
            sdp.warnings.map(\.message) == [
                "SDP does not start with v=",
                "SDP o= does not have 6 fields: x",
                "SDP line 2 is not `x=value`: bogus",
                "unknown SDP line type q=",
                "SDP m= port is not valid: port",
                "a=rtpmap for payload type 96 not listed in m=audio",
                "unreadable a=rtpmap:nonsense",
                "more than one direction attribute in one m= section",
                "SDP has no v= line",
                "SDP has no s= line",
                "SDP has no t= line",
                "m=audio has no connection address (no c= line)",
            ])
        #expect(sdp.media.first?.direction == .sendonly)
    }

    @Test func sessionLevelRTPMapIsReported() {
        let sdp = SDPSession.parse("v=0\no=- 1 1 IN IP4 h\ns=-\nc=IN IP4 h\nt=0 0\na=rtpmap:0 PCMU/8000\n")
        #expect(sdp.warnings == [SIPWarning("a=rtpmap outside any m= section")])
    }
}
