import CZlib

/// Builds zip archives byte by byte, so tests can make the hostile ones no sane writer makes:
/// duplicate names, lying sizes, wrong CRCs, symlink modes, encryption flags, ZIP64 records.
struct RawZipBuilder {
    struct Entry {
        var name: String
        var payload: [UInt8]
        var method: UInt16
        var crc: UInt32
        var size: UInt64
        var flags: UInt16 = 0
        var externalAttributes: UInt32 = 0o100644 << 16
    }

    var entries: [Entry] = []
    /// Writes ZIP64 extra fields and end records for every entry.
    var zip64 = false

    /// Adds `content`, deflated or stored; overrides let a test lie about CRC or size.
    mutating func add(
        _ name: String, _ content: [UInt8], deflate: Bool = true, crc: UInt32? = nil, size: UInt64? = nil,
        flags: UInt16 = 0, unixMode: UInt32 = 0o100644
    ) {
        let payload = deflate ? Self.rawDeflate(content) : content
        entries.append(
            Entry(
                name: name, payload: payload, method: deflate ? 8 : 0, crc: crc ?? Self.crc32(content),
                size: size ?? UInt64(content.count), flags: flags, externalAttributes: unixMode << 16))
    }

    mutating func add(_ name: String, _ text: String) { add(name, Array(text.utf8)) }

    func build() -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        for entry in entries {
            let offset = UInt64(out.count)
            let name = Array(entry.name.utf8)
            let extra = zip64 ? zip64Extra([entry.size, UInt64(entry.payload.count)]) : []
            out.le32(0x04034b50); out.le16(zip64 ? 45 : 20); out.le16(entry.flags | 0x0800); out.le16(entry.method)
            out.le16(0); out.le16(0x21); out.le32(entry.crc)
            out.le32(zip64 ? 0xFFFF_FFFF : UInt32(entry.payload.count)); out.le32(zip64 ? 0xFFFF_FFFF : UInt32(entry.size))
            out.le16(UInt16(name.count)); out.le16(UInt16(extra.count)); out += name; out += extra; out += entry.payload

            let cextra = zip64 ? zip64Extra([entry.size, UInt64(entry.payload.count), offset]) : []
            central.le32(0x02014b50); central.le16(0x031E); central.le16(zip64 ? 45 : 20)
            central.le16(entry.flags | 0x0800); central.le16(entry.method); central.le16(0); central.le16(0x21)
            central.le32(entry.crc)
            central.le32(zip64 ? 0xFFFF_FFFF : UInt32(entry.payload.count)); central.le32(zip64 ? 0xFFFF_FFFF : UInt32(entry.size))
            central.le16(UInt16(name.count)); central.le16(UInt16(cextra.count)); central.le16(0); central.le16(0)
            central.le16(0); central.le32(entry.externalAttributes); central.le32(zip64 ? 0xFFFF_FFFF : UInt32(offset))
            central += name; central += cextra
        }
        let centralOffset = UInt64(out.count)
        out += central
        if zip64 {
            let recordOffset = UInt64(out.count)
            out.le32(0x06064b50); out.le64(44); out.le16(45); out.le16(45); out.le32(0); out.le32(0)
            out.le64(UInt64(entries.count)); out.le64(UInt64(entries.count))
            out.le64(UInt64(central.count)); out.le64(centralOffset)
            out.le32(0x07064b50); out.le32(0); out.le64(recordOffset); out.le32(1)
        }
        out.le32(0x06054b50); out.le16(0); out.le16(0)
        out.le16(zip64 ? 0xFFFF : UInt16(entries.count)); out.le16(zip64 ? 0xFFFF : UInt16(entries.count))
        out.le32(zip64 ? 0xFFFF_FFFF : UInt32(central.count)); out.le32(zip64 ? 0xFFFF_FFFF : UInt32(centralOffset))
        out.le16(0)
        return out
    }

    private func zip64Extra(_ values: [UInt64]) -> [UInt8] {
        var extra: [UInt8] = []
        extra.le16(0x0001); extra.le16(UInt16(values.count * 8))
        for value in values { extra.le64(value) }
        return extra
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { UInt32(CZlib.crc32(0, $0.baseAddress, UInt32($0.count))) }
    }

    /// Raw deflate (no zlib or gzip framing), as zip members use.
    static func rawDeflate(_ bytes: [UInt8]) -> [UInt8] { Deflate.compress(bytes, windowBits: -15) }
}

extension [UInt8] {
    mutating func le16(_ value: UInt16) { append(UInt8(value & 0xFF)); append(UInt8(value >> 8)) }
    mutating func le32(_ value: UInt32) { le16(UInt16(value & 0xFFFF)); le16(UInt16(value >> 16)) }
    mutating func le64(_ value: UInt64) { le32(UInt32(value & 0xFFFF_FFFF)); le32(UInt32(value >> 32)) }
}
