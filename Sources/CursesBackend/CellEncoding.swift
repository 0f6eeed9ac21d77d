import TermUI

/// Decides what curses is given for one cell, so its idea of widths matches ours (pure: testable).
///
/// curses advances by the C library's `wcwidth`; when that disagrees with TermUI's width
/// for a cluster (say a flag, or an emoji newer than libc's tables), drawing the cluster
/// would shift the rest of the row. Then a stand-in of the right width is drawn instead.
struct CellEncoding {
    /// What to draw: up to `maxScalars` code points per cell, at column offsets 0 and (for wide cells) 1.
    struct Piece: Equatable {
        var offset: Int
        var scalars: [UInt32]
    }

    /// The C library's width of a code point (`wcwidth`), -1 when it does not know it.
    var systemWidth: (UInt32) -> Int
    /// ASCII only (non-UTF-8 locale): anything else becomes `?`.
    var ascii: Bool
    /// `CCHARW_MAX`: code points one `cchar_t` holds.
    var maxScalars: Int

    /// The pieces for a cell (none for a continuation cell).
    func pieces(for cell: Cell) -> [Piece] {
        guard !cell.isContinuation else { return [] }
        let scalars = cell.text.unicodeScalars.map(\.value)
        guard let first = scalars.first else { return [Piece(offset: 0, scalars: [0x20])] }
        if ascii {
            let plain = scalars.count == 1 && first >= 0x20 && first < 0x7F
            return fallback(width: cell.width, plain ? first : 0x3F)
        }
        if cell.width == 2, scalars.count == 2, scalars.allSatisfy({ (0x1F1E6...0x1F1FF).contains($0) }),
            scalars.allSatisfy({ systemWidth($0) == 1 })
        {
            // A flag that libc counts as two narrow letters: give each its own cell.
            return [Piece(offset: 0, scalars: [scalars[0]]), Piece(offset: 1, scalars: [scalars[1]])]
        }
        guard systemWidth(first) == cell.width else { return fallback(width: cell.width, 0xFFFD) }
        // The base plus the zero-width code points that follow it; stop at a joiner or a second base.
        var kept = [first]
        for scalar in scalars.dropFirst() {
            guard kept.count < maxScalars, scalar != 0x200D, systemWidth(scalar) == 0 else { break }
            kept.append(scalar)
        }
        return [Piece(offset: 0, scalars: kept)]
    }

    private func fallback(width: Int, _ standIn: UInt32) -> [Piece] {
        let mark = ascii && standIn == 0xFFFD ? 0x3F : standIn
        let shown = systemWidth(mark) == 1 ? mark : 0x3F
        return width == 2
            ? [Piece(offset: 0, scalars: [shown]), Piece(offset: 1, scalars: [0x20])]
            : [Piece(offset: 0, scalars: [shown])]
    }
}
