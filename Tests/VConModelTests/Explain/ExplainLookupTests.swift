import Testing

@testable import VConModel

@Suite struct ExplainLookupTests {
    private func match(_ pointer: String, _ form: ExplainForm = .vcon, purpose: String? = nil) throws -> ExplainMatch {
        try #require(Explain.entry(forPointer: pointer, inForm: form, purpose: { _ in purpose }))
    }

    @Test(arguments: [
        ("", ""),
        ("/uuid", "uuid"),
        ("/vcon", "vcon"),
        ("/parties", "parties"),
        ("/parties/2", "parties[]"),
        ("/parties/0/tel", "parties[].tel"),
        ("/parties/0/civicaddress/a3", "parties[].civicaddress.a3"),
        ("/dialog/3", "dialog[]"),
        ("/dialog/3/type", "dialog[].type"),
        ("/dialog/0/session_id/local", "dialog[].session_id.local"),
        ("/dialog/0/session_id/1/remote", "dialog[].session_id.remote"),
        ("/dialog/0/party_history/4/event", "dialog[].party_history[].event"),
        ("/dialog/0/party_history/4", "dialog[].party_history[]"),
        ("/dialog/1/transfer_target", "dialog[].transfer_target"),
        ("/dialog/0/content_hash/1", "dialog[].content_hash"),
        ("/dialog/0/sip_call_id", "dialog[].sip_call_id"),
        ("/parties/1/sip_display_name", "parties[].sip_display_name"),
        ("/analysis/0/vendor", "analysis[].vendor"),
        ("/analysis/0/body/0/speaker", "analysis[].body"),
        ("/attachments/0/purpose", "attachments[].purpose"),
        ("/attachments/0/type", "attachments[].type"),
        ("/redacted/uuid", "redacted.uuid"),
        ("/amended/content_hash", "amended.content_hash"),
        ("/group/1/uuid", "group[].uuid"),
        ("/meta/source/x", "meta"),
        ("/parties/0/role", "parties[].role"),
    ])
    func pointersResolveToTheMostSpecificEntry(pointer: String, path: String) throws {
        let found = try match(pointer)
        #expect(found.entry.path == path)
        #expect(found.entry.form == .vcon)
    }

    @Test func anIndexInsideDialogPartiesIsAPartyIndex() throws {
        let found = try match("/dialog/3/parties/0")
        #expect(found.entry.path == "dialog[].parties")
        #expect(found.path == "dialog[].parties[]")
        #expect(found.notes == ["Item 0 of this value: an index into parties[]."])
        let channel = try match("/dialog/0/parties/1/0")
        #expect(channel.entry.path == "dialog[].parties")
        #expect(channel.notes == ["Channel 1, item 0 of this value: an index into parties[]."])
        #expect(try match("/dialog/0/original/1").notes == ["Item 1 of this value: an index into dialog[]."])
    }

    @Test func oldSpellingsResolveToTheCurrentEntryWithANote() throws {
        let mime = try match("/dialog/0/mimetype")
        #expect(mime.entry.path == "dialog[].mediatype")
        #expect(mime.notes.contains { $0.contains("\"mimetype\"") && $0.contains("0.0.1") })
        #expect(try match("/attachments/0/mimetype").entry.path == "attachments[].mediatype")
        #expect(try match("/analysis/0/mimetype").entry.path == "analysis[].mediatype")
        let appended = try match("/appended/uuid")
        #expect(appended.entry.path == "amended.uuid")
        #expect(appended.path == "amended.uuid")
        #expect(try match("/must_support").entry.path == "critical")
        #expect(try match("/dialog/2/transfer-target").entry.path == "dialog[].transfer_target")
        #expect(try match("/dialog/2/target-dialog").entry.path == "dialog[].target_dialog")
        #expect(try match("/dialog/0/party_history/0/dtmf").entry.path == "dialog[].party_history[].button")
        // The 0.0.1 pair stays two fields of its own, each pointing at content_hash.
        #expect(try match("/dialog/0/alg").entry.path == "dialog[].alg")
        #expect(try match("/attachments/0/signature").entry.path == "attachments[].signature")
    }

    @Test func unknownKeysInsideKnownObjectsAreUndefinedNotTheirParent() throws {
        for pointer in ["/dialog/0/end", "/parties/0/civicaddress/zip", "/foo", "/redacted/reason", "/analysis/1/vendor_schema"] {
            let found = try match(pointer)
            #expect(!found.isDefined, "\(pointer)")
            #expect(found.entry.standing == .nonStandard)
            #expect(found.notes.count == 1)
        }
        #expect(try match("/dialog/0/end").notes == ["\"end\" is not a member any draft defines for dialog[]."])
        #expect(try match("/foo").notes == ["\"foo\" is not a member any draft defines for the top level."])
    }

    @Test func controlCharactersInKeysAreEscapedInNotes() throws {
        let found = try match("/dialog/0/x\u{1B}[31m")
        #expect(found.notes.allSatisfy { !$0.unicodeScalars.contains { $0.value == 0x1B } })
        #expect(found.notes.first?.contains("\\u001b") == true)
    }

