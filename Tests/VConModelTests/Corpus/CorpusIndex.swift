import Foundation
import TestSupport

/// One row of the corpus's `INDEX.json`.
struct CorpusEntry: Decodable, Sendable, CustomStringConvertible {
    var path: String
    var kind: String?
    var parse: String?
    var form: String?
    var vcon: String?
    var gzip: Bool?

    var description: String { path }

    /// Python's reported line and column for a malformed file (`… line 2 column 15 (char 16)`).
    var pythonLocation: (line: Int, column: Int)? {
        guard let parse, parse.hasPrefix("ERROR") else { return nil }
        let words = parse.split(separator: " ")
        guard let l = words.firstIndex(of: "line"), let c = words.firstIndex(of: "column"),
            let line = Int(words[l + 1]), let column = Int(words[c + 1])
        else { return nil }
        return (line, column)
    }
}

enum CorpusIndex {
    /// Every row, in the index's order (empty when the corpus is missing, which the tests then report).
    static let entries: [CorpusEntry] = {
        guard let data = FileManager.default.contents(atPath: Corpus.path("INDEX.json")) else { return [] }
        return (try? JSONDecoder().decode([CorpusEntry].self, from: data)) ?? []
    }()
}
