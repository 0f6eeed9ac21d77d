import TermUI

/// The envelope states of UX.md's Security table, defined once: the list's badge, the header's and Security
/// pane's glyph and word, the style they are drawn in, and the help legend's line all come from here.
///
///     [S]   ✔ Authentic              signature verified, chain trusted          success colour
///     [s?]  ? Unverified             signature valid, chain not trusted         warning colour
///     [S!]  ✖ Invalid signature      signature invalid                          error colour
///
/// Meaning is never carried by colour alone: each state has its own badge text and glyph, and the
/// monochrome theme still sets the error and warning states apart (underline, bold).
enum BadgeKind: CaseIterable, Sendable {
    case verified, untrusted, invalid, encrypted, encryptedNotSigned, unsigned, unreadable

    /// The list's badge (`[S]`), the same under every locale.
    var listBadge: String {
        switch self {
        case .verified: "[S]"
        case .untrusted: "[s?]"
        case .invalid: "[S!]"
        case .encrypted: "[E]"
        case .encryptedNotSigned: "[E!]"
        case .unsigned: "[-]"
        case .unreadable: "[?]"
        }
    }

    /// The glyph before the word in UTF-8 screens (the list badge stands in for it in ASCII).
    var glyph: String {
        switch self {
        case .verified: "✔"
        case .untrusted: "?"
        case .invalid: "✖"
        case .encrypted: "🔒"
        case .encryptedNotSigned: "⚠"
        case .unsigned: "·"
        case .unreadable: "✖"
        }
    }

    /// The verdict in a word or two (`Authentic`), the part of a header badge that is never cut.
    var word: String {
        switch self {
        case .verified: "Authentic"
        case .untrusted: "Unverified"
        case .invalid: "Invalid signature"
        case .encrypted: "Encrypted"
        case .encryptedNotSigned: "Encrypted, not signed"
        case .unsigned: "Unsigned"
        case .unreadable: "Unreadable"
        }
    }

    /// What the state means, for the legend.
    var meaning: String {
        switch self {
        case .verified: "signature verified, chain trusted"
        case .untrusted: "signature valid, chain not trusted (the reason says why)"
        case .invalid: "signature invalid (the reason says why)"
        case .encrypted: "encrypted, no key (pass --key or :key)"
        case .encryptedNotSigned: "encrypted but not signed: anyone could have made it"
        case .unsigned: "no signature"
        case .unreadable: "not a readable vCon (the reason says why)"
        }
    }

    /// The label a screen shows: `✔ Authentic` in UTF-8, `[S] Authentic` in ASCII.
    func label(ascii: Bool) -> String { (ascii ? listBadge : glyph) + " " + word }

    /// The style every drawing of this state uses.
    func style(_ theme: Theme) -> Style {
        switch self {
        case .verified: theme.success.bolded
        case .untrusted, .encryptedNotSigned: theme.warning
        case .invalid, .unreadable: theme.error
        case .encrypted: theme.accent
        case .unsigned: theme.muted
        }
    }

    /// The state a list badge stands for (`[S]` → `.verified`); nil for a text that is none of them.
    init?(listBadge: String) {
        guard let kind = Self.allCases.first(where: { $0.listBadge == listBadge }) else { return nil }
        self = kind
    }

    /// The state of a document, as its list badge says.
    static func of(_ document: BrowserDocument) -> BadgeKind {
        BadgeKind(listBadge: document.formBadge) ?? .unreadable
    }
}
