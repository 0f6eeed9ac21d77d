import Foundation
import TestSupport
import Testing

@testable import VConModel

@Suite struct ExplainCatalogTests {
    @Test func pathsAreUniquePerFormAndBarePathsDoNotCollide() {
        var seen: Set<String> = []
        var bare: Set<String> = []
        for entry in Explain.all {
            #expect(seen.insert(entry.id).inserted, "duplicate \(entry.id)")
            if entry.trailingArrayMarkers == 0 {
                #expect(bare.insert(entry.form.rawValue + ":" + entry.barePath).inserted, "bare collision \(entry.id)")
            }
        }
    }

    @Test func everyEntryIsCompleteAndPlainText() {
        for entry in Explain.all {
            #expect(!entry.title.isEmpty && !entry.meaning.isEmpty, "\(entry.id)")
            #expect(!entry.specs.isEmpty, "\(entry.id) names no spec")
            let sentences = entry.meaning.split(separator: ". ").count
            #expect(sentences <= 4, "\(entry.id) meaning has \(sentences) sentences")
            let text = Explain.text(for: entry).joined(separator: "\n")
            #expect(!text.unicodeScalars.contains { $0 != "\n" && TextSafety.needsEscape($0) }, "\(entry.id)")
        }
    }

    @Test func relatedPathsExist() {
        for entry in Explain.all {
            for path in entry.related {
                #expect(Explain.entry(forPath: path, inForm: entry.form) != nil, "\(entry.id) relates to missing \(path)")
            }
            if let target = entry.indexes {
                #expect(Explain.entry(forPath: target) != nil, "\(entry.id) indexes missing \(target)")
            }
        }
    }

    @Test func spellingsByGenerationFollowTheRenames() throws {
        func spelling(_ path: String, _ generation: Generation) throws -> String? {
            try #require(Explain.entry(forPath: path)).spelling(in: generation)
        }
        for owner in ["dialog[]", "attachments[]", "analysis[]"] {
            #expect(try spelling("\(owner).mediatype", .v0_0_1) == "mimetype")
            #expect(try spelling("\(owner).mediatype", .v0_0_2) == "mediatype")
            #expect(try spelling("\(owner).mediatype", .v0_4_0) == "mediatype")
            #expect(try spelling("\(owner).content_hash", .v0_0_1) == "alg + signature")
            #expect(try spelling("\(owner).content_hash", .v0_0_2) == "content_hash")
            #expect(try spelling("\(owner).alg", .v0_0_1) == "alg")
            #expect(try spelling("\(owner).signature", .v0_0_1) == "signature")
            #expect(try spelling("\(owner).signature", .v0_3_0)?.hasPrefix("content_hash") == true)
        }
        #expect(try spelling("amended", .v0_0_1) == "appended")
        #expect(try spelling("amended", .v0_3_0) == "appended")
        #expect(try spelling("amended", .v0_4_0) == "amended")
        #expect(try spelling("critical", .v0_0_2) == GenerationSpelling.absent)
        #expect(try spelling("critical", .v0_3_0) == "must_support")
        #expect(try spelling("critical", .v0_4_0) == "critical")
        #expect(try spelling("dialog[].transfer_target", .v0_0_1) == "transfer-target")
        #expect(try spelling("dialog[].transfer_target", .v0_0_2) == "transfer-target")
        #expect(try spelling("dialog[].transfer_target", .v0_3_0) == "transfer_target")
        #expect(try spelling("dialog[].target_dialog", .v0_0_2) == "target-dialog")
        #expect(try spelling("dialog[].target_dialog", .v0_4_0) == "target_dialog")
        #expect(try spelling("dialog[].session_id", .v0_0_2) == GenerationSpelling.absent)
        #expect(try spelling("dialog[].session_id", .v0_3_0) == "session_id: String")
        #expect(try spelling("dialog[].session_id", .v0_4_0)?.hasPrefix("session_id: {local, remote}") == true)
        #expect(try spelling("extensions", .v0_0_2) == GenerationSpelling.absent)
        #expect(try spelling("extensions", .v0_3_0) == "extensions")
        #expect(try Explain.entry(forPath: "dialog[].session_id")?.spelling(in: .unknown("1.0")) == nil)
    }

