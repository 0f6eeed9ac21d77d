import TermUI

extension Settings {
    /// The command-line inputs with every `@NAME` replaced by its source's URL (`[sources.NAME]`), so a named
    /// source opens exactly like the URL or path typed in its place. Other arguments are unchanged
    /// (write `./@file` for a file whose name starts with `@`).
    public func resolvingSources(_ arguments: [String], configPath: String?) throws(UnknownSourceError) -> [String] {
        try arguments.map { (argument: String) throws(UnknownSourceError) -> String in
            guard argument.hasPrefix("@"), argument.count > 1 else { return argument }
            let name = String(argument.dropFirst())
            guard let source = sources[name] else {
                throw UnknownSourceError(name: name, known: sources.keys.sorted(), configPath: configPath)
            }
            return source.url
        }
    }
}

/// `@NAME` with no `[sources.NAME]` in the config file.
public struct UnknownSourceError: Error, Sendable, CustomStringConvertible {
    /// The name after `@`.
    public var name: String
    /// The names the config defines.
    public var known: [String]
    /// The config file looked at.
    public var configPath: String?

    /// One line: what is missing, where it was looked for, what exists.
    public var description: String {
        let file = configPath.map { Sanitizer.singleLine.sanitize($0) } ?? "the config file"
        let names = known.isEmpty ? "it names no sources" : "it names " + known.map { "@" + $0 }.joined(separator: ", ")
        return
            "no source @\(Sanitizer.singleLine.sanitize(name)) in \(file) (\(names)); add [sources.\(Sanitizer.singleLine.sanitize(name))] url = \"…\""
    }
}
