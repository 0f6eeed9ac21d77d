import TermUI
import Testing
import VConModel

@testable import BrowserCore

@Suite struct JSONTreeTests {
    static let small = #"""
        {"vcon":"0.4.0","subject":"Hi \u001b[31mred","parties":[{"name":"Alice","tel":"+1 555"},{"name":"Bob"}],
         "dialog":[{"type":"text","body":"hello","n":3.50,"ok":true,"x":null}],"odd key":{},"e":[]}
        """#

    @Test func rendersEveryValueAsARow() {
        let tree = JSONTree(document: PartsFixtures.document(Self.small))
        var state = tree.initialFoldState()
        #expect(tree.nodeCount == 18)
        #expect(
            PartsFixtures.screen(tree, state: &state, height: 18) == #"""
                ▾ {6 keys}
                    vcon: "0.4.0"
                    subject: "Hi \u001b[31mred"
                  ▾ parties: [2 items]
                    ▾ [0] {2 keys}
                        name: "Alice"
                        tel: "+1 555"
                    ▾ [1] {1 key}
                        name: "Bob"
                  ▾ dialog: [1 item]
                    ▾ [0] {5 keys}
                        type: "text"
                        body: "hello"
                        n: 3.50
                        ok: true
                        x: null
                    odd key: {}
                    e: []
                """#)
    }

    @Test func foldsBigContainersAndSummarisesThem() {
        let items = (0..<100).map(String.init).joined(separator: ",")
        let text = #"{"small":[1,2],"big":["# + items + #"],"deep":{"inner":{"list":["# + items + #"]}}}"#
        let tree = JSONTree(document: PartsFixtures.document(text))
        var state = tree.initialFoldState()
        #expect(
            PartsFixtures.screen(tree, state: &state, height: 8) == """
                ▾ {3 keys}
                  ▾ small: [2 items]
                      [0] 1
                      [1] 2
                  ▸ big: [100 items]
                  ▾ deep: {1 key}
                    ▾ inner: {1 key}
                      ▸ list: [100 items]
                """)
        state.move(.down(4), in: tree)
        #expect(tree.path(ofRow: state.selected).jq == ".big")
        state.expandOrChild(in: tree)
        #expect(
            PartsFixtures.screen(tree, state: &state, height: 4, glyphs: .ascii) == """
                  - small: [2 items]
                      [0] 1
                      [1] 2
                  - big: [100 items]
                """)
        state.move(.bottom, in: tree)
        #expect(tree.path(ofRow: state.selected).jq == ".deep.inner.list")
        #expect(
            PartsFixtures.screen(tree, state: &state, height: 4) == """
                      [99] 99
                  ▾ deep: {1 key}
                    ▾ inner: {1 key}
                      ▸ list: [100 items]
                """)
    }

    @Test func previewsLongStringsAndBase64WithoutDecoding() {
        let base64 = String(repeating: "QUJD", count: 300_000) + "-_"
        let long = String(repeating: "word ", count: 40)
        let cjk = String(repeating: "漢", count: 40)
        let standard = String(repeating: "ab+/", count: 100) + "=="
        let text =
            #"{"body":""# + base64 + #"","std":""# + standard + #"","text":""# + long
            + #"","wide":""# + cjk + #"","esc":"a\u202eb\u0007\"q\""}"#
        let tree = JSONTree(document: PartsFixtures.document(text), options: JSONPreviewOptions(stringWidth: 20))
        var state = tree.initialFoldState()
        #expect(
            PartsFixtures.screen(tree, state: &state, height: 6) == #"""
                ▾ {5 keys}
                    body: "…" (900 kB base64url)
                    std: "…" (300 B base64)
                    text: "word word word word…"
                    wide: "漢漢漢漢漢漢漢漢漢…"
                    esc: "a\u202eb\u0007"q""
                """#)
    }

    @Test func pathsAsDisplayPointerAndJq() {
        let text = #"{"dialog":[{},{},{"parties":[0,1],"odd key":{"a/b~c":["x"]}}],"_ok":1,"9":2}"#
        let tree = JSONTree(document: PartsFixtures.document(text))
        func path(_ pointer: String) -> JSONPath { tree.path(ofRow: tree.row(forPointer: pointer) ?? 0) }
        #expect(path("/dialog/2/parties").jq == ".dialog[2].parties")
        #expect(path("/dialog/2/parties").pointer == "/dialog/2/parties")
        #expect(path("/dialog/2/parties/1").jq == ".dialog[2].parties[1]")
        #expect(path("/dialog/2/odd key/a~1b~0c/0").jq == #".dialog[2]["odd key"]["a/b~c"][0]"#)
        #expect(path("/dialog/2/odd key/a~1b~0c/0").pointer == "/dialog/2/odd key/a~1b~0c/0")
        #expect(path("").jq == ".")
        #expect(path("").pointer == "")
        #expect(path("/_ok").jq == "._ok")
        #expect(path("/9").jq == #".["9"]"#)
        let sneaky = JSONPath([.key("\u{1b}]0;x\u{7}\u{202e}")])
        #expect(sneaky.jq == ".[\"\\u001b]0;x\\u0007\u{202e}\"]")
        #expect(sneaky.description == #".["\u001b]0;x\u0007\u202e"]"#)
        #expect(!sneaky.description.unicodeScalars.contains { Sanitizer.isUnsafe($0) })
    }

    /// The lazy index answers like a tree built the slow way, for every stride (checkpoints everywhere).
    @Test(arguments: [2, 3, 7, 64])
    func indexMatchesARecursiveWalk(stride: Int) {
        let text = #"""
            {"a":[1,[2,[3,{"b":[]}]],{"c":{"d":{"e":[4,5,{"f":6}]}}}],"g":{},"h":[[],[[]],{"i":{"j":null}}],"k":"x"}
            """#
        let document = PartsFixtures.document(text)
        let tree = JSONTree(index: JSONTreeIndex(document: document, stride: stride))
        var expected: [(depth: Int, label: String)] = []
        func walk(_ value: JSONValue, depth: Int, prefix: String) {
            expected.append((depth, prefix + tree.preview(of: value).plainText))
            for (offset, element) in value.elements.enumerated() { walk(element, depth: depth + 1, prefix: "[\(offset)] ") }
            for member in value.members { walk(member.value, depth: depth + 1, prefix: member.key + ": ") }
        }
        walk(document.root, depth: 0, prefix: "")
        let model = TreeModel(rows: expected.map { ($0.depth, SafeText($0.label)) })
        #expect(tree.nodeCount == model.nodeCount)
        for row in 0..<model.nodeCount {
            #expect(tree.depth(of: row) == model.depth(of: row), "depth of \(row)")
            #expect(tree.parent(of: row) == model.parent(of: row), "parent of \(row)")
            #expect(tree.subtreeEnd(of: row) == model.subtreeEnd(of: row), "end of \(row)")
            #expect(tree.label(of: row).plainText == model.label(of: row).plainText, "label of \(row)")
            #expect(tree.index.row(ofTape: tree.index.tape(ofRow: row)) == row)
        }
        #expect(tree.path(ofRow: 11).pointer == "/a/2/c/d")
    }
}
