/// Truncation and word wrapping by display width.
extension SafeText {
    /// Where truncation cuts.
    public enum TruncationPosition: Sendable, Hashable {
        /// Keep the start: `Alice Wonderl…`.
        case end
        /// Keep the end (paths, file names): `…/calls/0195.vcon`.
        case start
        /// Keep both ends: `call-01…544a.vcon`.
        case middle
    }

    /// The text cut to at most `width` cells, marked with `ellipsis` where it was cut.
    ///
    /// Never splits a wide character or an escape: the result may be one cell short.
    /// Line breaks are ignored (truncate single lines).
    public func truncated(
        to width: Int, ellipsis: String = Glyphs.unicode.ellipsis,
        position: TruncationPosition = .end
    ) -> SafeText {
        let all = glyphs.filter { $0.kind != .lineBreak }
        let total = all.reduce(0) { $0 + $1.width }
        if total <= width { return SafeText(glyphs: all) }
        guard width > 0 else { return SafeText() }
        let markStyle = all.first?.style ?? .plain
        let mark = Sanitizer.singleLine.glyphs(ellipsis, style: markStyle)
        let markWidth = mark.reduce(0) { $0 + $1.width }
        if markWidth >= width { return SafeText(glyphs: Self.prefix(of: mark, width: width)) }
        let room = width - markWidth
        switch position {
        case .end:
            return SafeText(glyphs: Self.prefix(of: all, width: room) + mark)
        case .start:
            return SafeText(glyphs: mark + Self.suffix(of: all, width: room))
        case .middle:
            let head = Self.prefix(of: all, width: (room + 1) / 2)
            let headWidth = head.reduce(0) { $0 + $1.width }
            return SafeText(glyphs: head + mark + Self.suffix(of: all, width: room - headWidth))
        }
    }

    /// Word-wrapped rows of at most `width` cells (kept line breaks start new rows).
    ///
    /// Breaks at spaces; a word longer than the row is hard-broken; spaces at a
    /// break are dropped; an empty line stays an empty row.
    public func wrapped(width: Int) -> [SafeText] {
        let width = max(1, width)
        return lines.flatMap { Self.wrapLine($0.glyphs, width: width) }
    }

    /// Pads with spaces (in `style`) to exactly `width` cells, truncating first when longer.
    public func padded(to width: Int, style: Style = .plain, ellipsis: String = Glyphs.unicode.ellipsis) -> SafeText {
        var text = truncated(to: width, ellipsis: ellipsis)
        let missing = width - text.lineWidth
        if missing > 0 { text.glyphs += Array(repeating: .space(style), count: missing) }
        return text
    }

    private static func prefix(of glyphs: [Glyph], width: Int) -> [Glyph] {
        var used = 0
        var result: [Glyph] = []
        for glyph in glyphs {
            if used + glyph.width > width { break }
            used += glyph.width
            result.append(glyph)
        }
        return result
    }

    private static func suffix(of glyphs: [Glyph], width: Int) -> [Glyph] {
        Array(prefix(of: glyphs.reversed(), width: width).reversed())
    }

    private static func wrapLine(_ glyphs: [Glyph], width: Int) -> [SafeText] {
        var rows: [[Glyph]] = []
        var row: [Glyph] = []
        var rowWidth = 0
        var index = 0
        func finishRow() {
            while let last = row.last, last.kind == .text, last.text == " " {
                row.removeLast()
            }
            rows.append(row)
            row = []
            rowWidth = 0
        }
        while index < glyphs.count {
            let isSpace = glyphs[index].kind == .text && glyphs[index].text == " "
            var end = index
            while end < glyphs.count, (glyphs[end].kind == .text && glyphs[end].text == " ") == isSpace { end += 1 }
            let token = glyphs[index..<end]
            let tokenWidth = token.reduce(0) { $0 + $1.width }
            if isSpace {
                // Spaces that open a wrapped row are dropped; others may hang past the edge and get trimmed.
                if !(row.isEmpty && !rows.isEmpty) {
                    row += token
                    rowWidth += tokenWidth
                }
            } else if rowWidth + tokenWidth <= width {
                row += token
                rowWidth += tokenWidth
            } else {
                if !row.isEmpty { finishRow() }
                if tokenWidth <= width {
                    row += token
                    rowWidth = tokenWidth
                } else {
                    for glyph in token.flatMap({ $0.width > width ? $0.cellPieces : [$0] }) {
                        if rowWidth + glyph.width > width, !row.isEmpty { finishRow() }
                        row.append(glyph)
                        rowWidth += glyph.width
                    }
                }
            }
            index = end
        }
        if !row.isEmpty || rows.isEmpty { finishRow() }
        return rows.map { SafeText(glyphs: $0) }
    }
}
