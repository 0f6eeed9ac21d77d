import Foundation
import TermUI
import TestSupport
import Testing
import VConModel

@testable import BrowserCore

@Suite struct VConSearchTests {
    static let features = "python-vcon-generated/pyvcon_unsigned_features.vcon.json"

    func search(_ document: JSONDocument, _ text: String) -> VConSearch {
        var search = VConSearch(vcon: VCon(json: document.root), query: SearchQuery(text))
        search.run()
        return search
    }

    @Test(.corpus) func findsAPartyNameInTheCorpus() throws {
        let document = try #require(PartsFixtures.corpus(Self.features))
        let found = search(document, "alice")
        let name = try #require(found.hits.first { $0.pointer == "/parties/0/name" })
        #expect(name.kind == .value)
        #expect(name.path.description == ".parties[0].name")
        #expect(name.excerpt == "Alice")
        #expect(name.matchRange == 0..<5)
        #expect(found.hits.contains { $0.pointer == "/parties/0/mailto" && $0.excerpt == "alice@example.com" })
        #expect(search(document, "ALICE").hits.isEmpty, "uppercase makes the search case-sensitive")
        #expect(search(document, "Alice").hits.count == 5, "the name, an email body, two transcript turns and a summary")
        #expect(found.hits.map(\.tapeIndex) == found.hits.map(\.tapeIndex).sorted())
    }

    @Test(.corpus) func findsAWordInsideABase64urlTextBodyAndSkipsBinaryOnes() throws {
        let document = try #require(PartsFixtures.corpus(Self.features))
        let found = search(document, "fake pdf")
        let hit = try #require(found.hits.first)
        #expect(found.hits.count == 1)
        #expect(hit.kind == .decoded)
        #expect(hit.pointer == "/attachments/0/body")
        #expect(hit.excerpt == #"%PDF-1.4\n% fake pdf for testing\n"#)
        #expect(Array(hit.excerpt)[hit.matchRange].elementsEqual("fake pdf"))
        #expect(found.progress.decodedBodies == 1)
        #expect(found.progress.skippedBinaryBodies == 1, "the WAV recording is sniffed, not decoded")
    }

    @Test(.corpus) func findsKeys() throws {
        let document = try #require(PartsFixtures.corpus(Self.features))
        let found = search(document, "mailto")
        let keys = found.hits.filter { $0.kind == .key }
        #expect(keys.map(\.pointer) == ["/parties/0/mailto", "/parties/1/mailto"])
        #expect(keys.first?.tapeIndex == document.value(at: "/parties/0/mailto")?.index)
    }

    @Test func excerptsNeverCarryEscapeSequences() throws {
        let text = #"{"subject":"evil \u001b]0;title\u0007 and \u202eevil\u001b[2J","n":12345}"#
        let document = PartsFixtures.document(text)
        let found = search(document, "title")
        let hit = try #require(found.hits.first)
        #expect(hit.excerpt == #"evil \u001b]0;title\u0007 and \u202eevil\u001b[2J"#)
        #expect(Array(hit.excerpt)[hit.matchRange].elementsEqual("title"))
        #expect(!hit.excerpt.unicodeScalars.contains { Sanitizer.isUnsafe($0) })
        #expect(search(document, "234").hits.map(\.pointer) == ["/n"])
    }

    @Test func searchesInsideJSONInStringBodies() throws {
        let text = #"{"analysis":[{"type":"transcript","encoding":"json","body":"{\"turns\":[{\"text\":\"the Refund is late\"}]}"}]}"#
        let found = search(PartsFixtures.document(text), "refund")
        let decoded = try #require(found.hits.first { $0.kind == .decoded })
        #expect(decoded.pointer == "/analysis/0/body")
        #expect(decoded.displayPath == ".analysis[0].body → .turns[0].text")
        #expect(decoded.excerpt == "the Refund is late")
    }

    @Test func nonASCIICaseFoldingAndLongExcerpts() throws {
        let long = String(repeating: "x", count: 100) + "ÉMILE" + String(repeating: "y", count: 100)
        let found = search(PartsFixtures.document(#"{"a":""# + long + #""}"#), "émile")
        let hit = try #require(found.hits.first)
        #expect(hit.excerpt == "…" + String(repeating: "x", count: 24) + "ÉMILE" + String(repeating: "y", count: 40) + "…")
        #expect(hit.matchRange == 25..<30)
    }

    @Test func runsInStepsAndNavigatesWithWrapAround() {
        let items = (0..<500).map { #"{"name":"item \#($0)","tag":"\#($0 % 100 == 7 ? "needle" : "hay")"}"# }
        let document = PartsFixtures.document("[" + items.joined(separator: ",") + "]")
        var stepped = VConSearch(document: document, query: SearchQuery("needle"))
        var steps = 0
        while !stepped.progress.isFinished {
            stepped.step(budget: 100)
            steps += 1
        }
        #expect(steps > 10)
        #expect(stepped.progress.valuesSearched == document.valueCount)
        #expect(stepped.progress.fraction == 1)
        let whole = search(document, "needle")
        #expect(stepped.hits == whole.hits)
        #expect(whole.hits.map(\.pointer) == ["/7/tag", "/107/tag", "/207/tag", "/307/tag", "/407/tag"])

        let second = whole.next(fromPointer: "/7/tag")
        #expect(second == VConSearch.Step(hitIndex: 1, wrapped: false))
        #expect(whole.next(fromPointer: "/450") == VConSearch.Step(hitIndex: 0, wrapped: true))
        #expect(whole.previous(fromPointer: "/107/tag") == VConSearch.Step(hitIndex: 0, wrapped: false))
        #expect(whole.previous(fromPointer: "/0") == VConSearch.Step(hitIndex: 4, wrapped: true))
        #expect(whole.next(afterHit: 4) == VConSearch.Step(hitIndex: 0, wrapped: true))
        #expect(search(document, "").hits.isEmpty)
    }

    @Test func neverDecodesALargeBinaryBody() {
        var wav = Array("RIFF".utf8) + [0x24, 0x00, 0x10, 0x00] + Array("WAVEfmt ".utf8)
        wav += [UInt8](repeating: 0, count: 3_000_000)
        let body = Base64.urlEncode(wav)
        let text =
            #"{"dialog":[{"type":"recording","encoding":"base64url","mediatype":"audio/x-wav","body":""#
            + body + #""}]}"#
        let found = search(PartsFixtures.document(text), "AAAA")
        #expect(found.hits.isEmpty, "base64 text is not searched as text")
        #expect(found.progress.skippedBinaryBodies == 1)
        #expect(found.progress.decodedBodies == 0)
    }

    @Test func leavesHugeTextBodiesUndecoded() {
        let body = Base64.urlEncode(Array(String(repeating: "needle in a text body ", count: 100).utf8))
        let text = #"{"attachments":[{"encoding":"base64url","body":""# + body + #""}]}"#
        var limited = VConSearch(document: PartsFixtures.document(text), query: SearchQuery("needle"))
        limited.maxDecodedBodyLength = 1000
        limited.run()
        #expect(limited.hits.isEmpty)
        #expect(limited.progress.skippedLargeBodies == 1)
        #expect(search(PartsFixtures.document(text), "needle").hits.count == 100)
    }
}
