"""One member per syntax generation, each spelled the way its drafts spell it.

0.0.1: mimetype, alg+signature, appended, attachment type. 0.0.2: mediatype, content_hash (an array
of two hashes here), transfer-target. 0.3.0 (the group parent and its members): must_support, extensions,
transfer_target, target_dialog, session_id as a string. core-03: no "vcon" key, party type/org/dept,
analysis `attachment`. (0.4.0 is everywhere else: amended, critical, session_id objects.)
"""

from demo_media import content_hash, legacy_signature
from demo_vcons import ALICE, BOB, CAROL, MISSING_EARLIER_PART, Media, uuid_of



def gen_001(media: Media):
    return {
        "vcon": "0.0.1",
        "uuid": uuid_of("gen-0.0.1"),
        "created_at": "2024-06-11T10:00:00Z",
        "subject": "Generation 0.0.1: a voicemail callback (mimetype, alg+signature, appended)",
        "appended": {"uuid": MISSING_EARLIER_PART},
        "parties": [
            {"tel": "+15550100404", "name": "Dan Whitfield", "role": "customer"},
            {"tel": "+15550100202", "name": "Bob Okafor", "role": "agent"},
        ],
        "dialog": [
            {
                "type": "recording", "start": "2024-06-11T09:41:00Z", "duration": 1.5, "parties": [0],
                "mimetype": "audio/x-wav", "filename": "voicemail.wav",
                "url": "https://media.example.net/voicemail-0302.wav",
                "alg": "SHA-512", "signature": legacy_signature(media.voicemail),
            },
            {
                "type": "text", "start": "2024-06-11T09:55:00Z", "duration": 0, "parties": [1, 0], "originator": 1,
                "mimetype": "text/plain", "encoding": "none", "body": "Returned Dan's call; left a message.",
            },
        ],
        "analysis": [{
            "type": "summary", "dialog": 1, "vendor": "demo-llm", "mimetype": "text/plain", "encoding": "none",
            "body": "Callback after a voicemail; no answer.",
        }],
        "attachments": [{
            "type": "tags", "start": "2024-06-11T09:55:00Z", "party": 1, "encoding": "json", "body": ["callback"],
        }],
    }


def gen_002(media: Media):
    sha256 = content_hash(media.voicemail, "sha256")
    return {
        "vcon": "0.0.2",
        "uuid": uuid_of("gen-0.0.2"),
        "created_at": "2025-03-20T16:00:00Z",
        "subject": "Generation 0.0.2: a transferred call (mediatype, content_hash, transfer-target)",
        "parties": [dict(ALICE), dict(BOB), dict(CAROL)],
        "dialog": [
            {
                "type": "recording", "start": "2025-03-20T15:40:00Z", "duration": 1.5, "parties": [0, 1], "originator": 0,
                "mediatype": "audio/x-wav", "filename": "first-leg.wav", "url": "https://media.example.net/voicemail-0302.wav",
                "content_hash": [sha256, content_hash(media.voicemail)],
            },
            {
                "type": "text", "start": "2025-03-20T15:42:00Z", "duration": 0, "parties": [1, 2], "originator": 1,
                "mediatype": "text/plain", "encoding": "none", "body": "Carol, can you take a meter question from Alice?",
            },
            {
                "type": "transfer", "start": "2025-03-20T15:43:00Z",
                "transferee": 0, "transferor": 1, "transfer-target": 2, "original": 0, "consultation": 1,
                "target-dialog": 3,
            },
            {
                "type": "text", "start": "2025-03-20T15:44:00Z", "duration": 0, "parties": [2, 0], "originator": 2,
                "mediatype": "text/plain", "encoding": "none", "body": "Hi Alice, Carol here; I can book a meter reading.",
            },
        ],
        "analysis": [],
        "attachments": [{
            "type": "notes", "start": "2025-03-20T15:45:00Z", "party": 2, "dialog": 3, "mediatype": "text/plain",
            "encoding": "none", "body": "Meter reading booked for Friday morning.",
        }],
    }


