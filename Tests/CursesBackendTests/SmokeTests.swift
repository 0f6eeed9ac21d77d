import Testing

@testable import CursesBackend

@Test func ncursesLinks() {
    #expect(CursesInfo.version.hasPrefix("ncurses 6"))
}
