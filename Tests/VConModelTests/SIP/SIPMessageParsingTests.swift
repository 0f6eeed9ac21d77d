import Testing

@testable import VConModel
@testable import VConSIP

@Suite struct SIPMessageParsingTests {
    static let invite = """
        INVITE sip:bob@biloxi.example.com SIP/2.0\r
        Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK776asdhds\r
        Max-Forwards: 70\r
        To: Bob <sip:bob@biloxi.example.com>\r
        From: "Alice \\"A\\" Smith" <sip:alice@atlanta.example.com>;tag=1928301774\r
        Call-ID: a84b4c76e66710@pc33.atlanta.example.com\r
        CSeq: 314159 INVITE\r
        Contact: <sip:alice@pc33.atlanta.example.com>\r
        User-Agent: ExamplePhone/2.1.0\r
        Content-Type: application/sdp\r
        Content-Length: 17\r
        \r
        v=0\r
        s=-\r
        t=0 0\r

        """

    @Test func requestWithAllCommonHeaders() {
        let message = SIPMessage.parse(Self.invite)
        #expect(message.method == "INVITE")
        #expect(message.requestURI == "sip:bob@biloxi.example.com")
        #expect(message.isRequest && !message.isResponse)
        #expect(message.callID == "a84b4c76e66710@pc33.atlanta.example.com")
        #expect(message.cseq == SIPCSeq(number: 314_159, method: "INVITE"))
        #expect(message.from?.displayName == "Alice \"A\" Smith")
        #expect(message.from?.uri == "sip:alice@atlanta.example.com")
        #expect(message.from?.tag == "1928301774")
        #expect(message.to?.displayName == "Bob")
        #expect(message.to?.tag == nil)
        #expect(message.topViaBranch == "z9hG4bK776asdhds")
        #expect(message.contacts.map(\.uri) == ["sip:alice@pc33.atlanta.example.com"])
        #expect(message.userAgent == "ExamplePhone/2.1.0")
        #expect(message.contentType == "application/sdp")
        #expect(message.hasSDP)
        #expect(message.body == "v=0\r\ns=-\r\nt=0 0\r\n")
        #expect(message.warnings.isEmpty, "\(message.warnings)")
        #expect(message.raw == Self.invite)
    }

    @Test func statusLineAndReasonWithSpaces() {
        let message = SIPMessage.parse(
            "SIP/2.0 486 Busy Here\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\r\nFrom: <sip:a@x>;tag=1\r\n"
                + "To: <sip:b@x>;tag=2\r\nCall-ID: c1\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n")
        #expect(message.statusCode == 486)
        #expect(message.reasonPhrase == "Busy Here")
        #expect(message.method == nil)
        #expect(message.cseq?.method == "INVITE")
        #expect(message.warnings.isEmpty, "\(message.warnings)")
    }

    @Test func compactFormsAreExpanded() {
        let text =
            "BYE sip:b@x SIP/2.0\r\nv: SIP/2.0/TCP h;branch=z9hG4bKc\r\nf: <sip:a@x>;tag=1\r\nt: <sip:b@x>;tag=2\r\n"
            + "i: compact-id\r\nCSeq: 2 BYE\r\nm: <sip:a@h>\r\nk: timer\r\ns: hi\r\ne: gzip\r\no: refer\r\nu: dialog\r\n"
            + "c: text/plain\r\nl: 2\r\n\r\nhi"
        let message = SIPMessage.parse(text)
        #expect(message.callID == "compact-id")
        #expect(message.from?.tag == "1")
        #expect(message.to?.uri == "sip:b@x")
        #expect(message.topViaBranch == "z9hG4bKc")
        #expect(message.contacts.first?.uri == "sip:a@h")
        #expect(message.header("Supported") == "timer")
        #expect(message.header("Subject") == "hi")
        #expect(message.header("Content-Encoding") == "gzip")
        #expect(message.header("Event") == "refer")
        #expect(message.header("Allow-Events") == "dialog")
        #expect(message.contentType == "text/plain")
        #expect(message.contentLength == 2)
        #expect(message.headers.map(\.canonicalName).contains("Call-ID"))
        #expect(message.headers.first { $0.name == "i" }?.canonicalName == "Call-ID")
        #expect(message.warnings.isEmpty, "\(message.warnings)")
    }

