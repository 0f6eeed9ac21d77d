/// A WTF transcription (draft-howe-vcon-wtf-extension-02): an analysis of type `wtf_transcription`
/// (in `attachments` in -01), or any analysis whose JSON body has the WTF shape (`transcript` object
/// and `segments` array, as vcon-lib writes under type "transcription"). Reads the summary fields:
/// transcript language/duration/confidence, metadata, quality, enrichments, speakers and words.
public struct WTFTranscription: Sendable {
    /// The WTF body (an object).
    public let body: JSONValue

    /// The extension's token and analysis type.
    public static let name = "wtf_transcription"

    /// True for a body with WTF's required `transcript` object and `segments` array.
    public static func isWTFBody(_ body: JSONValue) -> Bool {
        body.isObject && (body["transcript"]?.isObject ?? false) && (body["segments"]?.isArray ?? false)
    }

    /// The WTF reading of an analysis or attachment (`type`/`purpose` `wtf_transcription`, or a WTF-shaped body).
    public init?(owner json: JSONValue) {
        guard let body = Content(owner: json).jsonValue(), Self.isWTFBody(body) else { return nil }
        self.body = body
    }

    /// The WTF reading of a body already decoded, when it has the WTF shape.
    public init?(bodyIfWTF body: JSONValue) {
        guard Self.isWTFBody(body) else { return nil }
        self.body = body
    }

    public var text: String? { body["transcript"]?["text"]?.string }
    public var language: String? { body["transcript"]?["language"]?.string }
    public var duration: Double? { body["transcript"]?["duration"]?.double }
    public var confidence: Double? { body["transcript"]?["confidence"]?.double }

    /// `metadata.provider` (lowercase in WTF, §6.2.1.3).
    public var provider: String? { body["metadata"]?["provider"]?.string }
    /// `metadata.model`.
    public var model: String? { body["metadata"]?["model"]?.string }
    /// `metadata.created_at` as written.
    public var createdAt: String? { body["metadata"]?["created_at"]?.string }
    /// `metadata.processed_at` as written.
    public var processedAt: String? { body["metadata"]?["processed_at"]?.string }
    /// `metadata.processing_time` in seconds.
    public var processingTime: Double? { body["metadata"]?["processing_time"]?.double }

    /// `metadata.audio`: `1h00m00s, 16000 Hz, 1 ch, wav` (duration as `duration` writes it, sample rate,
    /// channels, format), nil when empty.
    public func audio(duration: (Double) -> String = Self.seconds) -> String? {
        guard let audio = body["metadata"]?["audio"], audio.isObject else { return nil }
        let parts = [
            audio["duration"]?.double.map(duration), audio["sample_rate"]?.int.map { "\($0) Hz" },
            audio["channels"]?.int.map { "\($0) ch" }, audio["format"]?.string,
        ].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// Quality (§6.2.2.3) on one line: `average confidence 74%, audio good, 12 low-confidence words`, nil when empty.
    public var quality: String? {
        guard let quality = body["quality"], quality.isObject else { return nil }
        let parts = [
            quality["average_confidence"]?.double.map { "average confidence " + Self.percent($0) },
            quality["audio_quality"]?.string.map { "audio " + $0 },
            quality["low_confidence_words"]?.int.map { "\($0) low-confidence words" },
            quality["background_noise"]?.double.map { "background noise " + Self.number($0) },
            quality["overlapping_speech"]?.bool.flatMap { $0 ? "overlapping speech" : nil },
        ].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// `enrichments.sentiment`: `positive (0.62)`.
    public var sentiment: String? {
        guard let sentiment = body["enrichments"]?["sentiment"], sentiment.isObject else { return nil }
        let overall = sentiment["overall"]?.string ?? "?"
        return sentiment["score"]?.double.map { "\(overall) (\(Self.number($0)))" } ?? overall
    }

    /// `enrichments.entities`: `Alice (PERSON) 0.5s–0.8s`.
    public var entities: [String] {
        (body["enrichments"]?["entities"]?.elements ?? []).prefix(200).compactMap { entity in
            guard let text = entity["text"]?.string else { return nil }
            var line = text
            if let type = entity["type"]?.string { line += " (\(type))" }
            if let start = entity["start"]?.double { line += " " + Self.seconds(start) }
            if let end = entity["end"]?.double { line += "–" + Self.seconds(end) }
            return line
        }
    }

    /// `enrichments.topics`.
    public var topics: [String] { (body["enrichments"]?["topics"]?.elements ?? []).compactMap(\.string) }
    /// `enrichments.summary`.
    public var summary: String? { body["enrichments"]?["summary"]?.string }

    /// `speakers` labels by id as written (`"0"` → `Alice (Customer Service)`).
    public var speakerLabels: [String: String] {
        guard let speakers = body["speakers"], speakers.isObject else { return [:] }
        var labels: [String: String] = [:]
        for (key, value) in speakers.members { if let label = value["label"]?.string { labels[key] = label } }
        return labels
    }

    /// True when the body has a non-empty `words` array (§6.2.2.1, optional).
    public var hasWords: Bool { body["words"].map { $0.isArray && $0.count > 0 } ?? false }

    /// The words with these indices (WTF `words[]`), as `text start–end confidence`.
    public func words(_ indices: [Int]) -> [TranscriptWord] {
        guard let list = body["words"], list.isArray else { return [] }
        return indices.prefix(2000).compactMap { index in
            guard let word = list[index], let text = word["text"]?.string else { return nil }
            return TranscriptWord(
                text: text, start: word["start"]?.double, end: word["end"]?.double, confidence: word["confidence"]?.double,
                isPunctuation: word["is_punctuation"]?.bool ?? false)
        }
    }

    /// `65.2s`.
    public static func seconds(_ value: Double) -> String { number(value) + "s" }
    static func percent(_ value: Double) -> String { value.isFinite ? "\(Int((value * 100).rounded()))%" : "?" }
    static func number(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e12 else { return "?" }
        let rounded = (value * 1000).rounded() / 1000
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

/// One word of a transcript, for "words on demand".
public struct TranscriptWord: Sendable, Equatable {
    public var text: String
    public var start: Double?
    public var end: Double?
    public var confidence: Double?
    public var isPunctuation: Bool
}
