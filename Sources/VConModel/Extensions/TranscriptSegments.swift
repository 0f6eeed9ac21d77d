/// One timed piece of a transcript: who spoke, what, when (seconds from the dialog's start), how sure.
public struct TranscriptSegment: Sendable {
    /// The speaker as a party index, when the transcript gives a number.
    public var speakerIndex: Int?
    /// The speaker as written when it is not a number (`"Speaker A"`, `"agent"`).
    public var speakerText: String?
    public var text: String
    /// Seconds from the start of the dialog (WTF, Deepgram) or, when very large, epoch seconds.
    public var start: Double?
    public var end: Double?
    /// 0…1 as the transcript gives it (WTF normalises; Deepgram reports 0…1 too).
    public var confidence: Double?
    /// WTF `words` indices of this segment (empty for other shapes).
    public var wordIndices: [Int]
    /// JSON Pointer of the segment (into the analysis body).
    public var pointer: String
}

/// Reads transcript segments from an analysis body in the shapes real files use:
///
/// - WTF (`wtf_transcription`, draft-howe-vcon-wtf-extension): `segments[]` with `id`, `start`, `end`,
///   `text`, `confidence`, `speaker`, `words`;
/// - Deepgram: `results.channels[0].alternatives[0].paragraphs.paragraphs[]` (or that alternative stored
///   directly as the body, as vcon-server does) with `start`, `end`, `speaker` and `sentences[].text`,
///   and `results.utterances[]`;
/// - generic: the body array itself, or its `segments`, `utterances` or `turns`, with `text` or `transcript`
///   and `speaker`, `party` or `channel`.
public enum TranscriptSegments {
    /// Which shape the segments came from.
    public enum Shape: String, Sendable {
        case wtf, deepgram, generic
    }

    /// Where a transcript's segment list is: the array, its pointer (relative to the owner's body) and shape.
    public static func locate(body: JSONValue, basePointer base: String) -> (list: JSONValue, pointer: String, shape: Shape)? {
        if body.isArray { return (body, base, .generic) }
        guard body.isObject else { return nil }
        if WTFTranscription.isWTFBody(body), let segments = body["segments"], segments.isArray {
            return (segments, base + "/segments", .wtf)
        }
        // Deepgram: the whole response, or one alternative stored as the body.
        if let results = body["results"], results.isObject {
            if let utterances = results["utterances"], utterances.isArray { return (utterances, base + "/results/utterances", .deepgram) }
            if let paragraphs = results["channels"]?[0]?["alternatives"]?[0]?["paragraphs"]?["paragraphs"], paragraphs.isArray {
                return (paragraphs, base + "/results/channels/0/alternatives/0/paragraphs/paragraphs", .deepgram)
            }
        }
        if let paragraphs = body["paragraphs"]?["paragraphs"], paragraphs.isArray {
            return (paragraphs, base + "/paragraphs/paragraphs", .deepgram)
        }
        for key in ["segments", "utterances", "turns"] {
            if let value = body[key], value.isArray { return (value, base + "/" + key, .generic) }
        }
        return nil
    }

    /// The first `limit` segments with text and the total number of elements in the list.
    public static func read(list: JSONValue, pointer: String, limit: Int) -> (segments: [TranscriptSegment], total: Int) {
        var segments: [TranscriptSegment] = []
        var total = 0
        var child = list.index + 1
        let document = list.document
        while child < list.endIndex {
            let element = JSONValue(document: document, index: child)
            child = element.endIndex
            let position = total
            total += 1
            guard segments.count < limit, element.isObject, let text = text(of: element) else { continue }
            let who = element["speaker"] ?? element["party"] ?? element["channel"]
            segments.append(
                TranscriptSegment(
                    speakerIndex: who?.int, speakerText: who?.string,
                    text: text, start: (element["start"] ?? element["start_time"] ?? element["offset"])?.double,
                    end: (element["end"] ?? element["end_time"])?.double, confidence: element["confidence"]?.double,
                    wordIndices: element["words"]?.elements.compactMap(\.int) ?? [], pointer: pointer + "/\(position)"))
        }
        return (segments, total)
    }

    /// A segment's text: `text`, `transcript`, or a Deepgram paragraph's sentences joined.
    static func text(of element: JSONValue) -> String? {
        if let text = (element["text"] ?? element["transcript"])?.string { return text }
        guard let sentences = element["sentences"], sentences.isArray else { return nil }
        let parts = sentences.elements.prefix(1000).compactMap { $0["text"]?.string }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }
}
