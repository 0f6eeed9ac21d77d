internal import CNCurses
import TermUI
import Testing

@testable import CursesBackend

@Suite struct KeyMappingTests {
    @Test func controlCharactersBecomeCtrlKeys() {
        #expect(KeyMapping.keyPress(character: 0x04) == .ctrl("d"))
        #expect(KeyMapping.keyPress(character: 0x1A) == .ctrl("z"))
        #expect(KeyMapping.keyPress(character: 0x03) == .ctrl("c"))
        #expect(KeyMapping.keyPress(character: 0x00) == .ctrl(" "))
        #expect(KeyMapping.keyPress(character: 0x1F) == .ctrl("_"))
        #expect(KeyMapping.keyPress(character: 0x0D) == KeyPress(.enter))
        #expect(KeyMapping.keyPress(character: 0x0A) == KeyPress(.enter))
        #expect(KeyMapping.keyPress(character: 0x09) == KeyPress(.tab))
        #expect(KeyMapping.keyPress(character: 0x7F) == KeyPress(.backspace))
        #expect(KeyMapping.keyPress(character: 0x08) == KeyPress(.backspace))
        #expect(KeyMapping.keyPress(character: 0x1B) == KeyPress(.escape))
    }

    @Test func printableAndWideCharactersPassThrough() {
        #expect(KeyMapping.keyPress(character: 0x6A) == .char("j"))
        #expect(KeyMapping.keyPress(character: 0x4E2D) == .char("中"))
        #expect(KeyMapping.keyPress(character: 0x1F600) == .char("😀"))
        #expect(KeyMapping.keyPress(character: 0x9B) == nil)
        #expect(KeyMapping.keyPress(character: 0xD800) == nil)
    }

    @Test func cursesKeyCodes() {
        #expect(KeyMapping.keyPress(keyCode: KEY_UP) == KeyPress(.up))
        #expect(KeyMapping.keyPress(keyCode: KEY_NPAGE) == KeyPress(.pageDown))
        #expect(KeyMapping.keyPress(keyCode: KEY_PPAGE) == KeyPress(.pageUp))
        #expect(KeyMapping.keyPress(keyCode: KEY_BTAB) == .backTab)
        #expect(KeyMapping.keyPress(keyCode: KEY_SR) == KeyPress(.up, .shift))
        #expect(KeyMapping.keyPress(keyCode: KEY_DC) == KeyPress(.delete))
        #expect(KeyMapping.keyPress(keyCode: KEY_BACKSPACE) == KeyPress(.backspace))
        #expect(KeyMapping.keyPress(keyCode: Int32(cnc_key_f(1))) == KeyPress(.function(1)))
        #expect(KeyMapping.keyPress(keyCode: Int32(cnc_key_f(12))) == KeyPress(.function(12)))
        #expect(KeyMapping.keyPress(keyCode: cnc_key_resize()) == nil)
    }

    @Test func xtermModifierSuffixes() {
        #expect(KeyMapping.modifiers(forSuffix: 2) == .shift)
        #expect(KeyMapping.modifiers(forSuffix: 3) == .alt)
        #expect(KeyMapping.modifiers(forSuffix: 5) == .ctrl)
        #expect(KeyMapping.modifiers(forSuffix: 8) == [.shift, .alt, .ctrl])
        #expect(KeyMapping.modifiers(forSuffix: 1) == nil)
        #expect(KeyMapping.modifiers(forSuffix: 9) == nil)
    }

    @Test func mouseReports() {
        let press = KeyMapping.mouse(bstate: cnc_button_pressed(1), x: 3, y: 4)
        #expect(press == MouseEvent(.press(.left), x: 3, y: 4))
        #expect(KeyMapping.mouse(bstate: cnc_button_released(3), x: 0, y: 0) == MouseEvent(.release(.right), x: 0, y: 0))
        #expect(KeyMapping.mouse(bstate: cnc_button_pressed(4), x: 1, y: 1)?.kind == .wheelUp)
        #expect(KeyMapping.mouse(bstate: cnc_button_pressed(5), x: 1, y: 1)?.kind == .wheelDown)
        let shifted = KeyMapping.mouse(bstate: cnc_button_pressed(2) | cnc_button_shift() | cnc_button_ctrl(), x: 1, y: 1)
        #expect(shifted == MouseEvent(.press(.middle), x: 1, y: 1, modifiers: [.shift, .ctrl]))
        #expect(KeyMapping.mouse(bstate: 0, x: 1, y: 1) == nil)
    }

    @Test func timeoutsInMilliseconds() {
        #expect(CursesBackend.milliseconds(nil) == -1)
        #expect(CursesBackend.milliseconds(.zero) == 0)
        #expect(CursesBackend.milliseconds(.milliseconds(25)) == 25)
        #expect(CursesBackend.milliseconds(.seconds(2)) == 2000)
    }
}
