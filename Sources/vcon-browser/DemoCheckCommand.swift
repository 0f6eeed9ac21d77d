import ArgumentParser
import Foundation
import VConBundle
import VConModel

/// `vcon-browser demo-check` (hidden): opens the built-in demo from memory and prints its relation tree,
/// each member's layers, generation, verdict and findings, and its SIP ladders. For tests and for checking
/// a regenerated DemoData.swift.
struct DemoCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo-check",
        abstract: "Open the built-in demo and print its tree, verdicts, findings and ladders.",
        shouldDisplay: false
    )

    func run() throws {
        let now = Date()
        let opening = try Demo.open(ascii: true, now: now)
        for problem in opening.problems { Output.error(problem) }
        let context = EnvelopeContext(crypto: try Demo.crypto(), inflater: ZlibInflater(), now: now)
        Output.out(DemoReport.text(opening, context: context))
        if !opening.problems.isEmpty { throw ExitCode(1) }
    }
}
