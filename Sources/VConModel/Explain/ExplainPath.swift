/// A JSON Pointer split into object keys, each with the array indices that follow it.
///
/// `/dialog/3/parties/0/1` becomes `dialog[3]`, `parties[0][1]`. Numeric tokens are read as indices when
/// they follow a key: vCons never use numeric object keys in the places explain knows about.
struct ExplainPath: Equatable {
    struct Segment: Equatable {
        var name: String
        var indices: [Int]
        /// Replaces `[]` of the first index, e.g. `purpose=sip-sdp`.
        var selector: String?

        var pattern: String {
            guard let selector, !indices.isEmpty else { return name + String(repeating: "[]", count: indices.count) }
            return name + "[\(selector)]" + String(repeating: "[]", count: indices.count - 1)
        }

        /// The pattern without plain `[]` markers (a selector stays).
        var bare: String { selector.map { name + "[\($0)]" } ?? name }
    }

    var segments: [Segment]
    /// Indices before any key (a document whose top level is an array).
    var leadingIndices: [Int]

    /// Parses an RFC 6901 pointer; nil when it is not one (non-empty and not starting with `/`).
    init?(pointer: String) {
        segments = []
        leadingIndices = []
        guard !pointer.isEmpty else { return }
        guard pointer.hasPrefix("/") else { return nil }
        for raw in pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            let token = raw.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            if let index = Self.index(token) {
                if segments.isEmpty { leadingIndices.append(index) } else { segments[segments.count - 1].indices.append(index) }
            } else {
                segments.append(Segment(name: token, indices: []))
            }
        }
    }

    init(segments: [Segment]) {
        self.segments = segments
        leadingIndices = []
    }

    /// A canonical array index (`0`, `12`, not `01` or `-1`).
    private static func index(_ token: String) -> Int? {
        guard !token.isEmpty, token.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        guard token == "0" || !token.hasPrefix("0") else { return nil }
        return Int(token)
    }

    /// The pattern of the first `count` segments, e.g. `dialog[].parties[]`.
    func pattern(_ count: Int) -> String { segments.prefix(count).map(\.pattern).joined(separator: ".") }

    /// The same without plain `[]` markers, e.g. `dialog.parties`.
    func bare(_ count: Int) -> String { segments.prefix(count).map(\.bare).joined(separator: ".") }
}

extension FieldExplanation {
    /// The path without plain `[]` markers: `dialog[].session_id.local` -> `dialog.session_id.local`.
    var barePath: String { path.replacingOccurrences(of: "[]", with: "") }

    /// How many `[]` end the path (`parties[]` -> 1).
    var trailingArrayMarkers: Int {
        var count = 0
        var rest = Substring(path)
        while rest.hasSuffix("[]") {
            count += 1
            rest = rest.dropLast(2)
        }
        return count
    }
}
