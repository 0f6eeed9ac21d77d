/// The pure-Swift core: JSON reader, vCon model for every generation, findings.
public enum VConModelInfo {
    /// The newest vCon syntax this reader knows.
    public static let newestSyntax = "0.4.0"
}