    @Test func envelopeFormsHaveTheirOwnNamespace() throws {
        #expect(try match("/payload", .jws).entry.title == "Signed payload")
        #expect(try match("/signatures/0/header/x5c/1", .jws).entry.path == "signatures[].header.x5c")
        #expect(try match("/signatures/0/header/uuid", .jws).entry.path == "signatures[].header.uuid")
        #expect(try match("/header/x5u", .jws).entry.path == "header.x5u")
        #expect(try match("/signature", .jws).entry.path == "signature")
        #expect(try match("/unprotected/cty", .jwe).entry.path == "unprotected.cty")
        #expect(try match("/recipients/0/encrypted_key", .jwe).entry.path == "recipients[].encrypted_key")
        #expect(try match("/recipients/0/header/alg", .jwe).entry.value("RSA-OAEP") != nil)
        #expect(try match("/cyphertext", .jwe).entry.standing == .retired)
        #expect(try match("/format", .bundleManifest).entry.value("vcon-bundle") != nil)
        #expect(try match("/version", .bundleManifest).entry.path == "version")
        // The same name in a vCon is not an envelope member.
        #expect(try match("/payload").isDefined == false)
        // vcon-lib's hybrid keeps unsigned members beside payload and signatures.
        let hybrid = try match("/parties/0/name", .jws)
        #expect(hybrid.entry.path == "parties[].name")
        #expect(hybrid.notes.count == 1)
    }

    @Test func attachmentBodiesOfKnownPurposesHaveTheirOwnEntries() throws {
        #expect(try match("/attachments/2/body", purpose: "sip-message-trace").entry.path == "attachments[purpose=sip-message-trace].body")
        #expect(
            try match("/attachments/2/body/messages/3/status_code", purpose: "sip-message-trace").entry.path
                == "attachments[purpose=sip-message-trace].body.messages[].status_code")
        let sender = try match("/attachments/2/body/messages/3/party", purpose: "sip-message-trace")
        #expect(sender.entry.indexes == "parties[]")
        #expect(try match("/attachments/1/body/result", purpose: "stir-verification-report").entry.value("stale") != nil)
        #expect(try match("/attachments/1", purpose: "sip-invite").entry.path == "attachments[purpose=sip-invite]")
        // Members other than the body keep their ordinary entries.
        #expect(try match("/attachments/1/party", purpose: "sip-invite").entry.path == "attachments[].party")
        #expect(try match("/attachments/1/mediatype", purpose: "sip-sdp").entry.path == "attachments[].mediatype")
        // Header names inside a sip-headers body are content, not fields.
        let header = try match("/attachments/0/body/Call-ID", purpose: "sip-headers")
        #expect(header.entry.path == "attachments[purpose=sip-headers].body")
        // An unknown purpose falls back to the plain attachment entries.
        #expect(try match("/attachments/0/body", purpose: "invoice").entry.path == "attachments[].body")
        // lawful_basis bodies have their own entries (draft-howe-vcon-lawful-basis-02).
        #expect(try match("/attachments/0/body", purpose: "lawful_basis").entry.path == "attachments[purpose=lawful_basis].body")
    }

    @Test func documentLookupReadsPurposeFormAndValue() throws {
        let vcon = try JSONDocument.parse(
            string: """
                {"uuid":"x","dialog":[{"type":"incomplete","disposition":"busy"},{"type":"audio"}],
                 "attachments":[{"type":"sip-message-trace","body":{"messages":[{"method":"INVITE","direction":"sent"}]}}]}
                """)
        let direction = try #require(Explain.entry(forPointer: "/attachments/0/body/messages/0/direction", in: vcon))
        #expect(direction.entry.path == "attachments[purpose=sip-message-trace].body.messages[].direction")
        #expect(direction.notes == ["Value \"sent\": sent by the vCon producer's side."])
        let disposition = try #require(Explain.entry(forPointer: "/dialog/0/disposition", in: vcon))
        #expect(disposition.notes == ["Value \"busy\": the party was busy in another conversation."])
        let audio = try #require(Explain.entry(forPointer: "/dialog/1/type", in: vcon))
        #expect(audio.notes.first?.hasPrefix("Value \"audio\": not defined by any draft") == true)
        let jws = try JSONDocument.parse(
            string: #"{"payload":"e30","signatures":[{"protected":"e30","header":{"alg":"RS256"},"signature":"AA"}]}"#)
        #expect(
            Explain.entry(forPointer: "/signatures/0/header/alg", in: jws)?.notes == [
                "Value \"RS256\": RSASSA-PKCS1-v1_5 with SHA-256 (recommended)."
            ])
        let manifest = try JSONDocument.parse(string: #"{"format":"vcon-bundle","version":"1.0"}"#)
        #expect(Explain.entry(forPointer: "/version", in: manifest)?.entry.form == .bundleManifest)
    }

    @Test func malformedPointersGiveNil() {
        #expect(Explain.entry(forPointer: "dialog/0") == nil)
    }
}
