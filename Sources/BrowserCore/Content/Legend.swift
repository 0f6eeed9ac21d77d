import TermUI

/// The help's "legend" tab: what the glyphs and badges on screen mean, generated from the definitions the
/// screens draw with (`BadgeKind`, `Glyphs`, the time formatter), aligned by display width.
///
///     Envelope badges (list · header and Security pane)
///     [S]    ✔ Authentic               signature verified, chain trusted
///     [E]    🔒 Encrypted              encrypted, no key (pass --key or :key)
enum Legend {
    static func lines(glyphs: Glyphs, theme: Theme) -> [SafeText] {
        let ascii = glyphs.isASCII
        let badges = BadgeKind.allCases.map { kind in
            (
                SafeText(kind.listBadge, style: kind.style(theme)),
                SafeText(ascii ? kind.word : kind.label(ascii: false), style: kind.style(theme)), kind.meaning
            )
        }
        let badgeWidth = badges.map(\.0.width).max() ?? 0
        let labelWidth = badges.map(\.1.width).max() ?? 0
        var lines = [SafeText("Envelope badges (list " + glyphs.separator + " header and Security pane)", style: theme.accent)]
        for (badge, label, meaning) in badges {
            var line = badge.padded(to: badgeWidth + 2)
            line.append(label.padded(to: labelWidth + 2))
            line.append(meaning)
            lines.append(line)
        }
        let example = timeRows(glyphs: glyphs)
        let rows: [(String, String)] =
            [
                (glyphs.selectionMarker, "the selected row"),
                (glyphs.collapsed + " " + glyphs.expanded, "folded / unfolded tree node (h, l, Space)"),
                (glyphs.arrowRight, "a reference: Enter follows it, [ comes back"),
                (glyphs.arrowLeft, "referenced by: something points here"),
                (glyphs.ellipsis, "cut to fit (the whole value: y y, X, or the JSON pane)"),
                ("\\u001b", "an escape or control character from the file, shown, never sent to the terminal"),
            ] + [("", "")] + example + [("", "")]
            + [(".dialog[2].parties", "where the focused value is (status line; y p copies the JSON Pointer)")]
        let width = max(badgeWidth + 2 + labelWidth, rows.map { DisplayWidth.of($0.0) }.max() ?? 0) + 2
        lines += [SafeText(), SafeText("Glyphs", style: theme.accent)]
        for (symbol, meaning) in rows {
            if symbol.isEmpty, meaning.isEmpty {
                lines.append(SafeText())
                continue
            }
            var line = SafeText(symbol, style: theme.accent).padded(to: width)
            line.append(meaning)
            lines.append(line)
        }
        return lines
    }

    /// How each time mode (`T`) writes a time, with the markers the formatter really uses.
    static func timeRows(glyphs: Glyphs) -> [(String, String)] {
        let delta = TimeFormatter.deltaMarker(ascii: glyphs.isASCII)
        let invalid = TimeFormatter.invalidMarker(ascii: glyphs.isASCII)
        return [
            (glyphs.ellipsis + "14:30:00Z", "UTC (T cycles the modes, :set tz picks one)"),
            (glyphs.ellipsis + "15:30:00 +01:00", "local time, an offset, or as written"),
            ("+4m12s", "relative to the conversation's start"),
            (delta + "+1.150s", "delta from the previous row"),
            ("soon " + invalid, "a time that does not parse, shown as written"),
        ]
    }
}
