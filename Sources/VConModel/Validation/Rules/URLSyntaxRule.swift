/// External content URLs: absolute, with a host, and HTTPS (the draft: "HTTPS MUST be used").
public struct URLSyntaxRule: ValidationRule {
    public static let id = "url-syntax"
    public static let section = "§2.4.1"
    public init() {}

    static func invalid(_ text: String, _ why: String) -> String {
        "\"url\": \"\(TextSafety.line(text))\" is not a usable URL: \(why)"
    }
    static func notHTTPS(_ scheme: String) -> String {
        "\"url\" uses \(TextSafety.line(scheme)):, but the draft says external content MUST be retrieved over HTTPS"
    }

    public func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for owner in context.contentOwners {
            guard let value = owner.json["url"], let text = value.string else { continue }
            switch URLSyntax.problem(text) {
            case .invalid(let why): findings.append(finding(.error, at: value, Self.invalid(text, why)))
            case .notHTTPS(let scheme): findings.append(finding(.warning, at: value, Self.notHTTPS(scheme)))
            case nil: break
            }
        }
    }
}
