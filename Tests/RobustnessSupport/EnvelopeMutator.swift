import VConModel

/// Mutations inside the base64url parts of a JWS or JWE, so the mutant gets past the outer JSON and
/// reaches the code that decodes headers and payloads: decode a part, mutate the bytes, encode again.
public enum EnvelopeMutator {
    /// The members whose string values are base64url parts.
    public static let encodedMembers = [
        "payload", "protected", "encrypted_key", "iv", "ciphertext", "cyphertext", "tag", "signature", "aad",
    ]

    /// Mutates the decoded bytes of one base64url member (picked at random among those present).
    public static func mutateEncodedPart(_ bytes: [UInt8], random: inout SeededRandom) -> ([UInt8], String) {
        var places: [(name: String, range: Range<Int>)] = []
        for name in encodedMembers {
            places += valueRanges(of: name, in: bytes).map { (name, $0) }
        }
        guard !places.isEmpty else { return Mutator.mutate(bytes, random: &random) }
        let place = random.pick(places)
        let text = bytes[place.range]
        guard case .success(let decoded) = Base64.decode(text) else { return Mutator.mutate(bytes, random: &random) }
        // A protected header or payload is JSON: mutate it as JSON so most mutants still parse.
        let (mutated, how) = Mutator.mutate(decoded.bytes, random: &random)
        var result = bytes
        result.replaceSubrange(place.range, with: Array(Base64.urlEncode(mutated).utf8))
        return (result, "\(place.name)[\(place.range.lowerBound)]: \(how)")
    }

    /// Ranges of the string contents (between the quotes) of every `"name": "…"` member.
    static func valueRanges(of name: String, in bytes: [UInt8]) -> [Range<Int>] {
        let needle = Array("\"\(name)\"".utf8)
        var ranges: [Range<Int>] = []
        var i = 0
        while i + needle.count <= bytes.count {
            guard bytes[i..<(i + needle.count)].elementsEqual(needle) else {
                i += 1
                continue
            }
            var k = i + needle.count
            while k < bytes.count,
                bytes[k] == 0x20 || bytes[k] == 0x0A || bytes[k] == 0x0D || bytes[k] == 0x09 || bytes[k] == UInt8(ascii: ":")
            {
                k += 1
            }
            if k < bytes.count, bytes[k] == UInt8(ascii: "\"") {
                let end = JSONValueSpans.stringEnd(bytes, from: k)
                if end - 1 > k + 1 { ranges.append((k + 1)..<(end - 1)) }
            }
            i = k
        }
        return ranges
    }
}

extension Mutants {
    /// `count` mutants of each JWS/JWE seed: half inside a base64url part, half on the outer bytes.
    public static func envelopeFamily(_ name: String, seeds: [String], count: Int) -> [Mutant] {
        let loaded = seeds.map { ($0, SeedFiles.bytes($0)) }.filter { !$0.1.isEmpty }
        var result: [Mutant] = []
        for (k, (path, bytes)) in loaded.enumerated() {
            let partner = loaded[(k + 1) % loaded.count].1
            for number in 0..<(count * scale) {
                var random = SeededRandom(family: name + ":" + path, number: number)
                let (mutated, how) =
                    random.chance(60)
                    ? EnvelopeMutator.mutateEncodedPart(bytes, random: &random)
                    : Mutator.mutate(bytes, random: &random, partner: partner)
                result.append(Mutant(bytes: mutated, seed: path, number: number, how: how))
            }
        }
        return result
    }
}
