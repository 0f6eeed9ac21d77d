/// `--name value` and `--flag` options of a benchmark.
struct BenchOptions {
    private var values: [String: String] = [:]
    private var flags: Set<String> = []

    init(_ arguments: ArraySlice<String>) {
        var iterator = arguments.makeIterator()
        var pending: String?
        while let argument = iterator.next() {
            if argument.hasPrefix("--") {
                if let key = pending { flags.insert(key) }
                pending = String(argument.dropFirst(2))
            } else if let key = pending {
                values[key] = argument
                pending = nil
            }
        }
        if let key = pending { flags.insert(key) }
    }

    func int(_ name: String, default fallback: Int) -> Int { values[name].flatMap(Int.init) ?? fallback }
    func string(_ name: String) -> String? { values[name] }
    func flag(_ name: String) -> Bool { flags.contains(name) }
}
