import Foundation
import TestSupport
import Testing

@testable import VConModel

/// The draft's own schema (Appendix B, un-wrapped into Tests/Schema) run by Python jsonschema over
/// the demo, the corpus and the core-04 fixtures: every schema error must be one of our core-04
/// findings at the same pointer, and every finding the schema does not share must come from a rule
/// in the reviewed table below (and in DECISIONS.md, "What the schema cannot express").
@Suite(.serialized, .corpus) struct SchemaAgreementTests {
    /// Rules whose findings the schema cannot express, and why (mirrored in DECISIONS.md).
    static let beyondSchema: [String: String] = [
        "party-index": "index ranges need the array's length",
        "dialog-index": "index ranges need the array's length",
        "attachment-index": "index ranges need the array's length",
        "transfer-dialog": "index ranges and self-references",
        "content-hash": "the ContentHash token syntax and the sha512 MUST",
        "encoding": "base64url alphabet and length, json bodies that do not parse",
        "url-syntax": "HTTPS only (the draft's printed schema has format uri, which jsonschema checks only with rfc3987)",
        "uuid-syntax": "format uuid is not a draft-07 format; version 8 SHOULD",
        "date-syntax": "normal form (JMAP Date) beyond RFC 3339",
        "media-type": "type/subtype syntax; the SHOULD for analysis",
        "content-presence": "body or url SHOULD; both at once",
        "dialog-parameters": "Table 1's SHOULD and SHOULD NOT cells",
        "dialog-type": "recording-set newer than the declared syntax",
        "disposition": "SHOULD NOT outside incomplete",
        "party-event": "core-01 dtmf tokens",
        "session-id": "RFC 7989 session-id syntax",
        "party-uuid": "uniqueness among parties",
        "party-did": "DID URI syntax",
        "reference-object": "the empty {} convention for \"none\"",
        "vcon-content": "a SHOULD (the schema's $comment says SHOULDs are not enforced)",
        "exclusive-references": "amended beside appended; group",
        "old-spelling": "spellings of other generations",
        "critical-extension": "which extensions this reader supports",
        "unknown-key": "members no draft defines (the schema allows any)",
        "field-type": "null read as absent; SessionId member types",
        "required-field": "analysis vendor and attachment members as warnings where the schema has no SHOULD",
        "vcon-version": "an undefined vcon value read as the newest",
        "json-duplicate-key": "the JSON text, not the value",
        "json-invalid-utf8": "the JSON text, not the value",
        "json-lone-surrogate": "the JSON text, not the value",
        "json-byte-order-mark": "the JSON text, not the value",
        "placeholder": "which value an incomplete placeholder should use",
    ]

    /// The files checked: unsigned corpus vCons, the demo's unsigned members, the fixtures.
    static func files(scratch: URL) throws -> [String] {
        var files: [String] = []
        let loader = FileLoader()
        for entry in CorpusIndex.entries where entry.kind == nil && entry.pythonLocation == nil {
            let path = Corpus.path(entry.path)
            if let file = try? loader.load(path: path), file.layers == [VConForm.unsigned] { files.append(path) }
        }
        for path in try SchemaRunner.extractDemo(into: scratch) {
            if let file = try? loader.load(path: path), file.layers == [VConForm.unsigned] { files.append(path) }
        }
        for (k, c) in Core04Fixtures.cases.enumerated() where c.profile == .core04 {
            let url = scratch.appendingPathComponent("fixture-\(k).json")
            try Data(c.json.utf8).write(to: url)
            files.append(url.path)
        }
        return files
    }

    @Test(.enabled(if: SchemaRunner.available || SchemaRunner.required, "skipped: Python jsonschema not found (pip install jsonschema)"))
    func everySchemaErrorIsAFindingAtTheSamePointer() throws {
        guard SchemaRunner.available else {
            Issue.record("VCON_REQUIRE_JSONSCHEMA=1 but \(SchemaRunner.python) cannot import jsonschema")
            return
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("schema-agreement-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let files = try Self.files(scratch: scratch)
        #expect(files.count > 150, "unsigned corpus files, demo members and fixtures")
        let (errors, formats) = try SchemaRunner.errors(for: files)
        #expect(formats.contains("date-time"))
        #expect(errors.count > 500, "the corpus is far from the schema; \(errors.count) errors")

        var missing: [String] = []
        var unexplained: [String: String] = [:]
        let byFile = Dictionary(grouping: errors, by: \.file)
        for path in files {
            let file = try FileLoader().load(path: path)
            let findings = Validator.validate(file, profile: .core04)
            let pointers = Set(findings.map(\.pointer))
            let schemaPointers = Set(
                (byFile[path] ?? []).flatMap { error in [error.pointer] + error.members.map { error.pointer + "/" + $0 } })
            for error in byFile[path] ?? [] {
                let accepted = [error.pointer] + error.members.map { error.pointer + "/" + $0 }
                if !accepted.contains(where: pointers.contains) {
                    missing.append("\(path) \(error.pointer) [\(error.validator)] \(error.message.prefix(120))")
                }
            }
            for finding in findings where finding.severity != .info && !schemaPointers.contains(finding.pointer) {
                if Self.beyondSchema[finding.rule] == nil { unexplained[finding.rule] = "\(path) \(finding.pointer): \(finding.message)" }
            }
        }
        #expect(missing.isEmpty, "\(missing.count) schema errors we do not report:\n\(missing.prefix(40).joined(separator: "\n"))")
        #expect(unexplained.isEmpty, "findings outside the reviewed table: \(unexplained)")
    }

    @Test func theReviewedTableIsInDecisions() throws {
        let decisions = try String(contentsOf: PackagePaths.root.appendingPathComponent("DECISIONS.md"), encoding: .utf8)
        for rule in Self.beyondSchema.keys { #expect(decisions.contains("| `\(rule)` |"), "\(rule) is in DECISIONS.md's table") }
    }

    @Test func theSchemaFileIsTheDraftsAppendixB() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: SchemaRunner.schema))
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(schema["$id"] as? String == "https://ietf.org/vcon/schemas/unsigned-vcon.json")
        let properties = try #require(schema["properties"] as? [String: Any])
        let updated = try #require(properties["updated_at"] as? [String: Any])
        // One of the fifteen places where the printing dropped the space it broke a line at.
        #expect(updated["description"] as? String == "Last modified time of this vCon in RFC3339 format")
    }
}
