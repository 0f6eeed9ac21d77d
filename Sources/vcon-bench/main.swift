import Foundation
import VConModel

// vcon-bench: benchmarks that print numbers. Never run by `swift test`; never gates CI.
//   swift run -c release vcon-bench json [--mb 200] [--keep]
let arguments = Array(CommandLine.arguments.dropFirst())
let name = arguments.first ?? "help"
let options = BenchOptions(arguments.dropFirst())

switch name {
case "json": JSONBenchmark(options: options).run()
default:
    print("""
        usage: vcon-bench BENCHMARK [options]
          json [--mb N] [--keep]   generate an N MB vCon (default 200) and time `vcon-browser show`
                                   against python3 json.load and jq, with peak RSS
        """)
}
