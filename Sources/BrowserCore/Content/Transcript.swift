import VConModel

/// Speaker turns read from a transcript analysis body, for the "speaker: text" view (the shapes are
/// `TranscriptSegments`': WTF, Deepgram paragraphs and utterances, and the generic segment lists).
enum Transcript {
    struct Turn {
        /// A party index, when the speaker is one.
        var speaker: Int?
        /// The speaker as written when it is not an index (`"agent"`), or the WTF `speakers` label.
        var speakerText: String?
        var text: String
        var pointer: String
        /// Seconds from the dialog's start.
        var start: Double?
        var end: Double?
        var confidence: Double?
        /// WTF word indices of the turn.
        var wordIndices: [Int]
    }

    /// Turns shown at most; the rest is counted (a 1-million-segment transcript stays responsive).
    static let limit = 5000

    /// True for an analysis read as a transcript: its type names a transcript or transcription (`wtf_transcription`).
    static func isTranscript(_ analysis: Analysis) -> Bool {
        let type = (analysis.type ?? "").lowercased()
        return type.contains("transcript") || type.contains("transcription") || type == WTFTranscription.name
    }

    /// The list of segments of a transcript analysis and its JSON Pointer, or nil when it is not a transcript.
    static func segments(_ analysis: Analysis) -> (list: JSONValue, pointer: String, shape: TranscriptSegments.Shape)? {
        guard isTranscript(analysis), let body = analysis.content.jsonValue() else { return nil }
        return TranscriptSegments.locate(body: body, basePointer: "/analysis/\(analysis.index)/body")
    }

    /// The first `limit` turns and the total number of segments, or nil when the body is not a transcript.
    static func turns(_ analysis: Analysis) -> (turns: [Turn], total: Int)? {
        guard let (list, pointer, _) = segments(analysis) else { return nil }
        let labels = analysis.content.jsonValue().flatMap(WTFTranscription.init(bodyIfWTF:))?.speakerLabels ?? [:]
        let (segments, total) = TranscriptSegments.read(list: list, pointer: pointer, limit: limit)
        let turns = segments.map { segment in
            Turn(
                // A segment without a speaker belongs to the analysis's party when it names one (WTF §6.1).
                speaker: segment.speakerIndex ?? (segment.speakerText == nil ? analysis.party : nil),
                speakerText: segment.speakerText.map { labels[$0] ?? $0 }
                    ?? (segment.speakerIndex == nil ? nil : labels[String(segment.speakerIndex ?? 0)]),
                text: segment.text, pointer: segment.pointer, start: segment.start, end: segment.end,
                confidence: segment.confidence, wordIndices: segment.wordIndices)
        }
        return turns.isEmpty ? nil : (turns, total)
    }
}
