"""The demo's unsigned vCons, one function per member. All content is invented for the demo.

People and numbers are fictional: telephone numbers are in the +1 555 01xx range, domains are
example.com / example.net / *.example (RFC 2606).
"""

import hashlib
import json

from demo_media import b64url, content_hash, legacy_signature, wav

ALICE = {"tel": "+15550100101", "mailto": "alice.moreno@example.com", "name": "Alice Moreno"}
BOB = {"tel": "+15550100202", "sip": "sip:bob.okafor@support.example.net", "name": "Bob Okafor"}
CAROL = {"tel": "+15550100303", "name": "Carol Nguyen"}
DEMO_BOT = {"name": "vcon-browser demo", "mailto": "demo@vcon-browser.example"}

# Short names of the members, in the order they are listed (uuids sort the same way).
ORDER = [
    "welcome", "support-call", "sip-call", "signed", "signed-gzip", "signed-broken", "signed-stranger",
    "encrypted", "encrypted-unsigned", "encrypted-locked", "gen-0.0.1", "gen-0.0.2", "group-parent",
    "group-member-chat", "group-member-call", "amended-v1", "amended-v2", "amended-v3", "redaction-original",
    "redacted", "core-03", "findings", "hostile-text",
]


def uuid_of(name: str) -> str:
    """A version 8 UUID whose first bytes give the listing order and whose rest is a hash of the name."""
    ordinal = ORDER.index(name) + 1 if name in ORDER else 0xFF
    digest = hashlib.sha256(("vcon-browser demo " + name).encode()).hexdigest()
    return f"de{ordinal:02x}{digest[0:4]}-{digest[4:8]}-8{digest[8:11]}-{'89ab'[int(digest[11], 16) % 4]}{digest[12:15]}-{digest[15:27]}"


MISSING_EARLIER_PART = uuid_of("an earlier part that was never exported")


def external(url: str, data: bytes, mediatype: str, filename: str) -> dict:
    return {"url": url, "content_hash": content_hash(data), "mediatype": mediatype, "filename": filename}


class Media:
    """The recordings and files, made once so that every member that shares one shares its hash."""

    def __init__(self):
        # Each speaker turn starts with a beep: 440 Hz for Alice, 660 Hz for Bob.
        self.support_call = wav(8.0, [(0.0, 0.12, 660), (2.3, 0.12, 440), (4.8, 0.12, 660), (6.8, 0.12, 440)])
        self.sip_call = wav(2.0, [(0.0, 0.12, 440), (1.0, 0.12, 660)])
        self.voicemail = wav(1.5, [(0.0, 0.25, 520), (0.5, 0.25, 520)])
        self.ticket = (
            "Ticket 4711 (demo)\n"
            "Customer: Alice Moreno\n"
            "Issue: March bill about twice the usual amount\n"
            "Cause: estimated meter reading (meter not read in February)\n"
            "Action: actual reading requested; corrected bill to be emailed\n"
        ).encode()
        self.translation = (json.dumps({
            "language": "es",
            "source_dialog": [1, 2],
            "segments": [
                {"dialog": 1, "text": "¡Gracias! ¿Podría enviarme la factura corregida por correo?"},
                {"dialog": 2, "text": "Por supuesto, la recibirá hoy antes de las 17:00."},
            ],
        }, indent=2, ensure_ascii=False) + "\n").encode()

    def files(self):
        """Local copies of the external files, by the last segment of their URL."""
        return {"voicemail-0302.wav": self.voicemail, "ticket-4711.txt": self.ticket, "chat-translation-es.json": self.translation}


def welcome():
    tour = [
        "1 Summary, 2 Parties, 3 Dialog, 4 Analysis, 5 Attachments, 6 Links, 7 Security, 8 JSON: one pane each.",
        "\"Support call\" has a recording, a transcript with speaker turns, a chat, a summary, a sentiment and files.",
        "\"SIP call\" has a signaling trace: press L for its ladder; 7 shows its STIR PASSporTs.",
        "The signed and encrypted members show every badge: [S] [s?] [S!] [E] [E!] [-].",
        "One member per syntax generation: 0.0.1, 0.0.2, 0.3.0, 0.4.0 and core-03 (no \"vcon\" key). X explains a field.",
        "6 Links follows group, redaction and amendment chains; d compares a vCon with the one it links to.",
        "\"Findings\" and \"Hostile text\" show validation findings (!) and escape sequences made harmless.",
    ]
    return {
        "vcon": "0.4.0",
        "uuid": uuid_of("welcome"),
        "created_at": "2026-03-01T09:00:00Z",
        "subject": "Start here: a tour of the vcon-browser demo",
        "parties": [DEMO_BOT],
        "dialog": [{
            "type": "text", "start": "2026-03-01T09:00:00Z", "duration": 0, "parties": [0], "originator": 0,
            "mediatype": "text/plain", "encoding": "none", "body": "\n".join(tour),
        }],
        "analysis": [],
        "attachments": [{
            "purpose": "demo-guide", "start": "2026-03-01T09:00:00Z", "party": 0, "dialog": 0,
            "mediatype": "application/json", "encoding": "json",
            "body": {"members": [{"uuid": uuid_of(name), "name": name} for name in ORDER]},
        }],
    }


