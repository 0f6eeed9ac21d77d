import Foundation

/// A folder of `../shared` beside the package (read in place, never copied into the project).
///
/// A clone on its own has no `../shared`; tests that need one of its folders carry the matching trait
/// (`.corpus`, `.specs`) and are skipped with one line naming the missing folder.
public struct SharedFolder: Sendable {
    /// `../shared/corpus`: real vCon files from many producers.
    public static let corpus = SharedFolder(name: "corpus")
    /// `../shared/specs`: the drafts and schemas.
    public static let specs = SharedFolder(name: "specs")

    /// The folder's name under `../shared`.
    public let name: String
    /// The folder itself.
    public let directory: URL

    init(name: String) {
        self.name = name
        directory = PackagePaths.root.deletingLastPathComponent().appendingPathComponent("shared/" + name)
    }

    /// Whether the folder is there (a directory).
    public var isPresent: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The skip line of a test that needs this folder when it is absent; `.ci/run` looks for its start.
    public var absentLine: String { "needs ../shared/\(name): \(directory.path) is absent" }

    /// A URL inside the folder.
    public func url(_ relative: String) -> URL { directory.appendingPathComponent(relative) }

    /// A path inside the folder.
    public func path(_ relative: String) -> String { url(relative).path }

    /// The bytes of a file inside the folder.
    public func bytes(_ relative: String) throws -> [UInt8] { Array(try Data(contentsOf: url(relative))) }
}

/// The shared corpus (`../shared/corpus`): `Corpus.path("edge-cases/x.vcon.json")`.
public enum Corpus {
    /// The corpus folder.
    public static var directory: URL { SharedFolder.corpus.directory }
    /// Whether the corpus is beside the package.
    public static var isPresent: Bool { SharedFolder.corpus.isPresent }
    /// A URL inside the corpus.
    public static func url(_ relative: String) -> URL { SharedFolder.corpus.url(relative) }
    /// A path inside the corpus.
    public static func path(_ relative: String) -> String { SharedFolder.corpus.path(relative) }
    /// The bytes of a corpus file.
    public static func bytes(_ relative: String) throws -> [UInt8] { try SharedFolder.corpus.bytes(relative) }
}
