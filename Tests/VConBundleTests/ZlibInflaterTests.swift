import Testing
import VConModel

@testable import VConBundle

@Suite struct ZlibInflaterTests {
    private let text = Array(String(repeating: "{\"vcon\":\"0.4.0\"} ", count: 500).utf8)

    private func gunzip(_ bytes: [UInt8], limit: Int = 1 << 20) throws(InflateError) -> [UInt8] {
        do {
            return try bytes.withUnsafeBytes { raw in try ZlibInflater().gunzip(raw, limit: limit) }
        } catch let error as InflateError {
            throw error
        } catch {
            throw InflateError("\(error)")
        }
    }

    @Test func inflatesGzip() throws {
        #expect(try gunzip(Deflate.gzip(text)) == text)
    }

    @Test func joinsConcatenatedMembers() throws {
        #expect(try gunzip(Deflate.gzip(text) + Deflate.gzip(text)) == text + text)
    }

    @Test func refusesOutputPastTheLimit() {
        let error = #expect(throws: InflateError.self) { try gunzip(Deflate.gzip(text), limit: 100) }
        #expect(error?.message.contains("limit of 100 bytes") == true)
    }

    @Test func truncatedStreamIsAnError() {
        let whole = Deflate.gzip(text)
        let error = #expect(throws: InflateError.self) { try gunzip(Array(whole.prefix(whole.count - 10))) }
        #expect(error?.message.contains("truncated") == true)
    }

    @Test func corruptStreamIsAnError() {
        var bytes = Deflate.gzip(text)
        for index in 12..<min(40, bytes.count) { bytes[index] ^= 0x5A }
        let error = #expect(throws: InflateError.self) { try gunzip(bytes) }
        #expect(error?.message.isEmpty == false)
    }

    @Test func trailingGarbageIsAnError() {
        let error = #expect(throws: InflateError.self) { try gunzip(Deflate.gzip(text) + [1, 2, 3]) }
        #expect(error?.message.contains("trailing garbage") == true)
    }

    @Test func notGzipIsAnError() {
        let error = #expect(throws: InflateError.self) { try gunzip(text) }
        #expect(error?.message.contains("not gzip") == true)
    }
}
