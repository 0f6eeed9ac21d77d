/// Parses `--keys` scripts into input events, and prints key presses in the same notation.
///
/// Syntax: every character stands for itself (`jjj/foo`), a newline in the script is Enter.
/// Names in angle brackets, case-insensitive:
///
/// | notation | event |
/// |---|---|
/// | `<Enter>` `<Tab>` `<S-Tab>` `<Esc>` `<Space>` `<BS>` `<Del>` `<Ins>` | those keys |
/// | `<Up>` `<Down>` `<Left>` `<Right>` `<PgUp>` `<PgDn>` `<Home>` `<End>` | movement keys |
/// | `<F1>` … `<F12>` | function keys |
/// | `<C-x>` `<M-x>` (or `<A-x>`) `<S-Up>` `<C-M-x>` `<C-Left>` | Ctrl, Alt/Meta, Shift combinations |
/// | `<lt>` | a literal `<` |
/// | `<resize 80x24>` | the terminal is resized |
/// | `<click X,Y>` `<rclick X,Y>` `<wheelup X,Y>` `<wheeldown X,Y>` | mouse (0-based cell; click = press + release) |
/// | `<paste TEXT>` | bracketed paste of TEXT (up to the next `>`) |
///
/// Example: `"jjj<Enter>/foo<Enter>n<Tab>2<C-d><Esc>q"`.
public enum KeyScript {
    /// Parses a script; throws with the offending offset on an unknown or unterminated name.
    public static func parse(_ script: String) throws(KeyScriptError) -> [InputEvent] {
        var events: [InputEvent] = []
        let chars = Array(script)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "<" {
                guard let close = chars[(i + 1)...].firstIndex(of: ">") else {
                    throw KeyScriptError(offset: i, message: "'<' without a closing '>' (write <lt> for a literal '<')")
                }
                let name = String(chars[(i + 1)..<close])
                events += try parseBracketed(name, offset: i)
                i = close + 1
            } else {
                if c == "\n" || c == "\r\n" {
                    events.append(.key(KeyPress(.enter)))
                } else if c == "\t" {
                    events.append(.key(KeyPress(.tab)))
                } else {
                    events.append(.key(.char(c)))
                }
                i += 1
            }
        }
        return events
    }

    /// The notation for one key press: `j`, `<C-d>`, `<S-Tab>`, `<lt>`.
    public static func notation(for press: KeyPress) -> String {
        let name = bareName(for: press)
        // Between brackets `<` and `>` are written `lt` and `gt`: `<M->>` closes at its first `>` (found by the
        // `keyscript` fuzz target: Alt and `>` printed as `<M->>`, which does not parse back).
        if case .character(let c) = press.key, c == "<" || (c == ">" && !press.modifiers.isEmpty) {
            return "<" + name.dropLast() + (c == "<" ? "lt" : "gt") + ">"
        }
        return name.count == 1 ? name : "<\(name)>"
    }

    /// A short label for hint bars and help: `j`, `C-d`, `S-Tab`, `Enter`, `F1`.
    public static func label(for press: KeyPress) -> String { bareName(for: press) }

    private static func bareName(for press: KeyPress) -> String {
        var prefix = ""
        if press.modifiers.contains(.ctrl) { prefix += "C-" }
        if press.modifiers.contains(.alt) { prefix += "M-" }
        if press.modifiers.contains(.shift) { prefix += "S-" }
        let base: String
        switch press.key {
        case .character(" "): base = "Space"
        case .character(let c): base = String(c)
        case .function(let n): base = "F\(n)"
        default: base = names.first { $0.value == press.key }?.key ?? "?"
        }
        return prefix + base
    }

    /// Canonical names first: the first match names a key when printing.
    private static let names: [(key: String, value: Key)] = [
        ("Enter", .enter), ("Tab", .tab), ("Esc", .escape), ("BS", .backspace), ("Del", .delete), ("Ins", .insert),
        ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right), ("PgUp", .pageUp), ("PgDn", .pageDown),
        ("Home", .home), ("End", .end),
        ("CR", .enter), ("Return", .enter), ("Escape", .escape), ("Backspace", .backspace), ("Delete", .delete),
        ("Insert", .insert), ("PageUp", .pageUp), ("PageDown", .pageDown),
    ]

    private static func parseBracketed(_ raw: String, offset: Int) throws(KeyScriptError) -> [InputEvent] {
        let lower = raw.lowercased()
        if lower.hasPrefix("paste ") { return [.paste(String(raw.dropFirst(6)))] }
        if lower == "backtab" { return [.key(.backTab)] }
        let words = lower.split(separator: " ", omittingEmptySubsequences: true)
        if words.count == 2 {
            return try parseCommand(String(words[0]), String(words[1]), raw: raw, offset: offset)
        }
        var rest = Substring(raw)
        var modifiers: Modifiers = []
        while rest.count > 2, rest.dropFirst().first == "-" {
            switch rest.first?.lowercased() {
            case "c": modifiers.insert(.ctrl)
            case "m", "a": modifiers.insert(.alt)
            case "s": modifiers.insert(.shift)
            default: throw KeyScriptError(offset: offset, message: "unknown modifier in <\(raw)>")
            }
            rest = rest.dropFirst(2)
        }
        guard let key = key(named: String(rest)) else {
            throw KeyScriptError(offset: offset, message: "unknown key name <\(raw)>")
        }
        if case .character(let c) = key, modifiers.contains(.ctrl) {
            return [.key(KeyPress(.character(Character(c.lowercased())), modifiers))]
        }
        return [.key(KeyPress(key, modifiers))]
    }

    private static func key(named name: String) -> Key? {
        let lower = name.lowercased()
        // A newline or tab between brackets is the key it is outside them (found by the `keyscript` fuzz target:
        // `<` newline `>` gave a character key "\n" that printed as a bare newline, which reads back as Enter).
        if name.count == 1, let c = name.first, c.isNewline { return .enter }
        if name == "\t" { return .tab }
        if name.count == 1, let c = name.first { return .character(c) }
        if lower == "lt" { return .character("<") }
        if lower == "gt" { return .character(">") }
        if lower == "space" { return .character(" ") }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...24).contains(n) { return .function(n) }
        return names.first { $0.key.lowercased() == lower }?.value
    }

    private static func parseCommand(
        _ verb: String, _ argument: String, raw: String,
        offset: Int
    ) throws(KeyScriptError) -> [InputEvent] {
        let separator: Character = verb == "resize" ? "x" : ","
        let parts = argument.split(separator: separator).compactMap { Int($0) }
        guard parts.count == 2, parts[0] >= 0, parts[1] >= 0 else {
            throw KeyScriptError(offset: offset, message: "bad argument in <\(raw)>")
        }
        let (a, b) = (parts[0], parts[1])
        switch verb {
        case "resize" where a > 0 && b > 0: return [.resize(width: a, height: b)]
        case "click": return click(.left, x: a, y: b)
        case "rclick": return click(.right, x: a, y: b)
        case "wheelup": return [.mouse(MouseEvent(.wheelUp, x: a, y: b))]
        case "wheeldown": return [.mouse(MouseEvent(.wheelDown, x: a, y: b))]
        default: throw KeyScriptError(offset: offset, message: "unknown command <\(raw)>")
        }
    }

    private static func click(_ button: MouseButton, x: Int, y: Int) -> [InputEvent] {
        [.mouse(MouseEvent(.press(button), x: x, y: y)), .mouse(MouseEvent(.release(button), x: x, y: y))]
    }
}

/// A key script that cannot be parsed: where and why.
public struct KeyScriptError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Character offset of the bad `<...>` in the script.
    public var offset: Int
    public var message: String
    public var description: String { "key script, character \(offset): \(message)" }
}
