import Foundation
import VConModel

/// A search hit: where (JSON Pointer) and a snippet around the match.
public struct SearchHit: Sendable, Hashable {
    public var pointer: String
    public var snippet: String
    /// True when the match is inside a decoded base64url body (the pointer is the body's).
    public var decoded: Bool

    public init(pointer: String, snippet: String, decoded: Bool) {
        self.pointer = pointer
        self.snippet = snippet
        self.decoded = decoded
    }
}

/// Search over a whole vCon: member names, every string and number, and base64url bodies decoded when they are
/// text. A minimal version until `Search/` lands; the browser only needs "hits with pointers".
public enum BrowserSearch {
    /// Strings longer than this are searched only when they are a decodable text body.
    static let rawLimit = 4 * 1024 * 1024

    public static func hits(of query: String, in root: JSONValue, limit: Int = 10_000) -> [SearchHit] {
        let needle = query.lowercased()
        guard !needle.isEmpty else { return [] }
        var hits: [SearchHit] = []
        func check(_ text: String, pointer: String, decoded: Bool) {
            guard hits.count < limit, let range = text.range(of: needle, options: [.caseInsensitive]) else { return }
            let start = text.index(range.lowerBound, offsetBy: -20, limitedBy: text.startIndex) ?? text.startIndex
            let end = text.index(range.upperBound, offsetBy: 40, limitedBy: text.endIndex) ?? text.endIndex
            hits.append(SearchHit(pointer: pointer, snippet: String(text[start..<end]), decoded: decoded))
        }
        func visit(_ value: JSONValue, pointer: String, owner: JSONValue?) {
            switch value.kind {
            case .object:
                for member in value.members {
                    let child = pointer + "/" + BodyLines.escape(member.key)
                    check(member.key, pointer: child, decoded: false)
                    visit(member.value, pointer: child, owner: value)
                }
            case .array:
                for (index, element) in value.elements.enumerated() {
                    visit(element, pointer: pointer + "/\(index)", owner: nil)
                }
            case .string:
                let isBody = pointer.hasSuffix("/body")
                if isBody, let owner, Content(owner: owner).effectiveEncoding == .base64url {
                    let content = Content(owner: owner)
                    if (content.encodedSize ?? 0) <= rawLimit, let text = content.decodedText() {
                        check(text, pointer: pointer, decoded: true)
                    }
                    return
                }
                if (value.rawStringLength ?? 0) <= rawLimit, let text = value.string {
                    check(text, pointer: pointer, decoded: false)
                }
            default:
                check(value.rawText, pointer: pointer, decoded: false)
            }
        }
        visit(root, pointer: "", owner: nil)
        return hits
    }
}
