/// Inline content encoding: `encoding` is one of `base64url`, `json`, `none`; it is present when
/// there is a non-empty body; a `base64url` body really is unpadded base64url (checked by a scan,
/// not a decode, so a 100 MB recording costs one pass and no copy).
public struct EncodingRule: ValidationRule {
    public static let id = "encoding"
    public static let section = "§2.3.2"
    public init() {}

    static let allowed = ["base64url", "json", "none"]

    static func unknown(_ text: String) -> String {
        let hint: String
        if allowed.contains(text.lowercased()) {
            hint = " (encoding tokens are lowercase: \"\(text.lowercased())\")"
        } else if text.lowercased().hasPrefix("base64") {
            hint = " (did you mean \"base64url\"?)"
        } else {
            hint = ""
        }
        return "\"encoding\": \"\(TextSafety.line(text))\" is not one of base64url, json, none\(hint)"
    }
    static func missing(inferred: Content.Encoding) -> String {
        "a body without \"encoding\" (the draft says it MUST be given); read as \"\(inferred)\""
    }
    static func missingCore04(inferred: Content.Encoding) -> String {
        "a non-empty body without \"encoding\": core-04 (§2.3.2, Table 1 footnote (3)) says it MUST be present; read as \"\(inferred)\""
    }
    static func notBase64(_ offset: Int) -> String { "the base64url body has a character no base64 alphabet has, at offset \(offset)" }
    static let badLength = "the base64url body's length is not a possible base64 length (one character too many or too few)"
    static func lenient(_ what: [String]) -> String {
        "the base64url body uses \(what.joined(separator: " and ")); accepted, but base64url (RFC 7515 §2) has no padding, no + or /, no whitespace"
    }
    static let notString = "a base64url body must be a string"
    static let noneNotString = "encoding \"none\" with a body that is not a string; \"json\" is the encoding for JSON values"
    static let jsonStringNotJSON = "encoding \"json\" with a string body that looks like JSON but does not parse"

    /// String bodies up to this size are parsed to check `json` encoding; larger ones are skipped.
    static let jsonCheckLimit = 1 << 20

    public func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for owner in context.contentOwners {
            let content = Content(owner: owner.json)
            let encodingValue = owner.json["encoding"]
            if let encodingValue, let text = encodingValue.string, !Self.allowed.contains(text) {
                findings.append(finding(.error, at: encodingValue, Self.unknown(text)))
                continue
            }
            guard let body = content.body else { continue }
            if encodingValue == nil || encodingValue?.isNull == true {
                let emptyString = body.kind == .string && body.rawStringLength == 0
                // Located at the object that lacks the member (where the draft's schema reports it too).
                if !emptyString, let inferred = content.effectiveEncoding {
                    findings.append(
                        context.isCore04
                            ? finding(.error, at: owner.json, Self.missingCore04(inferred: inferred))
                            : finding(.warning, at: owner.json, Self.missing(inferred: inferred)))
                }
                continue
            }
            switch content.declaredEncoding {
            case .base64url?: checkBase64(body, into: &findings)
            case .none?:
                if body.kind != .string { findings.append(finding(.warning, at: body, Self.noneNotString)) }
            case .json?: checkJSONString(body, into: &findings)
            default: break
            }
        }
    }

    private func checkBase64(_ body: JSONValue, into findings: inout [Finding]) {
        guard body.kind == .string else {
            findings.append(finding(.error, at: body, Self.notString))
            return
        }
        // Escapes (`\/`, `\u002b`) are rare in base64; resolve them only then.
        let scan = body.withUnescapedStringBytes(Base64URLScan.scan) ?? Base64URLScan.scan(body.stringBytes ?? [])
        if let bad = scan.badOffset {
            findings.append(finding(.error, at: body, Self.notBase64(bad)))
        } else if scan.badLength {
            findings.append(finding(.error, at: body, Self.badLength))
        } else {
            var lenient: [String] = []
            if scan.padding { lenient.append("= padding") }
            if scan.standardAlphabet { lenient.append("the standard alphabet (+ /)") }
            if scan.whitespace { lenient.append("whitespace or line breaks") }
            if !lenient.isEmpty { findings.append(finding(.warning, at: body, Self.lenient(lenient))) }
        }
    }

    private func checkJSONString(_ body: JSONValue, into findings: inout [Finding]) {
        guard body.kind == .string, let length = body.rawStringLength, length <= Self.jsonCheckLimit,
            let bytes = body.stringBytes, let first = bytes.first(where: { $0 > 0x20 }),
            first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
        else { return }
        // core-03 lets a json body be any JSON value, a plain string included; only text that
        // starts like an object or array but does not parse is worth a word.
        if (try? JSONDocument.parse(bytes: bytes)) == nil {
            findings.append(finding(.warning, at: body, Self.jsonStringNotJSON))
        }
    }
}
