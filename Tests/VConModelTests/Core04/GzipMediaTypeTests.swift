import Testing

@testable import VConModel

/// core-04 §5.4: a gzip vCon is identified by `application/vcon+gzip` when a media type is available,
/// by the gzip magic bytes otherwise.
@Suite struct GzipMediaTypeTests {
    @Test func mediaTypeIsRecognised() {
        #expect(FileLoader.isGzipMediaType("application/vcon+gzip"))
        #expect(FileLoader.isGzipMediaType("Application/VCON+GZIP; charset=binary"))
        #expect(!FileLoader.isGzipMediaType("application/vcon"))
        #expect(!FileLoader.isGzipMediaType("application/gzip"))
        #expect(!FileLoader.isGzipMediaType(nil))
    }

    @Test func declaredGzipOpensTheGzipLayerWithoutMagicBytes() throws {
        let json = Array(#"{"uuid":"01928e10-193e-8231-b9a2-279e0d16bc46","created_at":"2024-01-15T10:00:00Z","parties":[]}"#.utf8)
        // Without the media type these bytes are plain JSON.
        #expect(try FileLoader().load(buffer: ByteBuffer(json), source: "x").layers == [VConForm.unsigned])
        // Declared gzip: the gzip layer is named (VConModel alone has no zlib, so it says so).
        let error = #expect(throws: LoadError.self) {
            try FileLoader().load(buffer: ByteBuffer(json), source: "x", mediaType: "application/vcon+gzip")
        }
        #expect(error?.message.contains("gzip") == true)
        // With an inflater that refuses non-gzip bytes, the declared type is named in the error.
        let refusing = FileLoader(inflater: RefusingInflater())
        let declared = #expect(throws: LoadError.self) {
            try refusing.load(buffer: ByteBuffer(json), source: "x", mediaType: "application/vcon+gzip")
        }
        #expect(declared?.message.contains("declared application/vcon+gzip") == true)
    }

    struct RefusingInflater: Inflating {
        func gunzip(_ bytes: UnsafeRawBufferPointer, limit: Int) throws(InflateError) -> [UInt8] {
            throw InflateError("not gzip data")
        }
    }
}