def _conference_leg(name, subject, party, dialog_start, text):
    return {
        "vcon": "0.3.0",
        "uuid": uuid_of(name),
        "created_at": "2025-07-14T10:30:00Z",
        "subject": subject,
        "parties": [party],
        "dialog": [{
            "type": "text", "start": dialog_start, "duration": 0, "parties": [0], "originator": 0,
            "mediatype": "text/plain", "encoding": "none", "body": text, "session_id": "conf-0714-leg-" + name[-4:],
        }],
        "analysis": [],
        "attachments": [],
    }


def group_members():
    chat = _conference_leg("group-member-chat", "Incident review, part 1: the chat leg",
                           {"mailto": "li.wei@example.com", "name": "李伟 (Li Wei)"}, "2025-07-14T10:00:00Z",
                           "Joining by chat: the outage started at 09:12 after the meter-data import.")
    call = _conference_leg("group-member-call", "Incident review, part 2: the phone leg",
                           {"tel": "+15550100505", "name": "Zoë Ångström"}, "2025-07-14T10:02:00Z",
                           "On the phone: rollback finished at 09:48; no customer data lost.")
    return chat, call


def group_parent(members):
    inline = {
        "vcon": "0.3.0", "uuid": uuid_of("group-member-inline"), "created_at": "2025-07-14T10:30:00Z",
        "subject": "Incident review, part 3: the bridge operator's note (held inline in the group)",
        "parties": [{"name": "Bridge operator"}],
        "dialog": [{"type": "text", "start": "2025-07-14T10:25:00Z", "duration": 0, "parties": [0],
                    "mediatype": "text/plain", "encoding": "none", "body": "Bridge closed at 10:25."}],
        "analysis": [], "attachments": [],
    }
    return {
        "vcon": "0.3.0",
        "uuid": uuid_of("group-parent"),
        "created_at": "2025-07-14T10:30:00Z",
        "subject": "Generation 0.3.0: an incident review in three parts (group, must_support, session_id string)",
        "extensions": [],
        "must_support": [],
        "group": [{"uuid": m["uuid"]} for m in members] + [{"uuid": inline["uuid"], "body": inline, "encoding": "json"}],
        "parties": [
            {"name": "Incident bridge", "mailto": "bridge@example.com"},
            {"name": "On-call engineer", "tel": "+15550100707"},
            {"name": "李伟 (Li Wei)", "mailto": "li.wei@example.com"},
        ],
        "dialog": [
            {"type": "text", "start": "2025-07-14T09:59:00Z", "duration": 0, "parties": [0], "originator": 0,
             "mediatype": "text/plain", "encoding": "none", "body": "Bridge opened for the 09:12 outage review.",
             "session_id": "conf-0714"},
            {"type": "text", "start": "2025-07-14T10:05:00Z", "duration": 0, "parties": [2, 1], "originator": 2,
             "mediatype": "text/plain", "encoding": "none", "body": "I am moving you to the bridge now.",
             "session_id": "li-wei-oncall-0714"},
            {"type": "transfer", "start": "2025-07-14T10:06:00Z", "transferee": 1, "transferor": 2, "transfer_target": 0,
             "original": 1, "target_dialog": 0},
        ],
        "analysis": [],
        "attachments": [],
    }


def core_03():
    return {
        "uuid": uuid_of("core-03"),
        "created_at": "2026-02-10T08:30:00Z",
        "subject": "core-03 style: no \"vcon\" key (party type/org/dept, analysis of an attachment)",
        "parties": [
            {"name": "Priya Raman", "type": "person", "org": "Example Energy", "dept": "Field service",
             "tel": "+15550100606"},
            {"name": "MeterBot", "type": "bot", "org": "Example Energy"},
        ],
        "dialog": [{
            "type": "text", "start": "2026-02-10T08:15:00Z", "duration": 0, "parties": [1, 0], "originator": 1,
            "mediatype": "text/plain", "encoding": "none", "body": "Meter 00417 sent a tamper alert at 08:14.",
        }],
        "analysis": [{
            "type": "report", "attachment": 0, "vendor": "demo-llm", "mediatype": "text/plain", "encoding": "none",
            "body": "The photo shows an intact seal: likely a false alarm caused by a firmware update.",
        }],
        "attachments": [{
            "purpose": "photo-note", "start": "2026-02-10T08:20:00Z", "party": 0, "dialog": 0,
            "mediatype": "text/plain", "encoding": "none", "body": "Photo description: meter 00417, seal intact.",
        }],
    }
