import Foundation

/// Where the package and the shared corpus are, found from this file's path (never copied).
enum CorpusPaths {
    /// The package root: the nearest directory above this file holding Package.swift.
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        return url
    }()

    /// `../shared/corpus` beside the package root.
    static let corpus: URL = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    static func path(_ relative: String) -> String { corpus.appendingPathComponent(relative).path }
}