    @Test func partyEventsAndDialogTypesCarryTheirGenerations() throws {
        let events = try #require(Explain.entry(forPath: "dialog[].party_history[].event"))
        #expect(
            events.values.map(\.value) == ["join", "drop", "hold", "unhold", "mute", "unmute", "dtmfdown", "dtmfup", "keydown", "keyup"])
        #expect(events.value("keydown")?.generations == "0.4.0 (core-02) +")
        #expect(events.value("dtmfup")?.generations == "0.4.0 (core-01 only)")
        let types = try #require(Explain.entry(forPath: "dialog[].type"))
        #expect(types.value("recording-set")?.generations == "0.4.0 (core-03) +")
        #expect(types.value("audio")?.generations == "no draft")
        #expect(try #require(Explain.entry(forPath: "analysis[].type")).value("report") != nil)
        #expect(try #require(Explain.entry(forPath: "dialog[].encoding")).values.map(\.value) == ["base64url", "json", "none"])
    }

    @Test func specReferencesNameDraftAndSection() throws {
        let parties = try #require(Explain.entry(forPath: "dialog[].parties"))
        #expect(parties.specs.first?.description == "draft-ietf-vcon-vcon-core \u{00A7}4.3.4 parties")
        #expect(parties.specs.first?.asciiDescription == "draft-ietf-vcon-vcon-core S4.3.4 parties")
        #expect(
            try #require(Explain.entry(forPath: "parties[].sip_contact")).specs.first?.description
                == "draft-howe-vcon-sip-signaling-00 \u{00A7}4.1 sip_contact")
        #expect(
            try #require(Explain.entry(forPath: "version", inForm: .bundleManifest)).specs.first?.description
                == "draft-miller-vcon-zip-bundle-01 \u{00A7}3.1 manifest.json")
    }

    /// Every property name in the core draft's JSON schema, walked through `$ref`, `items`, `anyOf` and `oneOf`,
    /// has a defined entry at the matching path. Nothing is excluded.
    @Test(.specs) func everyJSONSchemaKeyHasAnEntry() throws {
        let url = SharedFolder.specs.url("vcon_json_schema-latest.json")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let definitions = schema["definitions"] as? [String: Any] ?? [:]
        var checked: [String] = []

        func walk(_ node: [String: Any], pointer: String) {
            let properties = node["properties"] as? [String: Any] ?? [:]
            for name in properties.keys.sorted() {
                guard let child = properties[name] as? [String: Any] else { continue }
                let childPointer = pointer + "/" + name
                let found = Explain.entry(forPointer: childPointer)
                #expect(found?.isDefined == true, "schema key \(childPointer) has no entry")
                #expect(found?.entry.barePath.hasSuffix(name) == true, "\(childPointer) -> \(found?.entry.path ?? "nil")")
                checked.append(childPointer)
                for (reference, isArray) in references(in: child) {
                    guard let target = definitions[reference] as? [String: Any] else { continue }
                    walk(target, pointer: childPointer + (isArray ? "/0" : ""))
                }
                if child["properties"] != nil { walk(child, pointer: childPointer) }
            }
        }
        walk(schema, pointer: "")
        #expect(checked.count > 100)
        #expect(checked.contains("/parties/0/civicaddress/pc"))
        #expect(checked.contains("/dialog/0/party_history/0/button"))
        #expect(checked.contains("/dialog/0/session_id/0/local"))
    }

    /// `$ref` targets reachable from a schema node, each with whether it sits under `items`.
    private func references(in node: [String: Any], underItems: Bool = false) -> [(String, Bool)] {
        var found: [(String, Bool)] = []
        if let reference = node["$ref"] as? String, let name = reference.split(separator: "/").last {
            found.append((String(name), underItems))
        }
        if let items = node["items"] as? [String: Any] { found += references(in: items, underItems: true) }
        for key in ["anyOf", "oneOf"] {
            for option in node[key] as? [[String: Any]] ?? [] { found += references(in: option, underItems: underItems) }
        }
        return found
    }

    /// The SIP signaling draft's parameters, purpose values and body fields (its Appendix C schema and §6-7).
    @Test func everySIPExtensionNameHasAnEntry() {
        let pointers =
            ["sip_contact", "sip_user_agent", "sip_display_name"].map { "/parties/0/\($0)" }
            + ["sip_call_id", "sip_from_tag", "sip_to_tag", "sip_cseq"].map { "/dialog/0/\($0)" }
        for pointer in pointers {
            #expect(Explain.entry(forPointer: pointer)?.entry.standing == .extension, "\(pointer)")
        }
        let trace =
            ["version", "call_id", "messages"]
            + ["timestamp", "direction", "party", "method", "status_code", "status_text", "headers", "body", "body_encoding"].map {
                "messages/0/\($0)"
            }
        for field in trace {
            let found = Explain.entry(forPointer: "/attachments/0/body/\(field)", purpose: { _ in "sip-message-trace" })
            #expect(found?.entry.path.hasPrefix("attachments[purpose=sip-message-trace].body.") == true, "\(field)")
        }
        for field in ["verifier", "timestamp", "result", "attestation", "reason", "orig_tn", "dest_tn"] {
            let found = Explain.entry(forPointer: "/attachments/0/body/\(field)", purpose: { _ in "stir-verification-report" })
            #expect(found?.entry.path == "attachments[purpose=stir-verification-report].body.\(field)")
        }
        let purposes = [
            "sip-invite", "sip-response", "sip-ack", "sip-bye", "sip-cancel", "sip-update", "sip-refer", "sip-message-trace",
            "sip-sdp", "sip-headers", "stir-certificate", "stir-verification-report", "stir-passport-extended",
        ]
        let purposeEntry = Explain.entry(forPath: "attachments[].purpose")
        for purpose in purposes {
            #expect(purposeEntry?.value(purpose) != nil, "\(purpose)")
            #expect(Explain.entry(forPath: "attachments[purpose=\(purpose)].body") != nil, "\(purpose)")
        }
    }

    /// The envelope members the core draft profiles (signed and encrypted forms) and the bundle manifest.
    @Test func everyEnvelopeAndManifestMemberHasAnEntry() {
        let jws = [
            "/payload", "/signatures", "/signatures/0/protected", "/signatures/0/header", "/signatures/0/signature",
            "/signatures/0/header/alg", "/signatures/0/header/x5c", "/signatures/0/header/x5u", "/signatures/0/header/uuid",
            "/protected", "/header/alg", "/header/x5c", "/signature",
        ]
        let jwe = [
            "/unprotected", "/unprotected/cty", "/unprotected/enc", "/unprotected/uuid", "/recipients", "/recipients/0/header",
            "/recipients/0/header/alg", "/recipients/0/encrypted_key", "/iv", "/ciphertext", "/cyphertext", "/tag", "/protected",
            "/header/alg", "/encrypted_key",
        ]
        for pointer in jws { #expect(Explain.entry(forPointer: pointer, inForm: .jws)?.isDefined == true, "jws \(pointer)") }
        for pointer in jwe { #expect(Explain.entry(forPointer: pointer, inForm: .jwe)?.isDefined == true, "jwe \(pointer)") }
        for pointer in ["", "/format", "/version"] {
            #expect(Explain.entry(forPointer: pointer, inForm: .bundleManifest)?.entry.standing == .bundle, "manifest \(pointer)")
        }
    }
}