    @Test func listHeadersSplitOutsideQuotesAndAngles() {
        let text =
            "OPTIONS sip:x SIP/2.0\r\nVia: SIP/2.0/UDP a;branch=z9hG4bKtop, SIP/2.0/UDP b;branch=z9hG4bKb\r\n"
            + "Via: SIP/2.0/UDP c;branch=z9hG4bKc\r\n"
            + "Contact: \"Doe, John\" <sip:j@h;x=1,2>;q=0.5, <sip:k@h>\r\n"
            + "Date: Sat, 13 Nov 2010 23:29:00 GMT\r\nAllow: INVITE, ACK,BYE\r\n"
            + "From: <sip:a@x>;tag=1\r\nTo: <sip:x>\r\nCall-ID: c\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n"
        let message = SIPMessage.parse(text)
        #expect(message.vias.map(\.branch) == ["z9hG4bKtop", "z9hG4bKb", "z9hG4bKc"])
        #expect(message.vias.first?.sentBy == "a")
        #expect(message.topViaBranch == "z9hG4bKtop")
        #expect(message.contacts.map(\.displayName) == ["Doe, John", nil])
        #expect(message.contacts.map(\.uri) == ["sip:j@h;x=1,2", "sip:k@h"])
        #expect(message.contacts.first?.parameter("q") == "0.5")
        #expect(message.values(of: "Date") == ["Sat, 13 Nov 2010 23:29:00 GMT"])
        #expect(message.values(of: "Allow") == ["INVITE", "ACK", "BYE"])
    }

    @Test func foldedLinesJoinWithOneSpace() {
        let text =
            "MESSAGE sip:b@x SIP/2.0\r\nSubject: first\r\n  second\r\n\tthird\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK9\r\n"
            + "From: <sip:a@x>;tag=1\r\nTo: <sip:b@x>\r\nCall-ID: c\r\nCSeq: 1 MESSAGE\r\nContent-Length: 0\r\n\r\n"
        let message = SIPMessage.parse(text)
        #expect(message.header("Subject") == "first second third")
        #expect(message.warnings.isEmpty, "\(message.warnings)")
    }

    @Test func bareLineFeedsAreReadWithAWarning() {
        let text =
            "ACK sip:b@x SIP/2.0\nVia: SIP/2.0/UDP h;branch=z9hG4bK2\nFrom: <sip:a@x>;tag=1\nTo: <sip:b@x>;tag=2\n"
            + "Call-ID: lf\nCSeq: 1 ACK\nContent-Length: 0\n\n"
        let message = SIPMessage.parse(text)
        #expect(message.method == "ACK")
        #expect(message.callID == "lf")
        #expect(message.warnings == [SIPWarning("lines end with bare LF instead of CRLF")])
    }

    @Test func mixedLineEndingsAreNamed() {
        let message = SIPMessage.parse("ACK sip:b@x SIP/2.0\r\nCall-ID: m\nCSeq: 1 ACK\r\n\r\n")
        #expect(message.warnings.contains(SIPWarning("mixed CRLF and bare LF line endings")))
    }

