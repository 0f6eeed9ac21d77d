/// Short ids that tell the rows of a list apart: the same 8-character window of every uuid (or file name),
/// the first window in which they all differ, marked with ellipses where cut.
///
///     de016c0e…   de02f3f7…          the demo: the first 8 characters already differ
///     …c7cd-8d7…  …c8c4-801…         uuids sharing a time prefix and a node suffix (a generated bundle)
///
/// Why not the first characters, as git does: time-ordered uuids (v7, v8) made in the same second share
/// them, and uuids from one generator may share their last ones too; the differing window is what reads.
enum ShortIDs {
    /// Characters shown of each id.
    static let window = 8

    /// One short id per entry of `ids`, all cut at the same window.
    static func make(_ ids: [String], ellipsis: String) -> [String] {
        let characters = ids.map(Array.init)
        let longest = characters.map(\.count).max() ?? 0
        guard longest > window else { return ids }
        let distinctIDs = Set(ids).count
        var best = (start: 0, distinct: 0)
        for start in 0...(longest - window) {
            let distinct = Set(characters.map { String($0.dropFirst(start).prefix(window)) }).count
            if distinct > best.distinct { best = (start, distinct) }
            if distinct == distinctIDs { break }
        }
        return characters.map { id in
            guard id.count > window else { return String(id) }
            let start = min(best.start, id.count - window)
            return (start > 0 ? ellipsis : "") + String(id[start..<(start + window)])
                + (start + window < id.count ? ellipsis : "")
        }
    }
}
