internal import CNCurses
import TermUI

/// Reading keys, mouse, paste and resize with the wide-character `wget_wch`.
extension CursesBackend {
    /// What one `wget_wch` call returned.
    private enum Read {
        case character(UInt32)
        case keyCode(Int32)
        case nothing
    }

    /// Waits in slices of at most 100 ms: a blocked `read` is only woken by SIGWINCH when the signal
    /// lands on the reading thread, so polling is what makes resizes arrive in threaded programs.
    public func nextEvent(timeout: Duration?) -> InputEvent? {
        let clock = ContinuousClock()
        let deadline = timeout.map { clock.now + $0 }
        while true {
            var slice: Int32 = 100
            if let deadline { slice = min(slice, Self.milliseconds(deadline - clock.now)) }
            wtimeout(window, slice)
            let read: Read
            if let pending = pendingKeyCode {
                pendingKeyCode = nil
                read = .keyCode(pending)
            } else {
                read = readOne()
            }
            switch read {
            case .nothing:
                break
            case .character(0x1B):
                return .key(altOrEscape())
            case .character(let code):
                if let press = KeyMapping.keyPress(character: code) { return .key(press) }
            case .keyCode(let code):
                if let event = event(forKeyCode: code) { return event }
            }
            if let deadline, clock.now >= deadline { return nil }
        }
    }

    private func event(forKeyCode code: Int32) -> InputEvent? {
        if code == cnc_key_resize() {
            updateSize()
            invalidate()
            return .resize(width: size.width, height: size.height)
        }
        if code == cnc_key_mouse() {
            var report = MEVENT()
            guard getmouse(&report) == OK else { return nil }
            return KeyMapping.mouse(bstate: report.bstate, x: report.x, y: report.y).map { .mouse($0) }
        }
        if code == Self.pasteStartCode { return .paste(readPaste()) }
        if let press = extendedKeys[code] ?? KeyMapping.keyPress(keyCode: code) { return .key(press) }
        return nil
    }

    /// After an Escape: a key already waiting means Alt+key (the terminal sent both at once).
    private func altOrEscape() -> KeyPress {
        wtimeout(window, 0)
        switch readOne() {
        case .character(let code):
            guard code != 0x1B, var press = KeyMapping.keyPress(character: code) else { return KeyPress(.escape) }
            press.modifiers.insert(.alt)
            return press
        case .keyCode(let code):
            guard var press = extendedKeys[code] ?? KeyMapping.keyPress(keyCode: code) else {
                pendingKeyCode = code
                return KeyPress(.escape)
            }
            press.modifiers.insert(.alt)
            return press
        case .nothing:
            return KeyPress(.escape)
        }
    }

    /// Collects pasted text up to the end bracket (or a 200 ms pause, so a lost bracket cannot hang us).
    private func readPaste() -> String {
        var text = String.UnicodeScalarView()
        wtimeout(window, 200)
        while true {
            switch readOne() {
            case .character(let code):
                if code == 0x0D {
                    text.append("\n")
                } else if let scalar = Unicode.Scalar(code) {
                    text.append(scalar)
                }
            case .keyCode(let code):
                if code == Self.pasteEndCode { return String(text) }
            case .nothing:
                return String(text)
            }
        }
    }

    private func readOne() -> Read {
        var value: wint_t = 0
        let result = wget_wch(window, &value)
        if result == OK { return .character(UInt32(value)) }
        if result == KEY_CODE_YES { return .keyCode(Int32(bitPattern: UInt32(value))) }
        return .nothing
    }

    /// curses' timeout argument: -1 blocks, 0 polls, else milliseconds.
    static func milliseconds(_ timeout: Duration?) -> Int32 {
        guard let timeout else { return -1 }
        let (seconds, attoseconds) = timeout.components
        let ms = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        return Int32(clamping: max(0, ms))
    }
}
