internal import CNCurses
import TermUI

/// Maps what `wget_wch` and `getmouse` return to TermUI events (pure: testable without a terminal).
enum KeyMapping {
    /// A character read with `wget_wch` returning `OK`. Escape (27) is handled by the caller (Alt prefix).
    static func keyPress(character code: UInt32) -> KeyPress? {
        switch code {
        case 0x0D, 0x0A: return KeyPress(.enter)
        case 0x09: return KeyPress(.tab)
        case 0x7F, 0x08: return KeyPress(.backspace)
        case 0x1B: return KeyPress(.escape)
        case 0x00: return .ctrl(" ")
        case 0x01...0x1A:
            guard let scalar = Unicode.Scalar(code + 0x60) else { return nil }
            return .ctrl(Character(scalar))
        case 0x1C: return .ctrl("\\")
        case 0x1D: return .ctrl("]")
        case 0x1E: return .ctrl("^")
        case 0x1F: return .ctrl("_")
        case 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .char(Character(scalar))
        }
    }

    /// A key code read with `wget_wch` returning `KEY_CODE_YES`.
    static func keyPress(keyCode: Int32) -> KeyPress? {
        if keyCode > KEY_F0, keyCode <= KEY_F0 + 63 { return KeyPress(.function(Int(keyCode - KEY_F0))) }
        return fixedKeys[keyCode]
    }

    private static let fixedKeys: [Int32: KeyPress] = [
        KEY_UP: KeyPress(.up), KEY_DOWN: KeyPress(.down), KEY_LEFT: KeyPress(.left), KEY_RIGHT: KeyPress(.right),
        KEY_HOME: KeyPress(.home), KEY_END: KeyPress(.end), KEY_PPAGE: KeyPress(.pageUp),
        KEY_NPAGE: KeyPress(.pageDown), KEY_DC: KeyPress(.delete), KEY_IC: KeyPress(.insert),
        KEY_BACKSPACE: KeyPress(.backspace), KEY_ENTER: KeyPress(.enter), KEY_BTAB: .backTab,
        KEY_SLEFT: KeyPress(.left, .shift), KEY_SRIGHT: KeyPress(.right, .shift), KEY_SR: KeyPress(.up, .shift),
        KEY_SF: KeyPress(.down, .shift), KEY_SHOME: KeyPress(.home, .shift), KEY_SEND: KeyPress(.end, .shift),
        KEY_SDC: KeyPress(.delete, .shift), KEY_SPREVIOUS: KeyPress(.pageUp, .shift),
        KEY_SNEXT: KeyPress(.pageDown, .shift), KEY_A1: KeyPress(.home), KEY_C1: KeyPress(.end),
        KEY_A3: KeyPress(.pageUp), KEY_C3: KeyPress(.pageDown),
    ]

    /// terminfo's extended key names (xterm style) and the key each stands for; the suffix digit gives modifiers.
    static let extendedKeyNames: [(name: String, key: Key)] = [
        ("kUP", .up), ("kDN", .down), ("kLFT", .left), ("kRIT", .right), ("kHOM", .home), ("kEND", .end),
        ("kNXT", .pageDown), ("kPRV", .pageUp), ("kDC", .delete), ("kIC", .insert),
    ]

    /// Modifiers for xterm's modifier parameter (2 Shift, 3 Alt, 5 Ctrl, and sums up to 8).
    static func modifiers(forSuffix suffix: Int) -> Modifiers? {
        guard (2...8).contains(suffix) else { return nil }
        let bits = suffix - 1
        var result: Modifiers = []
        if bits & 1 != 0 { result.insert(.shift) }
        if bits & 2 != 0 { result.insert(.alt) }
        if bits & 4 != 0 { result.insert(.ctrl) }
        return result
    }

    /// A mouse report: buttons 1-3 press/release, 4/5 wheel; nil for anything else (motion, clicks).
    static func mouse(bstate: mmask_t, x: Int32, y: Int32) -> MouseEvent? {
        var modifiers: Modifiers = []
        if bstate & cnc_button_shift() != 0 { modifiers.insert(.shift) }
        if bstate & cnc_button_ctrl() != 0 { modifiers.insert(.ctrl) }
        if bstate & cnc_button_alt() != 0 { modifiers.insert(.alt) }
        let kind: MouseEvent.Kind
        if bstate & cnc_button_pressed(4) != 0 {
            kind = .wheelUp
        } else if bstate & cnc_button_pressed(5) != 0 {
            kind = .wheelDown
        } else if let button = button(in: bstate, cnc_button_pressed) {
            kind = .press(button)
        } else if let button = button(in: bstate, cnc_button_released) {
            kind = .release(button)
        } else {
            return nil
        }
        return MouseEvent(kind, x: Int(x), y: Int(y), modifiers: modifiers)
    }

    private static func button(in bstate: mmask_t, _ mask: (Int32) -> mmask_t) -> MouseButton? {
        if bstate & mask(1) != 0 { return .left }
        if bstate & mask(2) != 0 { return .middle }
        if bstate & mask(3) != 0 { return .right }
        return nil
    }
}