    @Test func contentLengthAgainstActualBody() {
        let head =
            "MESSAGE sip:b@x SIP/2.0\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK3\r\nFrom: <sip:a@x>;tag=1\r\n"
            + "To: <sip:b@x>\r\nCall-ID: c\r\nCSeq: 1 MESSAGE\r\nContent-Type: text/plain\r\n"
        let short = SIPMessage.parse(head + "Content-Length: 10\r\n\r\nabc")
        #expect(short.warnings == [SIPWarning("Content-Length is 10 but the body has 3 bytes (cut short)")])
        #expect(short.body == "abc")
        let long = SIPMessage.parse(head + "Content-Length: 1\r\n\r\nabc")
        #expect(long.warnings == [SIPWarning("Content-Length is 1 but 3 bytes follow the headers")])
        #expect(long.body == "abc")  // kept whole: never hide bytes
        let bytes = SIPMessage.parse(head + "Content-Length: 3\r\n\r\nés")  // é is two bytes
        #expect(bytes.warnings.isEmpty, "\(bytes.warnings)")
        let missing = SIPMessage.parse(head + "\r\nabc")
        #expect(missing.warnings == [SIPWarning("body of 3 bytes without Content-Length")])
        let bad = SIPMessage.parse(head + "Content-Length: ten\r\n\r\n")
        #expect(bad.warnings == [SIPWarning("Content-Length is not a number: ten")])
    }

