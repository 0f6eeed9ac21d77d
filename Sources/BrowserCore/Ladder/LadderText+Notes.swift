import TermUI
import VConModel
import VConSIP

/// The reasons behind the ladder's `⚠` marks, as wrapped text lines under the ladder.
extension LadderText {
    /// `⚠ <warning>` for the layout, then `⚠ 14:30:05.200 200 OK: <warning>` per message and event warning
    /// (`#3` for a message without a time), wrapped to the metrics' width by display width, sanitised.
    public static func notes(_ layout: LadderLayout, metrics: LadderMetrics, options: LadderOptions = LadderOptions()) -> [String] {
        let glyphs = metrics.ladderGlyphs
        var notes: [String] = layout.warnings.map { glyphs.warning + " " + $0.message }
        for row in layout.rows {
            switch row {
            case .message(let index):
                let message = layout.messages[index]
                for warning in message.warnings {
                    let when = message.time.map { LadderClockText.time($0, zone: options.timeZone) } ?? "#\(index)"
                    notes.append(glyphs.warning + " " + when + " " + message.label + ": " + warning.message)
                }
            case .event(let index):
                let event = layout.events[index]
                for warning in event.warnings {
                    notes.append(glyphs.warning + " " + event.event.kind.name + ": " + warning.message)
                }
            }
        }
        return notes.flatMap { note in
            SafeText(note).asciiOnly(if: metrics.glyphs.isASCII).wrapped(width: max(1, metrics.width)).map { line in
                var text = line.plainText
                while text.last == " " { text.removeLast() }
                return text
            }
        }
    }
}
