import Foundation

/// Where each key of a TOML text is written (line and column, 1-based), found by a line scan.
///
/// TOMLKit reports positions only for syntax errors; unknown keys and bad values are found after parsing, so
/// this scan gives them a place. It reads table headers (`[a.b]`, `[[a]]`) and `key =` lines (bare, quoted and
/// dotted keys); a multi-line string or array that contains `=` at a line start could misplace a report, never a value.
struct TOMLLocations {
    /// Position of each dotted key path (`["sources", "prod", "url"]`), where it first appears.
    private var positions: [[String]: (line: Int, column: Int)] = [:]

    init(_ text: String) {
        var table: [String] = []
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let indent = raw.prefix { $0 == " " || $0 == "\t" }.count
            let line = raw.dropFirst(indent)
            guard let first = line.first, first != "#" else { continue }
            let place = (line: number + 1, column: indent + 1)
            if first == "[" {
                let inner = line.drop { $0 == "[" }.prefix { $0 != "]" }
                table = Self.keyPath(inner)
                record(table, place)
            } else if let equals = Self.topLevelEquals(line) {
                let path = table + Self.keyPath(line[..<equals])
                // `a.b.c = 1` also writes the tables `a` and `a.b` here.
                for length in stride(from: table.count + 1, through: path.count, by: 1) {
                    record(Array(path.prefix(length)), place)
                }
            }
        }
    }

    /// The position of `path`, or of its nearest written ancestor.
    func position(of path: [String]) -> (line: Int, column: Int)? {
        var path = path
        while !path.isEmpty {
            if let found = positions[path] { return found }
            path.removeLast()
        }
        return nil
    }

    private mutating func record(_ path: [String], _ place: (line: Int, column: Int)) {
        if positions[path] == nil { positions[path] = place }
    }

    /// A dotted key (`a."b c".d`) split into its parts, quotes removed.
    static func keyPath(_ text: Substring) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "." {
                parts.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current.trimmingCharacters(in: .whitespaces))
        return parts.filter { !$0.isEmpty }
    }

    /// The index of the `=` that ends a key (outside quotes), if the line is a key/value line.
    static func topLevelEquals(_ line: Substring) -> Substring.Index? {
        var quote: Character?
        for index in line.indices {
            let character = line[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "=" {
                return index
            } else if character == "#" {
                return nil
            }
        }
        return nil
    }
}
