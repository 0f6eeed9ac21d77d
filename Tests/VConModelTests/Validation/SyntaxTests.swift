import Testing

@testable import VConModel

/// The syntax checkers behind the rules: RFC 3339, media types, UUIDs, URLs, base64url scans.
@Suite struct SyntaxTests {
    @Test(
        arguments: [
            ("2024-01-15T10:00:00Z", nil),
            ("2022-06-21T17:53:26.000+00:00", nil),
            ("2024-02-29T23:59:60-05:30", nil),
            ("2024-01-15T10:00:00", RFC3339.Problem.missingOffset),
            ("2024-01-15t10:00:00z", .notNormalized("lowercase \"t\" separator")),
            ("2024-01-15 10:00:00Z", .notNormalized("a space instead of \"T\" between date and time")),
            ("2023-02-29T10:00:00Z", .invalid("day 29 is out of range")),
            ("2024-01-15", .invalid("a date without a time (RFC 3339 date-time needs both)")),
            ("Wed, 18 May 2022 23:05:05 -0000", .invalid("it does not start with a full date YYYY-MM-DD")),
            ("2024-01-15T10:00:00.Z", .invalid("a decimal point with no fraction digits")),
            ("2024-01-15T24:00:00Z", .invalid("the time 24:0:0 is out of range")),
            ("2024-01-15T10:00:00+0100", .invalid("the time zone offset is not ±hh:mm")),
            ("", .invalid("it does not start with a full date YYYY-MM-DD")),
        ] as [(String, RFC3339.Problem?)])
    func dates(_ text: String, _ expected: RFC3339.Problem?) {
        #expect(RFC3339.problem(text) == expected)
    }

    @Test func mediaTypes() {
        #expect(MediaTypeSyntax.problem("audio/x-wav") == nil)
        #expect(MediaTypeSyntax.problem("multipart/mixed; boundary=\"abc\"") == nil)
        #expect(MediaTypeSyntax.problem("application/vnd.api+json") == nil)
        #expect(MediaTypeSyntax.problem("multipart/mixed; \n\tboundary=x") == .folded)
        #expect(MediaTypeSyntax.problem("not a valid mimetype!") == .invalid("it is not of the form type/subtype"))
        #expect(MediaTypeSyntax.problem("audio/") == .invalid("\"\" is not a valid subtype name"))
        #expect(MediaTypeSyntax.problem("text/plain; charset") == .invalid("the parameter \" charset\" is not name=value"))
    }

    @Test func uuids() {
        #expect(UUIDSyntax.isValid("01928e10-193e-8231-b9a2-279e0d16bc46"))
        #expect(UUIDSyntax.version("01928e10-193e-8231-b9a2-279e0d16bc46") == 8)
        #expect(!UUIDSyntax.isValid("sales-call-001"))
        #expect(!UUIDSyntax.isValid("01928e10193e8231b9a2279e0d16bc46"))
        #expect(UUIDSyntax.isSessionId("01928e10193e8231b9a2279e0d16bc46"))
        #expect(!UUIDSyntax.isSessionId("01928e10-193e-8231-b9a2-279e0d16bc46"))
    }

    @Test func urls() {
        #expect(URLSyntax.problem("https://example.com/a.wav") == nil)
        #expect(URLSyntax.problem("s3://bucket/a.wav") == .notHTTPS(scheme: "s3"))
        #expect(URLSyntax.problem("http://example.com/") == .notHTTPS(scheme: "http"))
        #expect(URLSyntax.problem("https:///nohost") == .invalid("an https URL needs a host (https://host/path)"))
        guard case .invalid = URLSyntax.problem("not-a-url") else { Issue.record("not-a-url accepted"); return }
        guard case .invalid = URLSyntax.problem("https://a b/") else { Issue.record("space accepted"); return }
    }

    @Test func base64Scans() {
        #expect(Base64URLScan.scan(Array("SGVsbG8".utf8)) == Base64URLScan.Result(dataCount: 7))
        let std = Base64URLScan.scan(Array("ab+/cd==".utf8))
        #expect(std.standardAlphabet && std.padding && std.badOffset == nil)
        #expect(Base64URLScan.scan(Array("UklGRi...".utf8)).badOffset == 6)
        #expect(Base64URLScan.scan(Array("abcde".utf8)).badLength)
        #expect(Base64URLScan.scan(Array("ab==cd".utf8)).badOffset == 4)
    }
}
