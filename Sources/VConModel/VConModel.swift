// The JSON reader is part of VConModel's API (a `VCon` is a view over a `JSONValue`), so every module that imports
// VConModel sees it without a second import. See DECISIONS.md, "The JSON reader as its own target".
@_exported import VConJSON

/// The pure-Swift core: JSON reader, vCon model for every generation, findings.
public enum VConModelInfo {
    /// The newest vCon syntax this reader knows.
    public static let newestSyntax = "0.4.0"
}
