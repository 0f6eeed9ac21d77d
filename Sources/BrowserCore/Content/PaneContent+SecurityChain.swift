import Foundation
import TermUI
import VConModel

/// The Security pane's certificate chains, JOSE headers and header/payload uuid check.
///
///     [0] CN=signer.demo.vcon-browser.example
///         issuer      CN=Demo Intermediate CA
///         valid       2025-01-01 00:00Z → 2040-01-01 00:00Z  ✔ valid now
///         at signing  unknown (no iat); at created_at 2026-02-05 10:00Z ✔ valid then
///         key         RSA 2048-bit · X.509 v3 · not a CA
///         signature   ✔ signed by x5c[1] CN=Demo Intermediate CA
///     path        ✔ trusted: anchor CN=Demo Root CA
extension PaneContent {
    static func signature(layer: Int, index: Int, context: ContentContext) -> SignatureReport? {
        guard let layers = context.document.envelope?.layers, layer < layers.count else { return nil }
        return layers[layer].signatures.first { $0.index == index }
    }

    static func chainRow(layer: Int, signature index: Int, context: ContentContext) -> SafeText {
        var row = securityLabel("chain", context)
        guard let chain = signature(layer: layer, index: index, context: context)?.chain else { return row }
        row.append(chainSummary(chain), style: pathStyle(chain.pathValidation, context))
        return row
    }

    /// `3 certificates, trusted by CN=Demo Root CA` / `1 certificate, rejected: self-signed certificate`.
    static func chainSummary(_ chain: ChainReport) -> String {
        let count = "\(chain.certificates.count) certificate" + (chain.certificates.count == 1 ? "" : "s")
        switch chain.pathValidation {
        case .trusted(let anchor): return "\(count), trusted by \(SignatureWording.commonName(anchor))"
        case .rejected(let reason, _, _, _): return "\(count), rejected: \(reason)"
        case .notChecked(let why): return "\(count), path not checked: \(why)"
        }
    }

    static func pathStyle(_ path: PathValidation, _ context: ContentContext) -> Style {
        switch path {
        case .trusted: context.theme.success
        case .rejected: context.theme.error
        case .notChecked: context.theme.warning
        }
    }

    static func securityChain(layer: Int, signature index: Int, into w: inout DetailWriter, context: ContentContext) {
        guard let signature = signature(layer: layer, index: index, context: context), let chain = signature.chain else { return }
        let glyphs = Marks(ascii: context.glyphs.isASCII)
        w.heading("Certificate chain of signature \(index) (from \(chain.source))")
        let signing = signingTime(signature, context: context)
        let now = context.session.checker?.now
        for (position, certificate) in chain.certificates.enumerated() {
            w.blank()
            w.heading("[\(position)] " + certificate.subject)
            w.field("issuer", certificate.issuer, pointer: nil)
            w.field("serial", certificate.serial, pointer: nil)
            let span = "\(SecurityTime.format(certificate.notBefore)) → \(SecurityTime.format(certificate.notAfter))"
            if let now {
                let (text, ok) = validity(certificate, at: now, what: "now", marks: glyphs)
                w.field("valid", span + "  " + text, pointer: nil, style: ok ? .plain : context.theme.error)
            } else {
                w.field("valid", span, pointer: nil)
            }
            if let (date, label) = signing {
                let (text, ok) = validity(certificate, at: date, what: "at \(label) \(SecurityTime.format(date))", marks: glyphs)
                w.field("at signing", text, pointer: nil, style: ok ? .plain : context.theme.error)
            } else {
                w.field("at signing", "unknown: no iat header and no created_at", pointer: nil, style: context.theme.muted)
            }
            var kind = "\(certificate.keyType) \(certificate.keyBits)-bit · X.509 v\(certificate.version)"
            switch certificate.isCA {
            case true?: kind += " · CA"
            case false?: kind += " · not a CA"
            case nil: kind += certificate.version == 1 ? " · no extensions (OpenSSL refuses v1 as a CA)" : " · no basicConstraints"
            }
            if certificate.selfIssued { kind += " · self-issued" }
            w.field("key", kind, pointer: nil)
            if let link = chain.links.first(where: { $0.index == position }) {
                let text: String
                let style: Style
                switch link.signatureValid {
                case true?: (text, style) = ("\(glyphs.ok) signed by \(link.signer)", context.theme.success)
                case false?: (text, style) = ("\(glyphs.bad) not signed by \(link.signer)", context.theme.error)
                case nil: (text, style) = ("\(glyphs.none) not checked: \(link.signer)", context.theme.muted)
                }
                w.field("signature", text, pointer: nil, style: style)
            }
        }
        w.blank()
        switch chain.pathValidation {
        case .trusted(let anchor):
            w.field("path", "\(glyphs.ok) trusted: anchor \(anchor)", pointer: nil, style: context.theme.success)
        case .rejected(let reason, let depth, let subject, let explanation):
            var text = "\(glyphs.bad) rejected by OpenSSL: \(reason)"
            if let depth { text += " at depth \(depth)" }
            if let subject { text += " (\(subject))" }
            w.field("path", text, pointer: nil, style: context.theme.error)
            w.field("why", explanation, pointer: nil)
        case .notChecked(let why):
            w.field("path", "\(glyphs.none) not checked: \(why)", pointer: nil, style: context.theme.warning)
        }
    }

    /// `✔ valid now` / `✖ expired 2022-05-30 00:00Z (now)` / `✖ not yet valid …`.
    static func validity(_ certificate: CertificateSummary, at date: Date, what: String, marks: Marks) -> (String, Bool) {
        if date < certificate.notBefore { return ("\(marks.bad) not yet valid \(what)", false) }
        if date > certificate.notAfter { return ("\(marks.bad) expired \(what)", false) }
        return ("\(marks.ok) valid \(what)", true)
    }

