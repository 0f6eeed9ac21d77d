import VConModel

/// Speaker turns read from a transcript analysis body, for the "speaker: text" view.
///
/// Recognised shapes (the common ones in the corpus): an object with `segments`, `utterances` or `turns`,
/// or a bare array, of objects with `speaker`/`party`/`channel` and `text`/`transcript`.
enum Transcript {
    struct Turn {
        /// A party index, when the speaker is one.
        var speaker: Int?
        /// The speaker as written when it is not an index (`"agent"`).
        var speakerText: String?
        var text: String
        var pointer: String
    }

    /// Turns shown at most; the rest is counted (a 1-million-segment transcript stays responsive).
    static let limit = 5000

    /// The list of segments of a transcript analysis and its JSON Pointer, or nil when it is not a transcript:
    /// the body itself when it is an array, else its `segments`, `utterances` or `turns` array.
    static func segments(_ analysis: Analysis) -> (list: JSONValue, pointer: String)? {
        guard (analysis.type ?? "").lowercased().contains("transcript"),
            let body = analysis.content.jsonValue()
        else { return nil }
        let base = "/analysis/\(analysis.index)/body"
        if body.isArray { return (body, base) }
        for key in ["segments", "utterances", "turns"] {
            if let value = body[key], value.isArray { return (value, base + "/" + key) }
        }
        return nil
    }

    /// The first `limit` turns and the total number of segments, or nil when the body is not a transcript.
    static func turns(_ analysis: Analysis) -> (turns: [Turn], total: Int)? {
        guard let (list, listPointer) = segments(analysis) else { return nil }
        var turns: [Turn] = []
        var total = 0
        var index = -1
        var child = list.index + 1
        let document = list.document
        while child < list.endIndex {
            let element = JSONValue(document: document, index: child)
            child = element.endIndex
            index += 1
            total += 1
            guard turns.count < limit, element.isObject, let text = (element["text"] ?? element["transcript"])?.string else { continue }
            let who = element["speaker"] ?? element["party"] ?? element["channel"]
            turns.append(
                Turn(
                    speaker: who?.int, speakerText: who?.string, text: text,
                    pointer: listPointer + "/\(index)"))
        }
        return turns.isEmpty ? nil : (turns, total)
    }
}
