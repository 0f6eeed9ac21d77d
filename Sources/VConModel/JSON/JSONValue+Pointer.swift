/// JSON Pointers (RFC 6901) to and from tape positions.
extension JSONValue {
    /// The JSON Pointer of this value from the document root, e.g. `/dialog/0/parties`.
    public var pointer: String { document.pointer(to: index) }
}

extension JSONDocument {
    /// The JSON Pointer of the value at tape `target` (a member name's index gives its value's pointer).
    public func pointer(to target: Int) -> String {
        var tokens: [String] = []
        var current = root
        while current.index != target {
            guard current.isObject || current.isArray else { break }
            var child = current.index + 1
            var position = 0
            var next: JSONValue?
            while child < current.endIndex {
                if current.isObject {
                    let value = JSONValue(document: self, index: child + 1)
                    if target == child || (target >= value.index && target < value.endIndex) {
                        tokens.append(JSONValue(document: self, index: child).string ?? "")
                        next = target == child ? nil : value
                        break
                    }
                    child = value.endIndex
                } else {
                    let value = JSONValue(document: self, index: child)
                    if target >= child && target < value.endIndex {
                        tokens.append(String(position))
                        next = value
                        break
                    }
                    child = value.endIndex
                }
                position += 1
            }
            guard let found = next else { break }
            current = found
        }
        return tokens.map { "/" + Self.escapePointerToken($0) }.joined()
    }

    /// The value at a JSON Pointer, if it exists.
    public func value(at pointer: String) -> JSONValue? {
        guard !pointer.isEmpty else { return root }
        guard pointer.hasPrefix("/") else { return nil }
        var current = root
        for raw in pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            let token = raw.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            if current.isObject, let next = current[token] {
                current = next
            } else if current.isArray, let position = Int(token), let next = current[position] {
                current = next
            } else {
                return nil
            }
        }
        return current
    }

    static func escapePointerToken(_ token: String) -> String {
        token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }
}