    /// The signing time: the signature's `iat` header, else the vCon's `created_at` (said so).
    static func signingTime(_ signature: SignatureReport, context: ContentContext) -> (Date, String)? {
        if let iat = signature.headers.first(where: { $0.name == "iat" }).flatMap({ Double($0.value) }) {
            return (Date(timeIntervalSince1970: iat), "iat")
        }
        if let created = context.document.payload?.createdAt, let seconds = RFC3339Time(created)?.epochSeconds {
            return (Date(timeIntervalSince1970: seconds), "created_at")
        }
        return nil
    }

    // MARK: - Headers

    static func headersRow(context: ContentContext) -> SafeText {
        var row = securityLabel("headers", context)
        let parts = (context.document.envelope?.layers ?? []).compactMap { layer -> String? in
            let all = layer.headers + layer.signatures.flatMap(\.headers)
            guard !all.isEmpty else { return nil }
            let protected = all.filter { $0.placement == .protected || $0.placement == .both }.count
            let unprotected = all.filter { $0.placement == .unprotected || $0.placement == .both }.count
            return "\(layer.kind.rawValue): \(protected) protected, \(unprotected) unprotected"
        }
        row.append(parts.joined(separator: "; "))
        return row
    }

    static func securityHeaders(into w: inout DetailWriter, context: ContentContext) {
        guard let envelope = context.document.envelope else { return }
        for (index, layer) in envelope.layers.enumerated() {
            var groups: [(String, [HeaderEntry])] = []
            if !layer.headers.isEmpty { groups.append(("\(layer.kind.rawValue) (layer \(index + 1))", layer.headers)) }
            for signature in layer.signatures where !signature.headers.isEmpty {
                groups.append(("\(layer.kind.rawValue) signature \(signature.index) (layer \(index + 1))", signature.headers))
            }
            for (title, headers) in groups {
                if !w.lines.isEmpty { w.blank() }
                w.heading(title)
                for (name, placements) in [
                    ("protected", [HeaderEntry.Placement.protected, .both]),
                    ("unprotected", [.unprotected, .both]), ("per recipient", [.recipient]),
                ] {
                    let entries = headers.filter { placements.contains($0.placement) }
                    guard !entries.isEmpty else { continue }
                    w.text(name + ":", pointer: nil, indent: 1, style: context.theme.muted)
                    for header in entries {
                        let also = header.placement == .both ? "  (in both)" : ""
                        w.field("  " + header.name, header.value + also, pointer: nil)
                    }
                }
            }
        }
    }

    // MARK: - uuid

    /// Each `uuid` a layer or signature header claims, with where.
    static func headerUUIDs(_ envelope: EnvelopeResult) -> [(String, String)] {
        var result: [(String, String)] = []
        for (index, layer) in envelope.layers.enumerated() {
            if let uuid = layer.claimedUUID { result.append(("\(layer.kind.rawValue) (layer \(index + 1))", uuid)) }
            for signature in layer.signatures {
                if let uuid = signature.uuid, uuid != layer.claimedUUID {
                    result.append(("\(layer.kind.rawValue) signature \(signature.index)", uuid))
                }
            }
        }
        return result
    }

    static func uuidRow(context: ContentContext) -> SafeText {
        var row = securityLabel("uuid", context)
        let marks = Marks(ascii: context.glyphs.isASCII)
        let claims = context.document.envelope.map(headerUUIDs) ?? []
        guard let payload = context.document.payload?.uuid else {
            row.append("header \(claims.first?.1 ?? "?"); payload not readable", style: context.theme.muted)
            return row
        }
        if claims.allSatisfy({ $0.1 == payload }) {
            row.append("\(marks.ok) header = payload \(payload)", style: context.theme.success)
        } else {
            row.append("\(marks.bad) header and payload uuid differ", style: context.theme.error)
        }
        return row
    }

    static func securityUUID(into w: inout DetailWriter, context: ContentContext) {
        let marks = Marks(ascii: context.glyphs.isASCII)
        w.heading("Header uuid against payload uuid")
        let payload = context.document.payload?.uuid
        w.field("payload", payload ?? "(not readable or no uuid)", pointer: payload == nil ? nil : "/uuid")
        for (place, uuid) in context.document.envelope.map(headerUUIDs) ?? [] {
            let same = payload.map { $0 == uuid }
            let mark = same == true ? marks.ok : same == false ? marks.bad : marks.none
            w.field(
                place, "\(mark) \(uuid)", pointer: nil,
                style: same == false ? context.theme.error : same == true ? context.theme.success : .plain)
        }
        w.blank()
        w.text(
            "A header uuid that differs from the payload's means the envelope was made for another vCon.",
            pointer: nil, style: context.theme.muted)
    }
}

/// The check marks of the Security pane, Unicode or ASCII.
struct Marks {
    var ok: String
    var bad: String
    var none: String

    init(ascii: Bool) {
        ok = ascii ? "ok" : "✔"
        bad = ascii ? "X" : "✖"
        none = ascii ? "-" : "–"
    }
}

/// Certificate and PASSporT times as the Security pane writes them: `2025-01-01 00:00Z` (always UTC).
enum SecurityTime {
    static func format(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ n: Int?) -> String { n.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "??" }
        return "\(c.year.map(String.init) ?? "????")-\(two(c.month))-\(two(c.day)) \(two(c.hour)):\(two(c.minute))Z"
    }
}
