import TermUI

/// Where a search query shows in a drawn row (case-insensitive), as (column, width) cell ranges.
enum SearchHighlight {
    static func columns(of query: String, in text: SafeText) -> [(Int, Int)] {
        let needle = Array(query.lowercased())
        guard !needle.isEmpty else { return [] }
        var chars: [Character] = []
        var columns: [Int] = []
        var column = 0
        for glyph in text.glyphs {
            for (offset, character) in glyph.text.lowercased().enumerated() {
                chars.append(character)
                columns.append(glyph.kind == .escape ? column + offset : column)
            }
            column += glyph.width
        }
        columns.append(column)
        var result: [(Int, Int)] = []
        var start = 0
        while start + needle.count <= chars.count {
            if chars[start] == needle[0], Array(chars[start..<(start + needle.count)]) == needle {
                result.append((columns[start], max(1, columns[start + needle.count] - columns[start])))
                start += needle.count
            } else {
                start += 1
            }
        }
        return result
    }
}
