import Testing

@testable import VConModel

/// Every core-04 rule on its valid and invalid fixture, under core-04 and core-03.
@Suite struct Core04RuleTests {
    @Test(arguments: Core04Fixtures.cases + Core04Fixtures.redactionCases)
    func fixture(_ c: Core04Case) throws {
        let document = try JSONDocument.parse(string: c.json)
        let findings = Validator.validate(VCon(json: document.root), profile: c.profile)
        let hits = findings.filter { $0.rule == c.rule && $0.pointer == c.pointer }
        let listed = findings.map { "\($0.severity) \($0.rule) \($0.pointer): \($0.message)" }
        if let severity = c.severity {
            #expect(hits.map(\.severity).contains(severity), "\(listed)")
            #expect(hits.allSatisfy { !$0.section.isEmpty })
        } else {
            #expect(hits.isEmpty, "\(listed)")
        }
    }

    @Test func everyNewRuleHasASectionAndAFixture() {
        let ids = Validator.rules.map { type(of: $0).id }
        for id in [
            "dialog-parameters", "placeholder", "transfer-single-index", "party-uuid", "party-did", "reference-object",
            "vcon-content",
        ] {
            #expect(ids.contains(id))
            #expect(Core04Fixtures.cases.contains { $0.rule == id && $0.severity != nil }, "\(id) has an invalid fixture")
            #expect(Core04Fixtures.cases.contains { $0.rule == id && $0.severity == nil }, "\(id) has a valid fixture")
        }
        for rule in Validator.rules { #expect(type(of: rule).section.hasPrefix("§"), "\(type(of: rule).id)") }
    }

    @Test func profilesAreChosenFromTheFile() throws {
        let new = VCon(json: try JSONDocument.parse(string: Core04Fixtures.vcon("")).root)
        #expect(Profile.automatic(for: new) == .core04)
        let old = VCon(json: try JSONDocument.parse(string: #"{"vcon":"0.0.1","uuid":"x","parties":[]}"#).root)
        #expect(Profile.automatic(for: old) == .legacy(.v0_0_1))
        #expect(Profile(name: "core-03") == .core03 && Profile(name: "CORE-04") == .core04 && Profile(name: "core-05") == nil)
    }

    @Test func headerSaysValidUnderCore03ButNotCore04() throws {
        let json = Core04Fixtures.transfer(#""start":"2024-01-15T10:00:00Z","original":[0],"target_dialog":1"#)
        let vcon = VCon(json: try JSONDocument.parse(string: json).root)
        let comparison = try #require(ProfileComparison.forNewest(vcon))
        #expect(comparison.validUnderCore03Only)
        #expect(comparison.summary?.hasPrefix("valid under core-03, not core-04: \"original\" is an array") == true)
        let clean = VCon(json: try JSONDocument.parse(string: Core04Fixtures.vcon(#""dialog":[\#(Core04Fixtures.text)]"#)).root)
        #expect(ProfileComparison(clean).summary == nil)
    }
}
