/// A participant of the conversation (`parties[i]`).
public struct Party: Sendable {
    public let index: Int
    public let json: JSONValue

    public var name: String? { json["name"]?.string }
    public var tel: String? { json["tel"]?.string }
    public var mailto: String? { json["mailto"]?.string }
    public var sip: String? { json["sip"]?.string }
    public var did: String? { json["did"]?.string }
    public var uuid: String? { json["uuid"]?.string }
    public var role: String? { json["role"]?.string }
    public var validation: String? { json["validation"]?.string }
    /// A STIR PASSporT (compact JWS) for this party.
    public var stir: String? { json["stir"]?.string }
    public var sipContact: String? { json["sip_contact"]?.string }
    public var sipUserAgent: String? { json["sip_user_agent"]?.string }
    public var sipDisplayName: String? { json["sip_display_name"]?.string }

    /// True for an empty object kept so that indices do not move (a redaction placeholder).
    public var isPlaceholder: Bool { json.isObject && json.count == 0 }

    /// The best single identifier: tel, then sip, mailto, did, uuid (a blank one is skipped).
    public var identifier: String? { [tel, sip, mailto, did, uuid].lazy.compactMap(Self.nonBlank).first }

    /// A short label: name, else the identifier, else `party N`. A blank name or identifier is not a label
    /// (`"name": ""` is drawn `[0] +1 555 0100`, never `[0]  (+1 555 0100)`).
    public var label: String {
        Self.nonBlank(name) ?? Self.nonBlank(sipDisplayName) ?? identifier
            ?? (isPlaceholder ? "(redacted)" : "party \(index)")
    }

    /// `[1] Bob (agent, +1 555 0199)`: how every reference to a party is shown, with its contact-center
    /// `role` (draft-ietf-vcon-cc-extension §3.1.1; a core member before 0.3.0) when it has one.
    public var resolvedLabel: String {
        let label = TextSafety.line(self.label)
        var extras: [String] = []
        if let role = roleText { extras.append(role) }
        if Self.nonBlank(name) != nil, let id = identifier, id != self.label { extras.append(TextSafety.line(id)) }
        return "[\(index)] \(label)" + (extras.isEmpty ? "" : " (\(extras.joined(separator: ", ")))")
    }

    /// The role, terminal-safe, when present and not blank.
    public var roleText: String? { Self.nonBlank(role).map(TextSafety.line) }

    /// `Bob (agent)`: the short label with the role, for list rows and lane headers.
    public var labelWithRole: String { TextSafety.line(label) + (roleText.map { " (\($0))" } ?? "") }

    /// `text` unless it is nil or only white space.
    static func nonBlank(_ text: String?) -> String? {
        guard let text, text.contains(where: { !$0.isWhitespace }) else { return nil }
        return text
    }
}
