import Foundation

/// Where `o` (open with) may hand a body to another program, read once from the environment at start.
///
/// The reducer only reads these values; the run loop carries out `Effect.openWith`.
public struct OpenWithSettings: Sendable, Hashable {
    /// `$VCON_OPENER` when set and not blank: a shell command line the copy's path is appended to.
    public var opener: String?
    /// The variable that says this is an SSH session (`SSH_CONNECTION`, `SSH_TTY`, `SSH_CLIENT`), or nil on a
    /// local terminal. A program started here would show on the remote machine, not in front of the user.
    public var remoteBy: String?

    public init(opener: String? = nil, remoteBy: String? = nil) {
        self.opener = opener
        self.remoteBy = remoteBy
    }

    /// The variables that mark a session as remote, in the order they are named to the user.
    public static let remoteVariables = ["SSH_CONNECTION", "SSH_TTY", "SSH_CLIENT"]

    /// The settings an environment gives: `VCON_OPENER`, and whether an SSH variable is set (not blank).
    public init(environment: [String: String]) {
        func value(_ name: String) -> String? {
            guard let text = environment[name], !text.allSatisfy(\.isWhitespace) else { return nil }
            return text
        }
        self.init(opener: value("VCON_OPENER"), remoteBy: Self.remoteVariables.first { value($0) != nil })
    }
}

/// A body to open: its decoded bytes, a safe file name for the private copy and the media type for mailcap.
public struct OpenRequest: Sendable, Hashable {
    /// The decoded content (base64url decoded; a gzip body stays as stored).
    public var bytes: [UInt8]
    /// The copy's file name: only `A-Z a-z 0-9 . _ -`, never starting with `.` or `-`, at most 80 characters.
    public var fileName: String
    /// The media type when it is a plain `type/subtype` (RFC 6838 name characters), else nil: a vCon's text never
    /// reaches a mailcap command line unchecked.
    public var mediatype: String?
    /// `$VCON_OPENER`, or nil for the user's mailcap (`run-mailcap`, else `see`).
    public var opener: String?

    public init(bytes: [UInt8], name: String, mediatype: String?, opener: String?) {
        self.bytes = bytes
        fileName = Self.safeFileName(name)
        self.mediatype = mediatype.flatMap(Self.safeMediatype)
        self.opener = opener
    }

    /// `name` reduced to characters every shell and mailcap template takes as they are.
    public static func safeFileName(_ name: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
        var safe = String(name.map { allowed.contains($0) ? $0 : "_" }.prefix(80))
        while let first = safe.first, first == "." || first == "-" { safe.removeFirst() }
        return safe.isEmpty || safe.allSatisfy({ $0 == "_" }) ? "body" : safe
    }

    /// `type/subtype` in lower case when both halves are RFC 6838 restricted names (parameters dropped), else nil.
    public static func safeMediatype(_ text: String) -> String? {
        let bare = text.split(separator: ";", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        let halves = bare.lowercased().split(separator: "/", omittingEmptySubsequences: false)
        let name = Set("abcdefghijklmnopqrstuvwxyz0123456789!#$&^_.+-")
        guard halves.count == 2,
            halves.allSatisfy({ (1...127).contains($0.count) && $0.allSatisfy(name.contains) && $0.first != "-" })
        else { return nil }
        return halves.joined(separator: "/")
    }
}