def support_call(media: Media):
    start = "2026-03-02T14:05:00Z"
    turns = [
        (1, 0.0, 2.1, "Example Energy, this is Bob. How can I help?"),
        (0, 2.3, 4.6, "Hi Bob, my March bill is about twice the usual amount."),
        (1, 4.8, 6.6, "I see an estimated reading; I have asked for a real one."),
        (0, 6.8, 8.0, "Oh, that explains it. Thank you!"),
    ]
    return {
        "vcon": "0.4.0",
        "uuid": uuid_of("support-call"),
        "created_at": "2026-03-02T14:20:00Z",
        "subject": "Support call: March bill twice the usual amount",
        "parties": [dict(ALICE), dict(BOB)],
        "dialog": [
            {
                "type": "recording", "start": start, "duration": 8.0, "parties": [0, 1], "originator": 0,
                "mediatype": "audio/x-wav", "filename": "support-call.wav", "encoding": "base64url",
                "body": b64url(media.support_call),
                "session_id": {"local": "4d2a0c1e5b7f4a3c9e8d7b6a5f4e3d2c", "remote": "00000000000000000000000000000000"},
            },
            {
                "type": "text", "start": "2026-03-02T14:10:00Z", "duration": 0, "parties": [0, 1], "originator": 0,
                "mediatype": "text/plain", "encoding": "none",
                "body": "Thanks! Could you email me the corrected bill?",
            },
            {
                "type": "text", "start": "2026-03-02T14:11:30Z", "duration": 0, "parties": [1, 0], "originator": 1,
                "mediatype": "text/plain", "encoding": "none",
                "body": "Of course, you will have it today before 5 pm.",
            },
            dict(external("https://media.example.net/voicemail-0302.wav", media.voicemail, "audio/x-wav", "voicemail-0302.wav"),
                 type="recording", start="2026-03-02T13:58:00Z", duration=1.5, parties=[0], originator=0),
        ],
        "analysis": [
            {
                "type": "transcript", "dialog": 0, "vendor": "demo-asr", "product": "demo-asr 1.0",
                "schema": "segments", "mediatype": "application/json", "encoding": "json",
                "body": {
                    "transcript": {"text": " ".join(t[3] for t in turns), "language": "en", "duration": 8.0},
                    "segments": [
                        {"id": i, "speaker": party, "start": s, "end": e, "text": text}
                        for i, (party, s, e, text) in enumerate(turns)
                    ],
                },
            },
            {
                "type": "summary", "dialog": [0, 1, 2], "vendor": "demo-llm", "mediatype": "text/plain", "encoding": "none",
                "body": "Alice's March bill was high because the February meter reading was estimated. "
                        "Bob asked for an actual reading and will email a corrected bill today.",
            },
            {
                "type": "sentiment", "dialog": 0, "vendor": "demo-llm", "schema": "per-party", "mediatype": "application/json",
                "encoding": "json",
                "body": {"overall": "positive", "parties": [
                    {"party": 0, "start": "worried", "end": "relieved", "score": 0.62},
                    {"party": 1, "start": "neutral", "end": "positive", "score": 0.71},
                ]},
            },
            dict(external("https://media.example.net/chat-translation-es.json", media.translation, "application/json",
                          "chat-translation-es.json"),
                 type="translation", dialog=[1, 2], vendor="demo-translate"),
        ],
        "attachments": [
            dict(external("https://tickets.example.net/ticket-4711.txt", media.ticket, "text/plain", "ticket-4711.txt"),
                 purpose="ticket", start="2026-03-02T14:12:00Z", party=1, dialog=0),
            {
                "purpose": "tags", "start": "2026-03-02T14:12:00Z", "party": 1, "dialog": 0, "mediatype": "application/json",
                "encoding": "json",
                "body": ["billing", "estimated-reading", "resolved"],
            },
            {
                "purpose": "consent", "start": "2026-03-02T14:05:00Z", "party": 0, "dialog": 0,
                "mediatype": "text/plain", "encoding": "none",
                "body": "Caller was told the call is recorded for quality and agreed.",
            },
        ],
    }
