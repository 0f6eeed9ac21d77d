import TestSupport
import Testing
import VConCommands

@testable import VConModel

@Suite(.corpus) struct RelationGraphTests {
    private func library(_ names: [String]) throws -> Library {
        var library = Library()
        for name in names {
            let path = Corpus.path("python-vcon-generated/\(name)")
            library.add(LibraryMember(source: .file(name), file: try FileLoader().load(path: path)))
        }
        return library
    }

    @Test func groupParentLinksToItsChildren() throws {
        let graph = RelationGraph(
            library: try library(["pyvcon_group_parent.vcon.json", "pyvcon_group_child1.vcon.json", "pyvcon_group_child2.vcon.json"]))
        #expect(graph.edges.count == 2)
        #expect(graph.edges.map(\.kind) == [.group, .group])
        #expect(graph.edges.map(\.to) == [.member(1), .member(2)])
        #expect(graph.roots == [0])
        #expect(graph.incoming(1).map(\.from) == [0])
        #expect(graph.reachable(from: 0) == [1, 2])
        let text = TreeReport.text(graph)
        #expect(text.contains("├─ group → 01a1fd07-c8c4-8011-8caa-f24ab1a0c334  here"))
        #expect(text.contains("└─ group → 01a1fd07-c8c4-821b-8caa-f24ab1a0c334  here"))
    }

    @Test func missingTargetsAreShownNotFatal() throws {
        let graph = RelationGraph(library: try library(["pyvcon_redaction_redacted.vcon.json", "pyvcon_amended_v2.vcon.json"]))
        #expect(graph.edges.map(\.status) == [.missing, .missing])
        #expect(graph.edges.map(\.kind) == [.redacted, .amended])
        let json = TreeReport.json(graph).render()
        #expect(json.contains(#""kind":"redacted""#))
        #expect(json.contains(#""uuid":"01a1fd07-c8c4-8f80-8caa-f24ab1a0c334","source":null,"status":"missing""#))
    }

    @Test func signedAmendedChainResolvesThroughThePayload() throws {
        let graph = RelationGraph(
            library: try library([
                "pyvcon_amended_v1_signed.vcon.json", "pyvcon_amended_v2.vcon.json", "pyvcon_amended_v3_signed.vcon.json",
            ]))
        #expect(graph.edges.count == 2)
        #expect(graph.roots == [2])
        #expect(graph.reachable(from: 2) == [1, 0])
    }

    @Test func cyclesAreMarked() throws {
        let a = #"{"uuid":"a","vcon":"0.4.0","created_at":"2026-01-01T00:00:00Z","amended":{"uuid":"b"}}"#
        let b = #"{"uuid":"b","vcon":"0.4.0","created_at":"2026-01-01T00:00:00Z","amended":{"uuid":"a"}}"#
        var library = Library()
        for (name, text) in [("a", a), ("b", b)] {
            library.add(LibraryMember(source: .file(name), file: try FileLoader().load(buffer: ByteBuffer(Array(text.utf8)), source: name)))
        }
        let graph = RelationGraph(library: library)
        #expect(graph.roots == [0])
        #expect(TreeReport.text(graph, ascii: true) == "a  here  a\n`- amended -> b  here  b\n   `- amended -> a  cycle (already above)\n")
    }

    @Test func duplicateUUIDWithDifferentContentIsAFinding() throws {
        var library = Library()
        for (name, subject) in [("x", "one"), ("y", "two"), ("z", "one")] {
            let text = #"{"uuid":"same","subject":"\#(subject)"}"#
            library.add(LibraryMember(source: .file(name), file: try FileLoader().load(buffer: ByteBuffer(Array(text.utf8)), source: name)))
        }
        #expect(library.members(withUUID: "same") == [0, 1, 2])
        #expect(library.findings.map(\.finding.rule) == ["duplicate-uuid"])
        #expect(library.findings.first?.source == "y")
    }

    @Test func inlineGroupBodiesBecomeMembers() throws {
        let child = #"{"uuid":"child","vcon":"0.0.1","subject":"inner"}"#
        let parent = #"{"uuid":"parent","vcon":"0.0.1","group":[{"uuid":"child","body":\#(child),"encoding":"json"}]}"#
        var library = Library()
        library.add(LibraryMember(source: .file("p"), file: try FileLoader().load(buffer: ByteBuffer(Array(parent.utf8)), source: "p")))
        #expect(library.members.count == 2)
        #expect(library.members[1].vcon?.subject == "inner")
        let graph = RelationGraph(library: library)
        #expect(graph.edges.first?.status == .inline)
        #expect(graph.edges.first?.to == .member(1))
    }
}
