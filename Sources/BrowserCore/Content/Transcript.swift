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

    /// The first `limit` turns and the total number of segments, or nil when the body is not a transcript.
    static func turns(_ analysis: Analysis) -> (turns: [Turn], total: Int)? {
        guard (analysis.type ?? "").lowercased().contains("transcript"),
            let body = analysis.content.jsonValue()
        else { return nil }
        let base = "/analysis/\(analysis.index)/body"
        var list: JSONValue?
        var listPointer = base
        if body.isArray {
            list = body
        } else {
            for key in ["segments", "utterances", "turns"] where list == nil {
                if let value = body[key], value.isArray {
                    list = value
                    listPointer = base + "/" + key
                }
            }
        }
        guard let list else { return nil }
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
            turns.append(Turn(speaker: who?.int, speakerText: who?.string, text: text,
                              pointer: listPointer + "/\(index)"))
        }
        return turns.isEmpty ? nil : (turns, total)
    }
}
