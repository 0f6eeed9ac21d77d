import TermUI
import VConModel

/// Writes a transcript into a detail pane: WTF fields first (language, confidence, metadata, quality,
/// enrichments), then one line per turn: `14:30:05Z–14:30:09Z  [0] Alice (agent) 95%: text`, times in
/// the current time mode (`T`), and the turn's words under it when words are shown (`w`).
enum TranscriptLines {
    /// The WTF summary fields of a body, a few lines so the turns stay on an 80×24 screen:
    ///
    ///     WTF transcription
    ///     transcript  en-US · 1h00m00s · 74% confidence
    ///     provider    mlx-whisper · tiny · processed 2026-03-30 21:45:16.517Z
    ///     quality     average confidence 74%
    ///     sentiment   negative (-0.4)
    ///     topics      account, password
    ///     entities    Alice (PERSON) 2.1s–2.4s
    static func wtfFields(_ wtf: WTFTranscription, pointer: String, into w: inout DetailWriter, context: ContentContext) {
        let body = pointer + "/body"
        w.blank()
        w.heading("WTF transcription", pointer: body)
        let summary = [
            wtf.language, wtf.duration.map(TimeFormatter.duration), wtf.confidence.map { percent($0) + " confidence" },
        ].compactMap { $0 }
        w.field("transcript", summary.isEmpty ? nil : summary.joined(separator: " · "), pointer: body + "/transcript")
        // Provider, model and when it ran on one line (`mlx-whisper · tiny · processed 2026-03-30 21:45:16Z`).
        var provider = [wtf.provider, wtf.model].compactMap { $0 }
        if let processed = wtf.processedAt {
            let took = wtf.processingTime.map { " (took " + TimeFormatter.duration($0) + ")" } ?? ""
            provider.append("processed " + context.time.format(processed) + took)
        }
        w.field("provider", provider.isEmpty ? nil : provider.joined(separator: " · "), pointer: body + "/metadata")
        if let created = wtf.createdAt, created != wtf.processedAt {
            w.field("created", context.time.format(created), pointer: body + "/metadata/created_at")
        }
        // The audio line is left out when it would only repeat the transcript's duration.
        let audio = wtf.audio(duration: TimeFormatter.duration)
        if audio != wtf.duration.map(TimeFormatter.duration) { w.field("audio", audio, pointer: body + "/metadata/audio") }
        w.field("quality", wtf.quality, pointer: body + "/quality")
        w.field("sentiment", wtf.sentiment, pointer: body + "/enrichments/sentiment")
        if !wtf.topics.isEmpty {
            w.field("topics", wtf.topics.joined(separator: ", "), pointer: body + "/enrichments/topics")
        }
        for (k, entity) in wtf.entities.enumerated() {
            w.field(k == 0 ? "entities" : "", entity, pointer: body + "/enrichments/entities/\(k)")
        }
        w.field("summary", wtf.summary, pointer: body + "/enrichments/summary")
    }

    /// One line per turn (and its words when `context.words`).
    static func turns(
        _ turns: [Transcript.Turn], total: Int, wtf: WTFTranscription?, dialogStart: RFC3339Time?, pointer: String,
        into w: inout DetailWriter, context: ContentContext
    ) {
        w.blank()
        let wordsHint = wtf?.hasWords == true && !context.words ? "  (w shows words)" : ""
        w.heading("Transcript (\(Counted.text(total, "turn")))" + wordsHint, pointer: pointer + "/body")
        var previous: Double?
        for turn in turns {
            var text = SafeText("  ")
            if let range = times(turn, previous: previous, dialogStart: dialogStart, time: context.time) {
                text.append(range + "  ", style: context.theme.muted)
            }
            previous = turn.start ?? previous
            let confidence = turn.confidence.map(percent)
            if let who = speaker(turn, context: context) {
                text.append(who, style: context.theme.accent)
                if let confidence { text.append(" " + confidence, style: context.theme.muted) }
                text.append(": ")
            } else if let confidence {
                // No speaker (a meeting transcribed as one stream): the confidence alone before the text.
                text.append(confidence + "  ", style: context.theme.muted)
            }
            text.append(turn.text, sanitizer: .multiLine)
            w.lines.append(
                DetailLine(text, pointer: turn.pointer, link: turn.speaker.map { .pointer("/parties/\($0)") }, indent: 4))
            if context.words, let wtf, !turn.wordIndices.isEmpty {
                let words = wtf.words(turn.wordIndices).map { word in
                    word.text + (word.confidence.map { " " + percent($0) } ?? "")
                }
                var line = SafeText("      ")
                line.append("words: " + words.joined(separator: " · "), style: context.theme.muted)
                w.lines.append(DetailLine(line, pointer: turn.pointer + "/words", indent: 6))
            }
        }
        if total > turns.count {
            w.lines.append(
                DetailLine(
                    SafeText(
                        "  \(context.glyphs.ellipsis) \(total - turns.count) more turns: / searches "
                            + "them all, the JSON pane (8) shows them", style: context.theme.muted)))
        }
    }

    /// The speaker: a party (with its role) when the number names one, else the label or text as written;
    /// nil when the segment names no speaker.
    static func speaker(_ turn: Transcript.Turn, context: ContentContext) -> String? {
        if let index = turn.speaker, let vcon = context.document.vcon, index >= 0, index < vcon.parties.count {
            return context.partyName(index)
        }
        return turn.speakerText ?? turn.speaker.map { "speaker \($0)" }
    }

    /// `14:30:05Z–14:30:09.800Z` in the current mode (compact: no date); offsets `+0.500s–+4.800s` when the
    /// dialog has no start. In delta mode the start is counted from the previous turn and the end from the start.
    static func times(_ turn: Transcript.Turn, previous: Double?, dialogStart: RFC3339Time?, time: TimeFormatter) -> String? {
        guard let start = turn.start, start.isFinite, abs(start) < 3.2e13 else { return nil }
        let end = turn.end.flatMap { $0.isFinite && abs($0) < 3.2e13 ? $0 : nil }
        guard let base = dialogStart else {
            return TimeFormatter.relative(start) + (end.map { "–" + TimeFormatter.relative($0) } ?? "")
        }
        var clock = time
        clock.compact = true
        func instant(_ seconds: Double) -> RFC3339Time {
            let epoch = seconds >= TranscriptTimes.epochThreshold ? seconds : base.epochSeconds + seconds
            return RFC3339Time(epochSeconds: epoch, offsetSeconds: base.offsetSeconds)
        }
        let from = instant(start)
        let text = clock.format(from, previous: previous.map(instant) ?? (time.mode == .delta ? from : nil))
        return text + (end.map { "–" + clock.format(instant($0), previous: from) } ?? "")
    }

    static func percent(_ value: Double) -> String { value.isFinite ? "\(Int((value * 100).rounded()))%" : "?" }
}
