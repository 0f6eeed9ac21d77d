import Testing
import TermUI
@testable import BrowserCore

@Suite struct CommandTableTests {
    @Test func everyCommandHasOneEntry() {
        for id in CommandID.allCases {
            #expect(CommandTable.all.filter { $0.id == id }.count == 1, "\(id)")
        }
    }

    @Test func noKeyIsBoundTwice() {
        var seen: [[KeyPress]: CommandID] = [:]
        for command in CommandTable.all {
            for sequence in command.keys {
                #expect(seen[sequence] == nil, "\(sequence) bound to \(String(describing: seen[sequence])) and \(command.id)")
                seen[sequence] = command.id
            }
        }
    }
}
