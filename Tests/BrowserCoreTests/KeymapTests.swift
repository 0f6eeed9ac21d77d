import TermUI
import Testing

@testable import BrowserCore

/// Rebinding: the user's key wins, the state's resolver, help and hints follow the keymap.
@Suite struct KeymapTests {
    @Test func aRebindingMovesTheKeyAndTheResolverFollows() throws {
        let keymap = try Keymap.standard.rebinding(.moveDown, to: [[.char("n")]])
        var resolver = KeyResolver(keymap: keymap)
        #expect(resolver.resolve(.char("n")) == .command(.moveDown, key: .char("n")))
        #expect(resolver.resolve(.char("j")) == .unbound)
        #expect(keymap.command(.nextHit)?.keys == [])
        #expect(Keymap.standard.command(.nextHit)?.keys == [[.char("n")]])
    }

    @Test func sequencesCanBeBoundAndPrefixClashesAreRefused() throws {
        let keymap = try Keymap.standard.rebinding(.copyUUID, to: [[.char("y"), .char("i")]])
        var resolver = KeyResolver(keymap: keymap)
        #expect(resolver.resolve(.char("y")) == .pending)
        #expect(resolver.resolve(.char("i")) == .command(.copyUUID, key: .char("i")))
        #expect(throws: KeymapError.self) { try Keymap.standard.rebinding(.help, to: [[.char("y")]]) }
        #expect(throws: KeymapError.self) { try Keymap.standard.rebinding(.help, to: [[.char("q"), .char("x")]]) }
        #expect(throws: KeymapError.self) { try Keymap.standard.rebinding(.help, to: []) }
    }

    @Test func ladderKeysRebindWithinTheLadderOnly() throws {
        let keymap = try Keymap.standard.rebinding(.ladderMark, to: [[.char("m")]])
        var resolver = KeyResolver(keymap: keymap)
        #expect(resolver.resolve(.char("m"), scope: .ladder) == .command(.ladderMark, key: .char("m")))
        #expect(resolver.resolve(.char(" "), scope: .ladder) == .command(.toggleFold, key: .char(" ")))
        #expect(keymap.command(.toggleFold)?.keys == [[.char(" ")]])
    }

    @Test func theStateUsesItsKeymapForKeysHelpAndHints() throws {
        let keymap = try Keymap.standard.rebinding(.moveDown, to: [[.char("n")], [KeyPress(.down)]])
        var state = AppState(
            session: BrowserSession(files: [try loadFixture()], ascii: false), size: TerminalSize(width: 100, height: 30),
            keymap: keymap)
        _ = state.handle(script: try KeyScript.parse("2"))
        let before = state.cursors[state.pane.rawValue].selected
        _ = state.handle(script: try KeyScript.parse("n"))
        #expect(state.cursors[state.pane.rawValue].selected == before + 1)
        #expect(screen(state).plainText.contains("n/k move"))
        _ = state.handle(script: try KeyScript.parse("?"))
        #expect(screen(state).plainText.contains("n  Down"))
    }
}
