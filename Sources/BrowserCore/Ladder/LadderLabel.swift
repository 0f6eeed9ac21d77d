import TermUI

/// A row's label with its suffixes (`×3`, `⚠`), fitted to a width by display width.
///
/// Suffixes outlive the label when space is short (`INVITE (S… ×3 ⚠`), unless even they do not fit.
struct LadderLabel: Sendable {
    let core: SafeText
    let coreRole: LadderRole
    /// `(text, role)` pieces after the core, each starting with a space.
    let suffixes: [(SafeText, LadderRole)]

    var width: Int { core.width + suffixWidth }
    var suffixWidth: Int { suffixes.reduce(0) { $0 + $1.0.width } }

    /// Spans from column `x`, at most `maxWidth` cells wide (empty when `maxWidth` < 1).
    func spans(at x: Int, maxWidth: Int, ellipsis: String) -> [LadderSpan] {
        guard maxWidth >= 1 else { return [] }
        var result: [LadderSpan] = []
        if width <= maxWidth || maxWidth - suffixWidth >= 3 {
            let coreText = core.truncated(to: maxWidth - min(suffixWidth, maxWidth), ellipsis: ellipsis)
            result.append(LadderSpan(x: x, text: coreText, role: coreRole))
            var column = x + coreText.width
            for (text, role) in suffixes where column - x + text.width <= maxWidth {
                result.append(LadderSpan(x: column, text: text, role: role))
                column += text.width
            }
        } else {
            result.append(LadderSpan(x: x, text: core.truncated(to: maxWidth, ellipsis: ellipsis), role: coreRole))
        }
        return result
    }

    /// Width of `spans(at:maxWidth:)`.
    static func width(of spans: [LadderSpan]) -> Int { spans.reduce(0) { $0 + $1.width } }
}
