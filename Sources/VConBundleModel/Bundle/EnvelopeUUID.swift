import VConModel

/// Where a vCon's uuid was found, for any security form.
public enum EnvelopeUUID {
    /// The uuid and where it came from: the vCon itself (unsigned or a readable JWS payload),
    /// else a JOSE header (`unprotected`, a recipient's or signature's `header`, the decoded `protected`).
    public static func find(in file: LoadedFile) -> (uuid: String, source: String)? {
        if let uuid = file.vcon?.uuid { return (uuid, "vcon") }
        let root = file.document.root
        if let uuid = root["unprotected"]?["uuid"]?.string { return (uuid, "JWE unprotected header") }
        for list in ["recipients", "signatures"] {
            for element in root[list]?.elements ?? [] {
                if let uuid = element["header"]?["uuid"]?.string { return (uuid, "\(list) header") }
                if let uuid = protectedUUID(element["protected"]) { return (uuid, "protected header") }
            }
        }
        if let uuid = root["header"]?["uuid"]?.string { return (uuid, "JOSE header") }
        if let uuid = protectedUUID(root["protected"]) { return (uuid, "protected header") }
        return nil
    }

    private static func protectedUUID(_ value: JSONValue?) -> String? {
        guard let text = value?.string, let bytes = Base64.decodeBytes(text),
            let header = try? JSONDocument.parse(bytes: bytes)
        else { return nil }
        return header.root["uuid"]?.string
    }
}
