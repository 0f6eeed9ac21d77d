internal import CNCurses
import TermUI

/// Maps TermUI styles to curses attributes and colour numbers (pure: testable without a terminal).
struct StyleMapping {
    /// Colours the terminal has (`COLORS`): 8, 16, 256…; 0 when colour is off.
    var colors: Int

    /// The curses attributes for a style's flags (colour pair not included).
    ///
    /// On an 8-colour terminal a bright foreground becomes its base colour plus bold.
    func attributes(for style: Style) -> attr_t {
        var attrs = cnc_a_normal()
        if style.bold || (colors > 0 && colors < 16 && style.foreground.rawValue >= 8) { attrs |= cnc_a_bold() }
        if style.dim { attrs |= cnc_a_dim() }
        if style.underline { attrs |= cnc_a_underline() }
        if style.reverse { attrs |= cnc_a_reverse() }
        return attrs
    }

    /// The curses colour number: -1 for the terminal default, the palette index, or its base on 8 colours.
    func colorNumber(_ color: TermColor) -> Int32 {
        guard let index = color.paletteIndex else { return -1 }
        return Int32(colors >= 16 ? index : index % 8)
    }

    /// The colour pair key for a style, or nil for default on default (pair 0) or when colour is off.
    func pairKey(for style: Style) -> PairKey? {
        guard colors > 0 else { return nil }
        let key = PairKey(foreground: colorNumber(style.foreground), background: colorNumber(style.background))
        return key.foreground == -1 && key.background == -1 ? nil : key
    }

    /// A foreground/background pair of curses colour numbers.
    struct PairKey: Hashable {
        var foreground: Int32
        var background: Int32
    }
}

/// Hands out colour pair numbers on first use, up to the terminal's limit.
struct ColorPairTable {
    private var pairs: [StyleMapping.PairKey: Int32] = [:]
    /// The highest pair number allowed (`COLOR_PAIRS - 1`).
    let limit: Int32

    init(limit: Int32) { self.limit = limit }

    /// The pair for `key`, and whether it is new (the caller then calls `init_pair`); pair 0 when the table is full.
    mutating func pair(for key: StyleMapping.PairKey) -> (number: Int32, isNew: Bool) {
        if let existing = pairs[key] { return (existing, false) }
        let next = Int32(pairs.count + 1)
        guard next <= limit else { return (0, false) }
        pairs[key] = next
        return (next, true)
    }
}
