import Testing

@testable import VConModel

/// Explain (`X`) on the members of the extensions this reader knows (contact center, WTF transcription,
/// lawful basis) and on the fields core-04 changed: each gets its own entry, not "inside the value of".
@Suite struct ExplainExtensionTests {
    private func entry(_ pointer: String, purpose: String? = nil) throws -> FieldExplanation {
        let match = try #require(Explain.entry(forPointer: pointer, purpose: { _ in purpose }))
        #expect(match.isDefined, "\(pointer) fell back to the undefined entry")
        return match.entry
    }

    @Test func contactCenterMembersAreExtensionFields() throws {
        for (pointer, path) in [
            ("/parties/0/role", "parties[].role"), ("/parties/1/contact_list", "parties[].contact_list"),
            ("/dialog/0/campaign", "dialog[].campaign"), ("/dialog/0/interaction_type", "dialog[].interaction_type"),
            ("/dialog/0/interaction_id", "dialog[].interaction_id"), ("/dialog/2/skill", "dialog[].skill"),
        ] {
            let found = try entry(pointer)
            #expect(found.path == path && found.standing == .extension, "\(pointer)")
            #expect(found.specs.first?.document == "draft-ietf-vcon-cc-extension-02", "\(pointer)")
        }
        let role = try entry("/parties/0/role")
        #expect(["agent", "customer", "supervisor", "sme", "thirdparty"].allSatisfy { role.value($0) != nil })
        #expect(try entry("/dialog/0/skill/1").path == "dialog[].skill")
    }

    @Test func wtfBodyMembersHaveEntries() throws {
        #expect(try entry("/analysis/0/body/segments/17/start").path == "analysis[].body.segments[].start")
        #expect(try entry("/analysis/0/body/segments/3/speaker").path == "analysis[].body.segments[].speaker")
        #expect(try entry("/analysis/0/body/metadata/provider").path == "analysis[].body.metadata")
        #expect(try entry("/analysis/0/body/enrichments/topics/0").path == "analysis[].body.enrichments")
        #expect(try entry("/analysis/0/body/transcript").specs.first?.document == "draft-howe-vcon-wtf-extension-02")
    }

    @Test func lawfulBasisBodyIsKeyedByPurpose() throws {
        let expiry = try entry("/attachments/2/body/expiration", purpose: "lawful_basis")
        #expect(expiry.path == "attachments[purpose=lawful_basis].body.expiration")
        #expect(expiry.meaning.contains("created_at"))
        let grants = try entry("/attachments/2/body/purpose_grants/0/purpose", purpose: "lawful_basis")
        #expect(grants.path == "attachments[purpose=lawful_basis].body.purpose_grants")
        // Another purpose's body is not read as a lawful basis.
        let other = try #require(Explain.entry(forPointer: "/attachments/2/body/expiration", purpose: { _ in "invoice" }))
        #expect(!other.path.contains("lawful_basis"))
    }

    @Test func core04ChangesAreInTheEntriesAndTheirSpellingRows() throws {
        for (path, row) in [
            ("dialog[].original", "original (one index; an array is a finding)"),
            ("dialog[].consultation", "consultation (one index; an array is a finding)"),
            ("dialog[].target_dialog", "target_dialog (one index)"),
            ("dialog[].transfer_target", "transfer_target (one index)"),
            ("parties[].uuid", "uuid (free-form, unique)"),
            ("dialog[].start", "start (SHOULD; optional on transfer)"),
        ] {
            let found = try #require(Explain.entry(forPath: path))
            #expect(found.spellings.last?.spelling == row && found.spellings.last?.drafts == "core-04", "\(path)")
            #expect(found.meaning.contains("core-04"), "\(path)")
        }
        // The generation's own spelling is still the first matching row.
        #expect(try #require(Explain.entry(forPath: "dialog[].target_dialog")).spelling(in: .v0_4_0) == "target_dialog")
        #expect(try #require(Explain.entry(forPath: "dialog[].type")).meaning.contains("placeholder"))
    }
}
