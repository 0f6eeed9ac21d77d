import BrowserCore
import Foundation
import TOMLKit
import TermUI

/// Reads config text into `Settings`: a syntax error gives one located problem and the defaults; an unknown
/// key or a bad value gives a located problem and that setting keeps its default, the rest still applies.
public enum ConfigParser {
    /// The top-level keys, in the order `--print-defaults` writes them.
    static let topLevelKeys = ["theme", "time", "keys", "security", "sources"]

    /// Parses `text`; `file` names the file in problems.
    public static func parse(_ text: String, file: String) -> (settings: Settings, problems: [ConfigProblem]) {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let problem = ConfigProblem(
                file: file, line: error.source.begin.line, column: error.source.begin.column,
                message: "not valid TOML: \(Sanitizer.singleLine.sanitize(error.description)); starting with the defaults")
            return (.defaults, [problem])
        } catch {
            return (
                .defaults,
                [ConfigProblem(file: file, line: nil, column: nil, message: "cannot be read as TOML; starting with the defaults")]
            )
        }
        var reader = ConfigReader(file: file, locations: TOMLLocations(text))
        reader.read(table)
        let problems = reader.problems.sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) }
        return (reader.settings, problems)
    }
}

/// Walks the parsed table section by section, collecting settings and located problems.
struct ConfigReader {
    let file: String
    let locations: TOMLLocations
    var settings = Settings()
    var problems: [ConfigProblem] = []

    mutating func read(_ table: TOMLTable) {
        for key in table.keys {
            guard let value = table[key] else { continue }
            switch key {
            case "theme": readTheme(value)
            case "time": section(value, at: ["time"], known: ["mode", "zone"]) { reader, key, value in reader.readTime(key, value) }
            case "keys": section(value, at: ["keys"], known: nil) { reader, key, value in reader.readKey(key, value) }
            case "security":
                section(value, at: ["security"], known: ["trust", "keys"]) { reader, key, value in reader.readSecurity(key, value) }
            case "sources": section(value, at: ["sources"], known: nil) { reader, key, value in reader.readSource(key, value) }
            default: unknown([key], known: ConfigParser.topLevelKeys)
            }
        }
    }

    // MARK: sections

    private mutating func readTheme(_ value: any TOMLValueConvertible) {
        guard let text = value.string, let theme = ThemeChoice(configValue: text) else {
            report(["theme"], "theme must be \"dark\", \"light\" or \"16-colour\" (got \(shown(value))); using 16-colour")
            return
        }
        settings.theme = theme
    }

    private mutating func readTime(_ key: String, _ value: any TOMLValueConvertible) {
        let path = ["time", key]
        guard let text = value.string else {
            report(path, "time.\(key) must be a string (got \(shown(value)))")
            return
        }
        switch key {
        case "mode":
            switch TimeMode.parseSetting(text) {
            case .success(let mode): settings.timeMode = mode
            case .failure:
                report(path, "time.mode must be utc, local, written, relative, delta or ±hh:mm (got \(shown(value))); using utc")
            }
        default:
            if let zone = Self.zone(text) {
                settings.zone = zone
            } else {
                report(path, "time.zone must be \"system\", an IANA zone such as \"Europe/Berlin\" or ±hh:mm (got \(shown(value)))")
            }
        }
    }

    private mutating func readKey(_ key: String, _ value: any TOMLValueConvertible) {
        let path = ["keys", key]
        guard let id = CommandID(rawValue: key) else {
            report(path, "no command \"\(Sanitizer.singleLine.sanitize(key))\" to bind (the names are listed by --print-defaults)")
            return
        }
        let labels = value.string.map { [$0] } ?? value.array?.compactMap(\.string)
        guard let labels, !labels.isEmpty, labels.count == value.array?.count ?? 1 else {
            report(path, "keys.\(key) must be a key or a list of keys, e.g. [\"j\", \"Down\"] (got \(shown(value)))")
            return
        }
        var sequences: [[KeyPress]] = []
        for label in labels {
            guard let presses = KeyLabel.parse(label) else {
                report(
                    path, "keys.\(key): unknown key \"\(Sanitizer.singleLine.sanitize(label))\" (write j, C-d, S-Tab, Enter, F1, or g g)")
                return
            }
            sequences.append(presses)
        }
        do {
            settings.keymap = try settings.keymap.rebinding(id, to: sequences)
            settings.keyOverrides[id] = sequences
        } catch {
            report(path, "keys.\(error.description); keeping the standard keys")
        }
    }

