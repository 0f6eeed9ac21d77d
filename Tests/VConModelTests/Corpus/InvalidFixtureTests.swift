import TestSupport
import Testing

@testable import VConModel

/// vcon-server's intentionally invalid fixtures: each gives the finding it was written to provoke.
@Suite(.corpus) struct InvalidFixtureTests {
    struct Case: Sendable, CustomStringConvertible {
        var file: String
        var severity: Finding.Severity
        var rule: String
        var pointer: String
        var description: String { file }
    }

    static let cases: [Case] = [
        Case(file: "bad_dialog_types.json", severity: .error, rule: "field-type", pointer: "/dialog/0/duration"),
        Case(file: "bad_dialog_types.json", severity: .error, rule: "field-type", pointer: "/dialog/0/mimetype"),
        Case(file: "bad_duration.json", severity: .error, rule: "field-type", pointer: "/dialog/0/duration"),
        Case(file: "bad_mimetype.json", severity: .error, rule: "media-type", pointer: "/dialog/0/mimetype"),
        Case(file: "bad_party_ref.json", severity: .error, rule: "party-index", pointer: "/dialog/0/parties/1"),
        Case(file: "bad_url.json", severity: .error, rule: "url-syntax", pointer: "/dialog/0/url"),
        Case(file: "empty_vcon.json", severity: .error, rule: "uuid-syntax", pointer: "/uuid"),
        Case(file: "empty_vcon.json", severity: .error, rule: "vcon-version", pointer: "/vcon"),
        Case(file: "empty_vcon.json", severity: .error, rule: "date-syntax", pointer: "/created_at"),
        Case(file: "invalid_dialog_url.json", severity: .error, rule: "url-syntax", pointer: "/dialog/0/url"),
        Case(file: "missing_uuid_and_vcon_version.json", severity: .error, rule: "required-field", pointer: ""),
        Case(file: "null_dialog_string_analysis.json", severity: .error, rule: "field-type", pointer: "/analysis"),
        Case(file: "null_parties.json", severity: .warning, rule: "field-type", pointer: "/parties"),
        Case(file: "null_parties.json", severity: .error, rule: "party-index", pointer: "/dialog/0/parties/0"),
        Case(file: "out_of_range_party_indices.json", severity: .error, rule: "party-index", pointer: "/dialog/0/parties/1"),
        Case(file: "out_of_range_party_indices.json", severity: .error, rule: "party-index", pointer: "/dialog/0/parties/2"),
        Case(file: "out_of_range_party_indices.json", severity: .error, rule: "party-index", pointer: "/dialog/0/originator"),
    ]

    @Test(arguments: cases)
    func producesItsFinding(_ c: Case) throws {
        let file = try FileLoader().load(path: Corpus.path("vcon-server/invalid_fixtures/" + c.file))
        let findings = Validator.validate(file)
        let hit = findings.first { $0.rule == c.rule && $0.pointer == c.pointer }
        #expect(hit?.severity == c.severity, "\(findings.map { "\($0.rule) \($0.pointer)" })")
        // The line:column is where the pointer's value starts.
        if let hit, let value = file.document.value(at: c.pointer) {
            #expect(hit.line == value.location.line && hit.column == value.location.column)
        }
    }

    @Test func everyFixtureHasAnError() throws {
        for name in Set(Self.cases.map(\.file)) {
            let file = try FileLoader().load(path: Corpus.path("vcon-server/invalid_fixtures/" + name))
            #expect(Validator.validate(file).contains { $0.severity == .error }, "\(name)")
        }
    }

    @Test func negativeDurationSaysSo() throws {
        let file = try FileLoader().load(path: Corpus.path("vcon-server/invalid_fixtures/bad_duration.json"))
        let finding = Validator.validate(file).first { $0.pointer == "/dialog/0/duration" }
        #expect(finding?.message.contains("negative") == true)
    }
}
