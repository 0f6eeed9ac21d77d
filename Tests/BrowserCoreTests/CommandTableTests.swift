import TermUI
import Testing

@testable import BrowserCore

@Suite struct CommandTableTests {
    @Test func everyCommandHasOneEntry() {
        for id in CommandID.allCases {
            #expect(CommandTable.all.filter { $0.id == id }.count == 1, "\(id)")
        }
    }

    @Test func noKeyIsBoundTwiceInOneScope() {
        var seen: [[KeyPress]: CommandID] = [:]
        for command in CommandTable.all where command.scope == .global {
            for sequence in command.keys {
                #expect(seen[sequence] == nil, "\(sequence) bound to \(String(describing: seen[sequence])) and \(command.id)")
                seen[sequence] = command.id
            }
        }
    }

    @Test func ladderKeysAreUniqueAmongThemselvesAndShadowGlobals() {
        var seen: [[KeyPress]: CommandID] = [:]
        for command in CommandTable.all where command.scope == .ladder {
            for sequence in command.keys {
                #expect(sequence.count == 1, "ladder keys are single presses")
                #expect(seen[sequence] == nil, "\(sequence) bound twice in the ladder")
                seen[sequence] = command.id
            }
        }
        var resolver = KeyResolver()
        #expect(resolver.resolve(.char("L")) == .command(.openLadder, key: .char("L")))
        #expect(resolver.resolve(.char("L"), scope: .ladder) == .command(.ladderLanesRight, key: .char("L")))
        #expect(resolver.resolve(.char(" "), scope: .ladder) == .command(.ladderMark, key: .char(" ")))
        #expect(resolver.resolve(.char(" ")) == .command(.toggleFold, key: .char(" ")))
        #expect(resolver.resolve(.char("j"), scope: .ladder) == .command(.moveDown, key: .char("j")))
        #expect(resolver.resolve(.char("g"), scope: .ladder) == .pending)
        #expect(resolver.resolve(.char("g"), scope: .ladder) == .command(.top, key: .char("g")))
    }
}
