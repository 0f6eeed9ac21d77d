import Testing

@testable import VConModel

@Suite struct ExplainTextTests {
    @Test func mediatypeRendersTitleMeaningSpecSpellingsAndValues() throws {
        let match = try #require(Explain.entry(forPointer: "/dialog/0/mimetype"))
        let lines = Explain.text(for: match, width: 72)
        #expect(
            lines.joined(separator: "\n") == """
                At /dialog/0/mimetype
                  Spelled "mimetype" here: the 0.0.1 name; 0.0.2 renamed it mediatype.

                dialog[].mediatype - Media type of the dialog content
                core field

                The MIME type (type/subtype) of the dialog's file, e.g. audio/x-wav or
                text/plain. Required for inline content; for a URL it may be left to the
                server's Content-Type.

                Defined in:
                  draft-ietf-vcon-vcon-core \u{00A7}4.3.8 mediatype
                  draft-petrie-vcon-00 \u{00A7}4.3.5 mimetype
                  draft-ietf-vcon-vcon-core \u{00A7}7.3 Version 0.0.1 to 0.0.2

                Spelling by generation:
                  0.0.1    mimetype   petrie-00 .. container-01
                  0.0.2 +  mediatype  container-02 .. core-03

                Values:
                  text/plain       plain text message
                  audio/x-wav      WAV audio
                  audio/x-mp3      MP3 audio
                  audio/x-mp4      MP4 audio
                  audio/ogg        Ogg audio
                  video/x-mp4      MP4 video
                  video/ogg        Ogg video
                  multipart/mixed  a MIME multipart body such as an email; usually
                                   carries a boundary parameter

                Related: dialog[].encoding, dialog[].filename
                """)
    }

    @Test func indexFieldsAndNarrowTablesWrapUnderTheirColumn() throws {
        let entry = try #require(Explain.entry(forPath: "dialog[].transfer_target"))
        #expect(
            Explain.text(for: entry, width: 50) == [
                "dialog[].transfer_target - Transfer target",
                "core field",
                "",
                "On a transfer dialog, the index (core-01 to",
                "core-03 also allowed indices) of the party the",
                "transferee was handed to. core-04 makes it a",
                "single index again.",
                "",
                "Defined in:",
                "  draft-ietf-vcon-vcon-core \u{00A7}4.3.14 Dialog",
                "  Transfer",
                "  draft-ietf-vcon-vcon-core \u{00A7}7.2 Version 0.0.2 to",
                "  0.3.0",
                "Holds indices into parties[].",
                "",
                "Spelling by generation:",
                "  0.0.1 -  transfer-target       petrie-02 ..",
                "  0.0.2                          container-03",
                "  0.3.0    transfer_target       core-00",
                "  0.4.0    transfer_target       core-01 ..",
                "           (number or array)     core-03",
                "  0.4.0    transfer_target (one  core-04",
                "           index)",
                "",
                "Related: dialog[].target_dialog,",
                "dialog[].transferee",
            ])
        // Without a width, each paragraph stays on one line.
        #expect(
            Explain.text(for: entry).contains(
                "On a transfer dialog, the index (core-01 to core-03 also allowed indices) of the party the transferee was handed to. core-04 makes it a single index again."
            ))
    }

    @Test func everyEntryFitsTheWidthItIsGiven() {
        for width in [40, 80] {
            for entry in Explain.all {
                for line in Explain.text(for: entry, width: width) {
                    #expect(line.count <= width, "\(entry.id) at \(width): \(line)")
                }
            }
        }
    }
}
