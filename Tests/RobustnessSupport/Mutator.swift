/// Byte-level mutations of a seed file: each picks its place and payload from a `SeededRandom`.
///
///     var random = SeededRandom(family: "unsigned", number: 17)
///     let (bytes, how) = Mutator.mutate(seed, random: &random, partner: other)
///
/// `how` names what was done ("flip@120 dup[40..<90]@300"), so a failing test says which mutant it was.
public enum Mutator {
    /// The kinds of mutation, picked with equal weight except where a kind rarely leaves parseable JSON.
    public enum Kind: String, CaseIterable, Sendable {
        case flipByte = "flip"
        case setByte = "set"
        case deleteSpan = "del"
        case duplicateSpan = "dup"
        case punctuation = "punct"
        case hugeNumber = "number"
        case deepBrackets = "deep"
        case controlBytes = "ctrl"
        case invalidUTF8 = "utf8"
        case truncate = "cut"
        case splice = "splice"
        case replaceValue = "value"
        case replaceValueTwice = "value2"
        case deleteMember = "unmember"
    }

    /// One to three stacked mutations of `seed`; `partner` is the other file a splice takes bytes from.
    public static func mutate(_ seed: [UInt8], random: inout SeededRandom, partner: [UInt8]? = nil) -> ([UInt8], String) {
        var bytes = seed
        var notes: [String] = []
        let rounds = 1 + (random.chance(30) ? random.below(3) : 0)
        for _ in 0..<rounds {
            let kind = random.pick(Kind.allCases)
            notes.append(apply(kind, to: &bytes, random: &random, partner: partner ?? seed))
        }
        return (bytes, notes.joined(separator: " "))
    }

    /// Applies one mutation in place; returns its description.
    public static func apply(_ kind: Kind, to bytes: inout [UInt8], random: inout SeededRandom, partner: [UInt8]) -> String {
        let at = random.below(bytes.count + 1)
        switch kind {
        case .flipByte:
            guard !bytes.isEmpty else { return "flip(empty)" }
            let position = min(at, bytes.count - 1)
            let bit = UInt8(1) << UInt8(random.below(8))
            bytes[position] ^= bit
            return "flip@\(position)^\(bit)"
        case .setByte:
            guard !bytes.isEmpty else { return "set(empty)" }
            let position = min(at, bytes.count - 1)
            let value = random.pick([0x00, 0x22, 0x5C, 0x7B, 0x7D, 0x5B, 0x5D, 0x2C, 0x3A, 0x30, 0x39, 0x2D, 0x20, 0xFF])
            bytes[position] = UInt8(value)
            return "set@\(position)=\(value)"
        case .deleteSpan:
            let length = spanLength(&random, limit: bytes.count - at)
            bytes.removeSubrange(at..<(at + length))
            return "del[\(at)..<\(at + length)]"
        case .duplicateSpan:
            let length = spanLength(&random, limit: bytes.count - at)
            let span = Array(bytes[at..<(at + length)])
            let target = random.below(bytes.count + 1)
            bytes.insert(contentsOf: span, at: target)
            return "dup[\(at)..<\(at + length)]@\(target)"
        case .punctuation:
            let token = random.pick(HostileTokens.punctuation)
            bytes.insert(contentsOf: Array(token.utf8), at: at)
            return "punct@\(at)"
        case .hugeNumber:
            let token = random.pick(HostileTokens.numbers)
            bytes.insert(contentsOf: Array(token.utf8), at: at)
            return "number@\(at)=\(token)"
        case .deepBrackets:
            let depth = random.pick([64, 1000, 5000])
            let token = HostileTokens.deepBrackets(depth, object: random.chance(30), closed: random.chance(50))
            bytes.insert(contentsOf: Array(token.utf8), at: at)
            return "deep@\(at)x\(depth)"
        case .controlBytes:
            bytes.insert(contentsOf: random.pick(HostileTokens.controlBytes), at: at)
            return "ctrl@\(at)"
        case .invalidUTF8:
            bytes.insert(contentsOf: random.pick(HostileTokens.invalidUTF8), at: at)
            return "utf8@\(at)"
        case .truncate:
            bytes.removeSubrange(at...)
            return "cut@\(at)"
        case .splice:
            let cut = random.below(partner.count + 1)
            bytes = Array(bytes[..<at]) + Array(partner[cut...])
            return "splice@\(at)+\(cut)"
        case .replaceValue, .replaceValueTwice:
            var notes: [String] = []
            for _ in 0..<(kind == .replaceValue ? 1 : 2) {
                notes.append(JSONValueSpans.replaceValue(in: &bytes, random: &random))
            }
            return notes.joined(separator: " ")
        case .deleteMember:
            return JSONValueSpans.deleteMember(in: &bytes, random: &random)
        }
    }

    /// Every `step`-th prefix of `bytes` (the empty one and the whole excluded), for truncation sweeps.
    public static func truncations(_ bytes: [UInt8], step: Int) -> [[UInt8]] {
        stride(from: 0, to: bytes.count, by: max(step, 1)).map { Array(bytes[..<$0]) }
    }

    /// Mostly short spans, sometimes long ones.
    private static func spanLength(_ random: inout SeededRandom, limit: Int) -> Int {
        guard limit > 0 else { return 0 }
        let wanted = random.chance(80) ? 1 + random.below(16) : 1 + random.below(4096)
        return min(wanted, limit)
    }
}
