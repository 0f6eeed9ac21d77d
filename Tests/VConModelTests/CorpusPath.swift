import Foundation

/// Paths to the shared corpus beside the package (`../shared/corpus`), found from this file.
enum CorpusPath {
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url
    }()

    static let root = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    static func file(_ relative: String) -> String { root.appendingPathComponent(relative).path }
}