    private mutating func readSecurity(_ key: String, _ value: any TOMLValueConvertible) {
        let paths = value.string.map { [$0] } ?? value.array?.compactMap(\.string)
        guard let paths, paths.count == value.array?.count ?? 1 else {
            report(["security", key], "security.\(key) must be a path or a list of paths (got \(shown(value)))")
            return
        }
        if key == "trust" { settings.trust = paths } else { settings.keys = paths }
    }

    private mutating func readSource(_ name: String, _ value: any TOMLValueConvertible) {
        let path = ["sources", name]
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }), name.allSatisfy(\.isASCII) else {
            report(path, "source names are letters, digits, - and _ (got \"\(Sanitizer.singleLine.sanitize(name))\")")
            return
        }
        guard let table = value.table else {
            report(path, "sources.\(name) must be a table: [sources.\(name)] url = \"…\"")
            return
        }
        for key in table.keys where key != "url" { unknown(path + [key], known: ["url"]) }
        guard let url = table["url"]?.string, !url.isEmpty else {
            report(path, "sources.\(name) needs url = \"postgres://…\", \"https://…\" or a path")
            return
        }
        if let components = URLComponents(string: url), components.password != nil {
            report(
                path + ["url"],
                "sources.\(name).url carries a password: keep it out of the file (~/.pgpass, PGPASSWORD or the server's own login)")
        }
        settings.sources[name] = NamedSource(name: name, url: url)
    }

    // MARK: helpers

    /// Reads a table's entries with `body`, reporting keys outside `known` (when given).
    private mutating func section(
        _ value: any TOMLValueConvertible, at path: [String], known: [String]?,
        _ body: (inout ConfigReader, String, any TOMLValueConvertible) -> Void
    ) {
        guard let table = value.table else {
            report(path, "\(path.joined(separator: ".")) must be a table ([\(path.joined(separator: "."))])")
            return
        }
        for key in table.keys {
            guard let entry = table[key] else { continue }
            if let known, !known.contains(key) {
                unknown(path + [key], known: known)
            } else {
                body(&self, key, entry)
            }
        }
    }

    private mutating func unknown(_ path: [String], known: [String]) {
        let name = Sanitizer.singleLine.sanitize(path.joined(separator: "."))
        report(path, "unknown key \"\(name)\" ignored (known here: \(known.joined(separator: ", ")))")
    }

    private mutating func report(_ path: [String], _ message: String) {
        let place = locations.position(of: path)
        problems.append(ConfigProblem(file: file, line: place?.line, column: place?.column, message: message))
    }

    /// A value as the message shows it: strings quoted and sanitised, other kinds by type.
    private func shown(_ value: any TOMLValueConvertible) -> String {
        if let text = value.string { return "\"" + Sanitizer.singleLine.sanitize(text) + "\"" }
        return "a \(value.type)"
    }

    /// `system`, an IANA zone name, or `±hh:mm`.
    static func zone(_ text: String) -> ZoneChoice? {
        if text.lowercased() == "system" { return .system }
        if text.hasPrefix("+") || text.hasPrefix("-") {
            if case .success(.offset(let seconds)) = TimeMode.parseSetting(text) { return .offset(seconds: seconds) }
            return nil
        }
        return TimeZone(identifier: text) != nil ? .named(text) : nil
    }
}
