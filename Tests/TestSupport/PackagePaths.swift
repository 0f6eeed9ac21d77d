import Foundation

/// Where the package is, found once from this file's path: the one package-root finder of the test targets.
public enum PackagePaths {
    /// The package root: the nearest directory above this file that holds `Package.swift`.
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        return url
    }()

    /// A URL inside the package, e.g. `url("Tests/Fixtures/Demo/demo.vconz")`.
    public static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    /// A path inside the package.
    public static func path(_ relative: String) -> String { url(relative).path }

    /// The files of a folder inside the package, sorted, as full paths (empty when it is missing): the fuzz
    /// regression inputs of `Tests/Fuzz/NAME`.
    public static func files(in relative: String) -> [String] {
        let directory = path(relative)
        return ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted().map { directory + "/" + $0 }
    }
}
