/// `content_hash` syntax (`<alg>-<unpadded base64url digest>`, string or array; lowercase alg,
/// no hyphen in it) and the 0.0.1 `alg` + `signature` pair, via `ContentHash.problem`.
public struct ContentHashRule: ValidationRule {
    public static let id = "content-hash"
    public static let section = "§2.4.2"
    public init() {}

    static func bad(_ label: String, _ problem: String) -> String { "\(label): \(problem)" }
    static let emptyArray = "\"content_hash\" is an empty array: no hash to check the content against"
    static let algWithoutSignature = "\"alg\" without \"signature\": the 0.0.1 hash needs both"
    static let signatureWithoutAlg = "\"signature\" without \"alg\": the 0.0.1 hash needs both"
    static let noSHA512 = "no sha512 hash: the draft says SHA-512 MUST be supported, so readers may not know the algorithm given"

    public func check(_ context: ValidationContext, into findings: inout [Finding]) {
        for owner in context.contentOwners {
            let json = owner.json
            if let value = json["content_hash"] {
                if let text = value.string {
                    let hash = ContentHash(contentHash: text)
                    check(text, at: value, into: &findings)
                    if hash.problem == nil, hash.algorithm != .sha512 {
                        findings.append(finding(.info, at: value, Self.noSHA512))
                    }
                } else if value.isArray {
                    let strings = value.elements.filter { $0.kind == .string }
                    if value.count == 0 { findings.append(finding(.warning, at: value, Self.emptyArray)) }
                    for element in strings { check(element.string ?? "", at: element, into: &findings) }
                    let algorithms = strings.compactMap { ContentHash(contentHash: $0.string ?? "").algorithm }
                    if !strings.isEmpty, !algorithms.contains(.sha512) {
                        findings.append(finding(.info, at: value, Self.noSHA512))
                    }
                }
            }
            let alg = json["alg"], signature = json["signature"]
            switch (alg?.string, signature?.string) {
            case (let name?, let digest?):
                if let problem = ContentHash(legacyAlgorithm: name, signature: digest).problem, let signature {
                    findings.append(finding(.error, at: signature, Self.bad("\"alg\" + \"signature\"", problem)))
                }
            case (_?, nil): if let alg { findings.append(finding(.warning, at: alg, Self.algWithoutSignature)) }
            case (nil, _?): if let signature { findings.append(finding(.warning, at: signature, Self.signatureWithoutAlg)) }
            case (nil, nil): break
            }
        }
    }

    private func check(_ text: String, at value: JSONValue, into findings: inout [Finding]) {
        if let problem = ContentHash(contentHash: text).problem {
            findings.append(finding(.error, at: value, Self.bad("\"content_hash\"", problem)))
        }
    }
}
