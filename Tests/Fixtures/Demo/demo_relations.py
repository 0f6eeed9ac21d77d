"""Relations and findings: an amended chain of three, a redaction with its original, and two problem files."""

from demo_vcons import ALICE, BOB, uuid_of


def _claim_call(version: int):
    dialog = [{
        "type": "text", "start": "2026-01-20T11:00:00Z", "duration": 0, "parties": [0, 1], "originator": 0,
        "mediatype": "text/plain", "encoding": "none", "body": "A tree fell on my fence during the storm on Sunday.",
        "session_id": {"local": "9f8e7d6c5b4a39281706f5e4d3c2b1a0", "remote": "1a2b3c4d5e6f708192a3b4c5d6e7f809"},
    }, {
        "type": "text", "start": "2026-01-20T11:02:00Z", "duration": 0, "parties": [1, 0], "originator": 1,
        "mediatype": "text/plain", "encoding": "none", "body": "Claim opened; an assessor will call you within two days.",
    }]
    analysis = [{
        "type": "summary", "dialog": [0, 1], "vendor": "demo-llm", "mediatype": "text/plain", "encoding": "none",
        "body": "Storm damage to a fence; claim opened.",
    }]
    if version >= 2:
        dialog.append({
            "type": "text", "start": "2026-01-22T09:30:00Z", "duration": 0, "parties": [1, 0], "originator": 1,
            "mediatype": "text/plain", "encoding": "none",
            "body": "Correction: the storm was on Saturday, not Sunday; the assessor visit is booked for Monday.",
        })
        analysis[0]["body"] = "Storm damage (Saturday) to a fence; claim opened; assessor visit Monday."
    if version >= 3:
        analysis.append({
            "type": "sentiment", "dialog": [0, 1, 2], "vendor": "demo-llm", "mediatype": "application/json", "encoding": "json",
            "body": {"overall": "neutral", "score": 0.05},
        })
    vcon = {
        "vcon": "0.4.0",
        "uuid": uuid_of(f"amended-v{version}"),
        "created_at": ["2026-01-20T11:05:00Z", "2026-01-22T09:35:00Z", "2026-01-23T08:00:00Z"][version - 1],
        "subject": f"Insurance claim call, version {version} of 3 (amended chain)",
    }
    if version >= 2:
        vcon["amended"] = {"uuid": uuid_of(f"amended-v{version - 1}")}
    if version == 3:
        vcon["extensions"] = []
        vcon["critical"] = []
    vcon.update({
        "parties": [{"tel": "+15550100808", "name": "Hannah Osei"}, {"name": "Claims desk", "mailto": "claims@example.com"}],
        "dialog": dialog, "analysis": analysis, "attachments": [],
    })
    return vcon


def amended_chain():
    return [_claim_call(1), _claim_call(2), _claim_call(3)]


def redaction_pair():
    original = {
        "vcon": "0.4.0",
        "uuid": uuid_of("redaction-original"),
        "created_at": "2026-02-14T17:10:00Z",
        "subject": "Card payment call (original, with card details)",
        "parties": [dict(ALICE), dict(BOB)],
        "dialog": [
            {"type": "text", "start": "2026-02-14T17:00:00Z", "duration": 0, "parties": [0, 1], "originator": 0,
             "mediatype": "text/plain", "encoding": "none", "body": "My card is 4111 1111 1111 1111, expiry 09/29, code 123."},
            {"type": "text", "start": "2026-02-14T17:01:00Z", "duration": 0, "parties": [1, 0], "originator": 1,
             "mediatype": "text/plain", "encoding": "none", "body": "Thank you, the payment of 84.20 has gone through."},
        ],
        "analysis": [{
            "type": "summary", "dialog": [0, 1], "vendor": "demo-llm", "mediatype": "text/plain", "encoding": "none",
            "body": "Alice paid 84.20 by card 4111 1111 1111 1111.",
        }],
        "attachments": [
            {"purpose": "receipt", "start": "2026-02-14T17:01:00Z", "party": 1, "dialog": 1, "mediatype": "application/json", "encoding": "json",
             "body": {"amount": "84.20", "currency": "USD", "card": "4111111111111111", "auth_code": "A1B2C3"}},
            {"purpose": "tags", "start": "2026-02-14T17:01:00Z", "party": 1, "dialog": 1, "mediatype": "application/json", "encoding": "json",
             "body": ["payment"]},
        ],
    }
    redacted = {
        "vcon": "0.4.0",
        "uuid": uuid_of("redacted"),
        "created_at": "2026-02-14T17:30:00Z",
        "subject": "Card payment call (redacted for PCI: card details removed)",
        "redacted": {"uuid": original["uuid"], "type": "PCI"},
        "parties": [{"name": "Alice Moreno"}, dict(BOB)],
        # Empty objects keep the indices: dialog[1] is still dialog[1], attachments[1] still attachments[1].
        "dialog": [{}, dict(original["dialog"][1])],
        "analysis": [dict(original["analysis"][0], body="Alice paid 84.20 by card (number removed).")],
        "attachments": [{}, dict(original["attachments"][1])],
    }
    return original, redacted


def findings():
    return {
        "vcon": "0.4.0",
        "uuid": uuid_of("findings"),
        "created_at": "2026-02-30T25:61:00Z",
        "subject": "Findings: deliberate mistakes (press ! to list them)",
        "extensions": ["x-demo-must-understand"],
        "critical": ["x-demo-must-understand"],
        "parties": [{"name": "Quinn Example", "tel": "+15550100909"}, {"name": "Rita Example"}],
        "dialog": [
            {"type": "text", "start": "yesterday afternoon", "duration": 0, "parties": [0, 3], "originator": 0,
             "mediatype": "text/plain", "encoding": "none", "body": "This dialog names parties[3], which does not exist."},
            {"type": "text", "start": "2026-02-27T10:00:00Z", "duration": 0, "parties": [1, 0], "originator": 1,
             "mediatype": "text/plain", "encoding": "none", "body": "This one is fine."},
        ],
        "analysis": [{
            "type": "summary", "dialog": 5, "vendor": "demo-llm", "mediatype": "text/plain", "encoding": "none",
            "body": "Points at dialog[5], which does not exist.",
        }],
        "attachments": [],
    }


def hostile_text():
    escape = "\u001b"
    return {
        "vcon": "0.4.0",
        "uuid": uuid_of("hostile-text"),
        "created_at": "2026-02-28T12:00:00Z",
        "subject": f"Hostile text: escape sequences and a bidi override {escape}[5mmade harmless{escape}[0m",
        "parties": [
            {"name": f"{escape}[2J{escape}[31mMallory{escape}[0m", "tel": "+15550100999"},
            {"name": "Invoice \u202eexe.pdf", "mailto": "billing@example.com"},
        ],
        "dialog": [{
            "type": "text", "start": "2026-02-28T11:59:00Z", "duration": 0, "parties": [0, 1], "originator": 0,
            "mediatype": "text/plain", "encoding": "none",
            "body": f"A clipboard write {escape}]52;c;ZWNobyBoaQ==\u0007, a bell \u0007 and a title change {escape}]0;pwned\u0007: "
                    "the browser shows all of them as visible escapes.",
        }],
        "analysis": [],
        "attachments": [],
    }
