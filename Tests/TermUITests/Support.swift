import Foundation
import Testing

@testable import TermUI

/// Renders into a fresh buffer and returns it (tests compare `plainText` and `styleLines`).
func render(width: Int, height: Int, _ draw: (inout CellBuffer) -> Void) -> CellBuffer {
    var buffer = CellBuffer(width: width, height: height)
    draw(&buffer)
    return buffer
}
