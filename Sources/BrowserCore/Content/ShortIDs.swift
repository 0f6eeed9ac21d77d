import UnsafeText

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
    static func make(_ ids: [String], ellipsis: String) -> [String] { cut(ids, ellipsis: ellipsis).ids }

    /// `make`, also saying from which start every id is told apart (nil when no window tells them all apart).
    ///
    /// `from` is such a start for some of these ids (the list before it grew): no earlier window can tell all of
    /// them apart, so the search starts there (and from 0 again when no window does).
    static func cut(_ ids: [String], ellipsis: String, from hint: Int? = nil) -> (ids: [String], distinctFrom: Int?) {
        // Printable ASCII (uuids, file names): one byte a character, so windows are byte ranges.
        if ids.allSatisfy(UnsafeText.isPrintableASCII) {
            return makeASCII(ids.map { Array($0.utf8) }, distinctIDs: Set(ids).count, ellipsis: ellipsis, from: hint ?? 0)
        }
        return (makeCharacters(ids, ellipsis: ellipsis), nil)
    }

    /// `make` over characters, for ids that are not all printable ASCII.
    static func makeCharacters(_ ids: [String], ellipsis: String) -> [String] {
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

    /// `make` for printable ASCII ids, as bytes: the same windows, counted as packed integers (100 000 uuids
    /// sharing a prefix took 0.6 s a list rebuild as strings).
    static func makeASCII(_ ids: [[UInt8]], distinctIDs: Int, ellipsis: String, from hint: Int = 0) -> (ids: [String], distinctFrom: Int?) {
        let longest = ids.map(\.count).max() ?? 0
        guard longest > window else { return (ids.map { String(decoding: $0, as: UTF8.self) }, nil) }
        var best = (start: 0, distinct: 0)
        var distinctFrom: Int?
        for first in Set([min(hint, longest - window), 0]).sorted(by: >) where distinctFrom == nil {
            best = (0, 0)
            for start in first...(longest - window) {
                let distinct = distinctWindows(ids, start: start)
                if distinct > best.distinct { best = (start, distinct) }
                if distinct == distinctIDs {
                    distinctFrom = start
                    break
                }
            }
        }
        let cut = ids.map { id in
            guard id.count > window else { return String(decoding: id, as: UTF8.self) }
            let start = min(best.start, id.count - window)
            return (start > 0 ? ellipsis : "") + String(decoding: id[start..<(start + window)], as: UTF8.self)
                + (start + window < id.count ? ellipsis : "")
        }
        return (cut, distinctFrom)
    }

    /// How many different windows of up to `window` bytes start at `start`, each packed into an integer.
    static func distinctWindows(_ ids: [[UInt8]], start: Int) -> Int {
        struct Window: Hashable {
            var bytes: UInt64
            var length: Int
        }
        var seen = Set<Window>()
        seen.reserveCapacity(ids.count)
        for id in ids {
            var packed = Window(bytes: 0, length: 0)
            var index = start
            while index < id.count, packed.length < window {
                packed.bytes = packed.bytes << 8 | UInt64(id[index])
                packed.length += 1
                index += 1
            }
            seen.insert(packed)
        }
        return seen.count
    }
}
