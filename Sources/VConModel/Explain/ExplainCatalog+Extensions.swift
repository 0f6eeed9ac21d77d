/// Entries for the extensions this reader knows besides SIP: WTF transcription bodies, lawful-basis
/// attachment bodies, and the contact-center members (`ExplainCatalog+ContactCenter.swift`).
extension ExplainCatalog {
    static func wtf(_ section: String, _ title: String) -> SpecReference {
        SpecReference(document: "draft-howe-vcon-wtf-extension-02", section: section, title: title)
    }

    static func lawful(_ section: String, _ title: String) -> SpecReference {
        SpecReference(document: "draft-howe-vcon-lawful-basis-02", section: section, title: title)
    }

    private static func wtfEntry(_ path: String, _ title: String, _ section: String, _ sectionTitle: String, _ meaning: String)
        -> FieldExplanation
    {
        FieldExplanation(
            "analysis[].body." + path, title: title, meaning: meaning, standing: .extension, specs: [wtf(section, sectionTitle)],
            related: ["analysis[].body.segments[].start"])
    }

    static let wtfTranscription: [FieldExplanation] = [
        wtfEntry(
            "transcript", "WTF transcript summary", "6.2.1.1", "Transcript Object",
            "The whole transcription at a glance: full text, BCP-47 language, audio duration in seconds and overall confidence (0..1). WTF analyses have type wtf_transcription (since -02; -01 kept them in attachments)."
        ),
        wtfEntry(
            "segments", "WTF segments", "6.2.1.2", "Segments Array",
            "Time-aligned pieces of the transcript, typically sentences. The browser shows one turn per segment with its times in the current time mode (T), the speaker resolved to a party, and the confidence."
        ),
        wtfEntry(
            "segments[].start", "Segment start", "6.2.1.2", "Segments Array",
            "Seconds from the start of the dialog the analysis refers to (a number, not a date). Added to the dialog's start it gives the wall-clock time shown in the transcript."
        ),
        wtfEntry(
            "segments[].end", "Segment end", "6.2.1.2", "Segments Array", "Seconds from the dialog's start; WTF requires end > start."),
        wtfEntry(
            "segments[].speaker", "Segment speaker", "6.2.1.2", "Segments Array",
            "An integer (read as a party index when one exists) or a string such as \"Speaker A\"; the speakers object may label it."),
        wtfEntry(
            "segments[].confidence", "Segment confidence", "8.1", "Confidence Score Normalization",
            "The provider's confidence for this segment, normalised to 0..1 whatever scale the provider used."),
        wtfEntry(
            "segments[].words", "Segment words", "6.2.1.2", "Segments Array",
            "Indices into the words array for this segment; w shows the words under each turn."),
        wtfEntry(
            "words", "WTF words", "6.2.2.1", "Words Array",
            "Optional word-level detail: text, start and end in seconds, confidence, speaker, and whether the word is punctuation."),
        wtfEntry(
            "speakers", "WTF speakers", "6.2.2.2", "Speakers Object",
            "Optional diarization: per speaker id a label, the segments spoken, total speaking time and confidence."),
        wtfEntry(
            "metadata", "WTF processing metadata", "6.2.1.3", "Metadata Object",
            "Required: when the transcription was created and processed, the provider (lowercase) and model, processing time, the source audio (duration, sample rate, channels, format) and the provider options used."
        ),
        wtfEntry(
            "quality", "WTF quality metrics", "6.2.2.3", "Quality Object",
            "Optional: audio quality, background noise, overlapping speech, average confidence and processing warnings."),
        wtfEntry(
            "enrichments", "WTF enrichments", "6.2.2.6", "Enrichments Object",
            "Optional NLP results over the transcript: sentiment (overall and score -1..1), entities with their times, topics and an abstractive summary."
        ),
        wtfEntry(
            "extensions", "WTF provider extensions", "6.2.2.4", "Extensions Object",
            "Provider-specific data kept during conversion (for example Deepgram utterances or Whisper log probabilities)."),
    ]

    private static let lawfulPath = "attachments[purpose=lawful_basis]"

    private static func lawfulEntry(_ path: String, _ title: String, _ section: String, _ meaning: String) -> FieldExplanation {
        FieldExplanation(
            lawfulPath + path, title: title, meaning: meaning, standing: .extension,
            specs: [lawful(section, section == "6.2" ? "Temporal Validity" : "Lawful Basis Body Structure")],
            related: [lawfulPath + ".body.expiration", lawfulPath + ".body.purpose_grants"])
    }

    static let lawfulBasis: [FieldExplanation] = [
        lawfulEntry(
            ".body", "Lawful basis", "5.2",
            "Why the conversation's data may be processed (GDPR Art. 6 style): the basis, when it expires, and which purposes are granted. An attachment with purpose lawful_basis and encoding json; the draft's own example still says type."
        ),
        lawfulEntry(
            ".body.lawful_basis", "Basis", "5.2.1",
            "One of consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests."),
        lawfulEntry(
            ".body.expiration", "Expiry", "6.2",
            "When the basis ends (RFC 3339), or null for indefinite (subject to revalidation). Processing on an expired basis must stop; the browser flags a basis that had expired before the vCon's created_at."
        ),
        lawfulEntry(
            ".body.purpose_grants", "Purposes granted", "5.2.3",
            "Per purpose (recording, transcription, analysis...) whether it is granted or denied, when, and under which conditions; the most restrictive applies."
        ),
        lawfulEntry(".body.terms_of_service", "Terms of service", "5.2.2", "A URL of the terms the basis refers to."),
        lawfulEntry(".body.status_interval", "Revalidation interval", "5.2.2", "How often the basis must be revalidated, e.g. \"30d\"."),
        lawfulEntry(
            ".body.content_hash", "Body integrity", "5.2.2",
            "An object (algorithm, canonicalization jcs, hex value) over the canonical body; not the core content_hash token."),
        lawfulEntry(
            ".body.proof_mechanisms", "Proofs", "5.2.4",
            "How the basis was obtained: verbal confirmation, signed document, signature, external system."),
        lawfulEntry(".body.registry", "Transparency registry", "5.2.2", "A SCITT transparency service (type, url) keeping an audit trail."),
    ]
}
