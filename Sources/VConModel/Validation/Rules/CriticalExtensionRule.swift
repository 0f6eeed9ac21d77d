/// Extensions: a name in `critical` (0.3.0: `must_support`) that this reader does not support is an
/// error (the draft: such a vCon MUST NOT be processed except to reject it or notify the user);
/// critical names belong in `extensions` too; unknown `extensions` are info.
public struct CriticalExtensionRule: ValidationRule {
    public static let id = "critical-extension"
    public static let section = "§2.5, §4.1.3, §4.1.4"
    public init() {}

    static func unsupported(_ name: String, _ key: String) -> String {
        "\"\(key)\" lists extension \"\(TextSafety.line(name))\", which this reader does not support: the vCon MUST NOT be processed as if it were understood; what is shown may be wrong"
    }
    static func compatibleListed(_ name: String) -> String {
        "\"\(TextSafety.line(name))\" is a Compatible extension; its draft says it MUST NOT be listed in critical"
    }
    static func compatibleNotNeeded(_ name: String) -> String {
        "\"\(TextSafety.line(name))\" is a Compatible extension this reader supports; its draft says it need not be listed in critical"
    }
    static func notInExtensions(_ name: String, _ key: String) -> String {
        "\"\(TextSafety.line(name))\" is in \"\(key)\" but not in \"extensions\", which SHOULD list every extension used"
    }
    static func unknownExtension(_ name: String) -> String {
        "extension \"\(TextSafety.line(name))\" is not known to this reader; its parameters are shown as unknown members"
    }

    public func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let root = context.vcon.json
        let extensions = Set(context.vcon.extensions)
        for key in ["critical", "must_support"] {
            guard let list = root[key], list.isArray else { continue }
            for element in list.elements {
                guard let name = element.string else { continue }
                if let known = KnownExtension.named(name) {
                    if known.forbiddenInCritical {
                        findings.append(finding(.warning, at: element, Self.compatibleListed(name)))
                    } else {
                        findings.append(finding(.info, at: element, Self.compatibleNotNeeded(name)))
                    }
                } else {
                    findings.append(finding(.error, at: element, Self.unsupported(name, key)))
                }
                if !extensions.contains(name) { findings.append(finding(.warning, at: element, Self.notInExtensions(name, key))) }
            }
        }
        if let list = root["extensions"], list.isArray {
            for element in list.elements {
                if let name = element.string, !Validator.knownExtensions.contains(name) {
                    findings.append(finding(.info, at: element, Self.unknownExtension(name)))
                }
            }
        }
    }
}
