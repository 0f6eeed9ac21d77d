import TermUI
import VConModel
import VConSIP

/// The ladders of a vCon for the `ladder` command: which dialogs, then text or JSON.
///
/// ```
/// dialog 0 · a84b4c76e66710@pc33.example.com
///   2026-01-15 UTC  Δ          [0] Alice Smith     [1] Bob Jones
///   ...
/// ⚠ 200 OK (#3): missing Via, From, To, Call-ID, CSeq
/// ```
public enum LadderPrintout {
    /// One dialog's ladder (dialog nil: the whole vCon, when signaling names no dialog).
    public struct Ladder: Sendable {
        public let dialog: Int?
        public let layout: LadderLayout
    }

    /// Why there is nothing to draw.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// No attachment carries SIP signaling.
        case noSignaling
        /// `--dialog` names a dialog the vCon does not have.
        case noSuchDialog(Int, count: Int)
        /// `--dialog` names a dialog without signaling.
        case dialogWithoutSignaling(Int)

        public var description: String {
            switch self {
            case .noSignaling: return "no SIP signaling (no sip-message-trace, sip-* or message/sip attachment)"
            case .noSuchDialog(let index, let count): return "dialog \(index) does not exist (\(count) dialog\(count == 1 ? "" : "s"))"
            case .dialogWithoutSignaling(let index): return "dialog \(index) has no SIP signaling"
            }
        }
    }

    /// The ladders of every dialog with signaling, or of the one asked for.
    public static func ladders(of vcon: VCon, dialog: Int?) -> Result<[Ladder], Failure> {
        guard LadderSources.hasSignaling(vcon) else { return .failure(.noSignaling) }
        let dialogs = LadderSources.signalingDialogs(vcon)
        if let dialog {
            guard dialog >= 0, dialog < vcon.dialog.count else {
                return .failure(.noSuchDialog(dialog, count: vcon.dialog.count))
            }
            guard dialogs.contains(dialog) else { return .failure(.dialogWithoutSignaling(dialog)) }
            return .success([Ladder(dialog: dialog, layout: layout(vcon, dialog))])
        }
        if dialogs.isEmpty { return .success([Ladder(dialog: nil, layout: layout(vcon, nil))]) }
        return .success(dialogs.map { Ladder(dialog: $0, layout: layout(vcon, $0)) })
    }

    private static func layout(_ vcon: VCon, _ dialog: Int?) -> LadderLayout {
        LadderLayout(LadderSources.input(from: vcon, dialog: dialog))
    }

    /// Text: per ladder a heading, the ladder and its notes; a blank line between ladders.
    public static func text(_ ladders: [Ladder], metrics: LadderMetrics, options: LadderOptions) -> String {
        ladders.map { ladder in
            var lines = [heading(ladder, metrics: metrics)]
            lines += LadderText.lines(ladder.layout, metrics: metrics, options: options)
            lines += LadderText.notes(ladder.layout, metrics: metrics, options: options)
            return lines.map { $0 + "\n" }.joined()
        }.joined(separator: "\n")
    }

    /// JSON: the layout of one ladder, or an array of layouts each opening with its `dialog`.
    public static func json(_ ladders: [Ladder]) -> String {
        if ladders.count == 1, let only = ladders.first { return only.layout.jsonString() + "\n" }
        let items: [JSONOutput] = ladders.map { ladder in
            guard case .object(let members) = ladder.layout.jsonOutput() else { return ladder.layout.jsonOutput() }
            return .object([("dialog", .optional(ladder.dialog))] + members)
        }
        return JSONOutput.array(items).render(indent: 2) + "\n"
    }

    /// `dialog 0 · call-id`, sanitised and shortened to the width.
    static func heading(_ ladder: Ladder, metrics: LadderMetrics) -> String {
        let glyphs = metrics.ladderGlyphs
        var text = ladder.dialog.map { "dialog \($0)" } ?? "all dialogs"
        if !ladder.layout.callIDs.isEmpty {
            text += " " + glyphs.separator + " " + ladder.layout.callIDs.joined(separator: ", ")
        }
        return SafeText(text).asciiOnly(if: glyphs.isASCII).truncated(to: metrics.width, ellipsis: glyphs.ellipsis).plainText
    }
}
