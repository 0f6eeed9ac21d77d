/// Something wrong in the config file, with its place: printed as `config.toml:3:9: message`.
public struct ConfigProblem: Sendable, Hashable, CustomStringConvertible {
    /// The config file's path, as shown.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?
    /// What is wrong and what was done instead.
    public var message: String

    /// A problem at `line`:`column` of `file`.
    public init(file: String, line: Int?, column: Int?, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message` (or `file: message` without a place).
    public var description: String {
        guard let line else { return "\(file): \(message)" }
        return "\(file):\(line):\(column ?? 1): \(message)"
    }
}
