import Foundation
import VConBundle
import VConCommands
import VConModel

// vcon-bench: benchmarks that print numbers. Never run by `swift test`; never gates CI.
//   swift run -c release vcon-bench json [--mb 200] [--keep]
let arguments = Array(CommandLine.arguments.dropFirst())
let name = arguments.first ?? "help"
let options = BenchOptions(arguments.dropFirst())

switch name {
case "json": JSONBenchmark(options: options).run()
case "whole": WholeProcessBenchmark(options: options).run()
case "frames": FramesBenchmarkRun(options: options).run()
case "hash": HashBenchmarkRun(options: options).run()
case "ladder": LadderBenchmarkRun(options: options).run()
case "stores": StoreBenchmark(options: options).run()
case "trust": WholeProcessBenchmark(options: options).trust()
case "tree": WholeProcessBenchmark(options: options).tree()
case "first": WholeProcessBenchmark(options: options).first()
case "bundle":
    do {
        let result = try BundleBenchmark.listing(count: options.int("count", default: 10_000))
        print(result)
        print("targets: list under 1 s, peak RSS under 300 MB")
    } catch {
        print("bundle benchmark failed: \(error.message)")
    }
default:
    print(
        """
        usage: vcon-bench BENCHMARK [options]
          json [--mb N] [--keep]   generate an N MB vCon (default 200) and time `vcon-browser show`
                                   against python3 json.load and jq, with peak RSS
          frames [--file F]        browser frame time at 200x60 over 10000 key presses; first frame of F
          hash [--mb N] [--file F]   SHA-512 of an N MB file (default 1024): ours against sha512sum
          ladder [--messages N]    layout time of a generated SIP trace (default 10000 messages, 6 parties)
          bundle [--count N]       generate a bundle of N vCons (default 10000), time listing it, peak RSS
          whole [--mb N] [--count N] [--files N] [--keep]
                                   the real executable as a subprocess: first screen and show on a ~N MB vCon and on a
                                   file of small objects, beside python3 json.load and jq; first screen of an N-member
                                   bundle and of a directory of N files in the vcon-server layout
          trust [--count N]        only the whole benchmark's `:trust` on the N-member bundle, with j pressed meanwhile
          first --file F [--runs N]  the interactive first screen of F in a 200x60 tmux pane, best of N (default 5);
                                   for a single file, `show`, python3 json.load and jq empty on it in the same run
          tree [--files N]         only the whole benchmark's directory of N files (default 100000): first screen, the
                                   list filled with j pressed meanwhile, the batch run
          stores [--pg URL] [--rows N] [--api-rows N] [--reuse]
                                   PostgreSQL (VCON_TEST_PG) at 10 000 and N rows (default 1 000 000), with and
                                   without an index on created_at; the API source over N generated vCons
        """)
}
