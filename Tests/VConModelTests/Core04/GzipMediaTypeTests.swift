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

    /// An inline vCon body whose `mediatype` is `application/vcon+gzip` is opened through the gzip layer even
    /// without the magic bytes: plain JSON declared gzip does not open (the declaration is honoured), while the same
    /// body declared `application/vcon` opens as before.
    @Test func inlineBodyMediaTypeIsHonoured() throws {
        let child = #"{"uuid":"01928e10-193e-8231-b9a2-279e0d16bc47","vcon":"0.0.2","subject":"inner"}"#
        let encoded = Base64.urlEncode(Array(child.utf8))
        func members(_ mediaType: String) throws -> [LibraryMember] {
            let parent =
                #"{"uuid":"01928e10-193e-8231-b9a2-279e0d16bc46","vcon":"0.0.2","group":[{"uuid":"01928e10-193e-8231-b9a2-279e0d16bc47","#
                + #""body":"\#(encoded)","encoding":"base64url","mediatype":"\#(mediaType)"}]}"#
            var library = Library()
            let loader = FileLoader(inflater: RefusingInflater())
            library.add(
                LibraryMember(source: .file("p"), file: try loader.load(buffer: ByteBuffer(Array(parent.utf8)), source: "p")),
                loader: loader)
            return Array(library.members)
        }
        #expect(try members("application/vcon").last?.vcon?.subject == "inner")
        let declared = try members("application/vcon+gzip")
        #expect(declared.count == 2 && declared[1].file == nil)
    }

    struct RefusingInflater: Inflating {
        func gunzip(_ bytes: UnsafeRawBufferPointer, limit: Int) throws(InflateError) -> [UInt8] {
            throw InflateError("not gzip data")
        }
    }
}
