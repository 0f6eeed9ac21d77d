import Testing
@testable import VConModel

@Suite struct LadderCorpusTests {
    @Test func printDraftExamples() throws {
        print(SIPFixtures.dump(try SIPFixtures.corpusVCon("sip-signaling-draft/full_sip_trace_stir_shaken.vcon.json")))
        print(SIPFixtures.dump(try SIPFixtures.corpusVCon("sip-signaling-draft/minimal_sip_call.vcon.json")))
    }
}