    @Test func oddStartLinesAreKeptWithWarnings() {
        let garbage = SIPMessage.parse("hello world\r\n\r\n")
        #expect(garbage.startLine == .unrecognized("hello world"))
        #expect(garbage.warnings.first?.message.hasPrefix("start line is neither") == true)
        let empty = SIPMessage.parse("")
        #expect(empty.warnings == [SIPWarning("empty message")])
        let badCode = SIPMessage.parse("SIP/2.0 OK\r\n\r\n")
        #expect(badCode.startLine == .unrecognized("SIP/2.0 OK"))
        let lower = SIPMessage.parse(
            "invite sip:b@x SIP/2.0\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK4\r\nFrom: <sip:a@x>;tag=1\r\n"
                + "To: <sip:b@x>\r\nCall-ID: c\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n")
        #expect(
            lower.warnings.map(\.message) == [
                "method invite is not upper case (methods are case-sensitive)",
                "CSeq method INVITE does not match request method invite",
            ])
        let code = SIPMessage.parse("SIP/2.0 999 Odd\r\n\r\n")
        #expect(code.statusCode == 999)
        #expect(code.warnings.contains(SIPWarning("status code 999 is outside 100–699")))
    }

    @Test func missingAndDuplicateHeaders() {
        let message = SIPMessage.parse("BYE sip:b@x SIP/2.0\r\nCall-ID: a\r\ni: b\r\nContent-Length: 0\r\n\r\n")
        #expect(
            message.warnings.map(\.message) == [
                "missing Via, From, To, CSeq", "Call-ID appears 2 times with different values",
            ])
        #expect(message.callID == "a")
    }

    @Test func headerLinesWithoutColonAndLeadingBlankLines() {
        let message = SIPMessage.parse(
            "\r\n\r\nSIP/2.0 200 OK\r\nnot a header\r\n continued\r\nVia: SIP/2.0/UDP h\r\n"
                + "From: <sip:a@x>\r\nTo: <sip:b@x>\r\nCall-ID: x\r\nCSeq: 1 BYE\r\nContent-Length: 0\r\n\r\n")
        #expect(message.statusCode == 200)
        #expect(
            message.warnings.map(\.message) == [
                "header line without a colon: not a header", "continuation line before any header:  continued",
            ])
    }

    @Test func invalidUTF8IsReplacedAndReported() {
        var bytes = Array(
            "MESSAGE sip:b@x SIP/2.0\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK5\r\nFrom: <sip:a@x>;tag=1\r\nTo: <sip:b@x>\r\nCall-ID: u\r\nCSeq: 1 MESSAGE\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\n"
                .utf8)
        bytes += [0xFF, 0x41]
        let message = SIPMessage.parse(bytes: bytes)
        #expect(message.body == "\u{FFFD}A")
        #expect(message.warnings == [SIPWarning("message is not valid UTF-8 (shown with replacement characters)")])
    }

    @Test func multipartBodyExposesItsSDPPart() {
        let body = "--b\r\nContent-Type: application/sdp\r\n\r\nv=0\r\no=- 1 1 IN IP4 h\r\ns=-\r\nt=0 0\r\n--b--\r\n"
        let message = SIPMessage(
            startLine: .request(method: "INVITE", uri: nil, version: nil),
            headers: [SIPHeader(name: "Content-Type", value: "multipart/mixed;boundary=b")], body: body)
        #expect(message.sdpText == "v=0\r\no=- 1 1 IN IP4 h\r\ns=-\r\nt=0 0\r\n")
        #expect(message.wireText == "INVITE SIP/2.0\r\nContent-Type: multipart/mixed;boundary=b\r\n\r\n" + body)
    }

    @Test func nameAddressForms() {
        let bare = SIPNameAddress.parse("sip:alice@example.com;tag=88sja8x")
        #expect(bare.uri == "sip:alice@example.com")
        #expect(bare.tag == "88sja8x")
        #expect(bare.displayName == nil)
        let token = SIPNameAddress.parse("Bob Jones <sip:bob@x>;tag=a6c85cf;lr")
        #expect(token.displayName == "Bob Jones")
        #expect(token.parameters.map(\.name) == ["tag", "lr"])
        let cjk = SIPNameAddress.parse("\"山田 太郎\" <sip:taro@example.jp>")
        #expect(cjk.displayName == "山田 太郎")
        #expect(cjk.uri == "sip:taro@example.jp")
    }

    @Test func addressKeysMatchTelSipAndMailto() {
        #expect(
            SIPAddressKey.keys(forURI: "sip:+1-212-555-1234@example.com;user=phone")
                == ["aor:+1-212-555-1234@example.com", "tel:12125551234"])
        #expect(SIPAddressKey.keys(forURI: "tel:+12125551234;phone-context=x") == ["tel:12125551234"])
        #expect(SIPAddressKey.keys(forTel: "+1 (212) 555-1234") == ["tel:12125551234"])
        #expect(SIPAddressKey.keys(forURI: "sips:Alice@Example.COM:5061") == ["aor:alice@example.com"])
        #expect(SIPAddressKey.keys(forURI: "alice@example.com") == ["aor:alice@example.com"])
        #expect(SIPAddressKey.keys(forURI: "mailto:bob@example.com") == ["aor:bob@example.com"])
        #expect(SIPAddressKey.keys(forURI: "sip:registrar.example.com") == ["host:registrar.example.com"])
    }

    @Test func theDraftsInviteExampleReadsWithItsContentLengthMismatch() {
        // SIP signaling draft §6.1.2: the example INVITE declares 142 bytes; its SDP is 147 bytes long.
        let text =
            "INVITE sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/UDP pc33.example.com;branch=z9hG4bK776\r\n"
            + "Max-Forwards: 70\r\nTo: Bob <sip:bob@example.com>\r\nFrom: Alice <sip:alice@example.com>;tag=1928301774\r\n"
            + "Call-ID: a84b4c76e66710@pc33.example.com\r\nCSeq: 314159 INVITE\r\nContact: <sip:alice@pc33.example.com>\r\n"
            + "Content-Type: application/sdp\r\nContent-Length: 142\r\n\r\nv=0\r\n"
            + "o=alice 53655765 2353687637 IN IP4 pc33.example.com\r\ns=-\r\nc=IN IP4 pc33.example.com\r\nt=0 0\r\n"
            + "m=audio 3456 RTP/AVP 0 111\r\na=rtpmap:0 PCMU/8000\r\n"
        let message = SIPMessage.parse(text)
        #expect(message.method == "INVITE")
        #expect(message.warnings == [SIPWarning("Content-Length is 142 but 147 bytes follow the headers")])
        #expect(message.sdp?.media.first?.port == 3456)
    }
}
