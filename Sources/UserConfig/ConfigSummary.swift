import BrowserCore
import Foundation
import TermUI

/// The lines `config --check` prints: which file, and what it sets (never a password).
public enum ConfigSummary {
    /// A summary of a loaded config.
    public static func lines(_ loaded: ConfigFile.Loaded) -> [String] {
        let file = loaded.path.map { Sanitizer.singleLine.sanitize($0) } ?? "(no path: HOME is not set)"
        guard loaded.exists else { return ["\(file): no such file; using the defaults (config --print-defaults writes one)"] }
        let settings = loaded.settings
        var lines = [
            "\(file): \(loaded.problems.isEmpty ? "ok" : "\(loaded.problems.count) problem(s), see above")",
            "  theme     \(settings.theme.rawValue)",
            "  time      \(settings.timeMode.badge(ascii: true)), zone \(zone(settings.zone))",
            "  trust     \(list(settings.trust))",
            "  keys      \(list(settings.keys))",
        ]
        for (id, sequences) in settings.keyOverrides.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let labels = sequences.map { $0.map { KeyScript.label(for: $0) }.joined(separator: " ") }
            lines.append("  bind      \(id.rawValue) = \(labels.joined(separator: ", "))")
        }
        for source in settings.sources.values.sorted(by: { $0.name < $1.name }) {
            lines.append("  source    @\(source.name) = \(Sanitizer.singleLine.sanitize(redacted(source.url)))")
        }
        return lines
    }

    /// The URL with any password replaced by `***`.
    public static func redacted(_ url: String) -> String {
        guard var components = URLComponents(string: url), components.password != nil else { return url }
        components.password = "***"
        return components.string ?? url
    }

    private static func zone(_ zone: ZoneChoice) -> String {
        switch zone {
        case .system: "system"
        case .named(let name): name
        case .offset(let seconds): TimeMode.formatOffset(seconds)
        }
    }

    private static func list(_ paths: [String]) -> String {
        paths.isEmpty ? "-" : paths.map { Sanitizer.singleLine.sanitize($0) }.joined(separator: ", ")
    }
}
