/// Party `did` (§4.2.6, since 0.3.0): "MUST be a valid DID URI" (W3C DID v1.0 §3.1:
/// `did:` method-name `:` method-specific-id). It is one of the party's identifiers (tel, sip,
/// mailto, did, uuid), shown and matched like the others.
public struct PartyDIDRule: ValidationRule {
    public static let id = "party-did"
    public static let section = "§4.2.6"
    public init() {}

    static func invalid(_ text: String, _ why: String) -> String {
        "party \"did\" \"\(TextSafety.line(text))\" is not a DID URI (did:method:identifier): \(why)"
    }

    /// Why `text` is not a DID (W3C DID syntax, ignoring path/query/fragment), or nil.
    public static func problem(_ text: String) -> String? {
        let parts = text.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "did" else { return "it does not start with \"did:\" and a method name" }
        let method = parts[1]
        if method.isEmpty || !method.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) }) {
            return "the method name must be lowercase letters and digits"
        }
        var identifier = Substring(parts[2])
        if let end = identifier.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { identifier = identifier[..<end] }
        if identifier.isEmpty || identifier.hasSuffix(":") { return "the method-specific identifier is empty" }
        let allowed = { (c: Unicode.Scalar) -> Bool in
            c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || ".-_:%".unicodeScalars.contains(c))
        }
        if !identifier.unicodeScalars.allSatisfy(allowed) { return "the identifier has a character DIDs do not allow" }
        return nil
    }

    public func check(_ context: ValidationContext, into findings: inout [Finding]) {
        guard context.rulesGeneration >= .v0_3_0 else { return }
        for party in context.parties where party.json.isObject {
            guard let value = party.json["did"], let text = value.string else { continue }
            if let why = Self.problem(text) { findings.append(finding(.error, at: value, Self.invalid(text, why))) }
        }
    }
}
