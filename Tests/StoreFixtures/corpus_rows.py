"""The store test data: corpus vCons in the vcon-server PostgreSQL layout, plus generated and hostile rows.

Used by seed.py (PostgreSQL, through psql COPY) and vcon_server.py (the local API server), so both sources
serve the same data. Python standard library only.
"""
import datetime
import json
import os
import random
import uuid as uuidlib

EPOCH = datetime.datetime(1970, 1, 1)


def _naive(created_at):
    """The wall-clock time as PostgreSQL's `timestamp without time zone` keeps it (offset ignored), or None."""
    if not isinstance(created_at, str):
        return None
    text = created_at.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1]
    try:
        value = datetime.datetime.fromisoformat(text)
    except ValueError:
        return None
    return value.replace(tzinfo=None)


def corpus_rows(corpus):
    """Every unsigned corpus vCon with a canonical uuid and a readable created_at, one per uuid (path order).

    Yields dicts: id, created (naive datetime), subject, version, doc (the parsed vCon), text (its JSON text,
    compact, as vcon-server's json.dumps writes it), path.
    """
    seen = set()
    paths = []
    for root, dirs, files in os.walk(corpus):
        dirs.sort()
        for name in sorted(files):
            if name.endswith((".json", ".vcon")):
                paths.append(os.path.join(root, name))
    for path in paths:
        try:
            with open(path, "rb") as handle:
                raw = handle.read()
            doc = json.loads(raw.decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue
        if not isinstance(doc, dict) or "payload" in doc or "ciphertext" in doc:
            continue
        try:
            key = str(uuidlib.UUID(str(doc.get("uuid"))))
        except ValueError:
            continue
        if key != str(doc.get("uuid")).lower() or key in seen:
            continue
        created = _naive(doc.get("created_at"))
        if created is None:
            continue
        text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
        if "\\u0000" in text:  # jsonb cannot hold NUL
            continue
        seen.add(key)
        subject = doc.get("subject") if isinstance(doc.get("subject"), str) else None
        version = doc.get("vcon") if isinstance(doc.get("vcon"), str) else ""
        yield {"id": key, "created": created, "subject": subject, "version": version, "doc": doc, "text": text,
               "path": os.path.relpath(path, corpus)}


NAMES = ["Alice", "Bob", "Carol", "Dave", "Erin", "Frank", "Grace", "Heidi", "Ivan", "Judy"]


def generated_doc(n, start=datetime.datetime(2025, 1, 1)):
    """The n-th generated vCon (deterministic): two parties, one text dialog, one second apart."""
    rng = random.Random(n)
    created = start + datetime.timedelta(seconds=n)
    key = str(uuidlib.UUID(int=rng.getrandbits(128), version=4))
    a, b = rng.choice(NAMES), rng.choice(NAMES)
    tel_a = "+1555%07d" % (n % 10_000_000)
    doc = {
        "vcon": "0.4.0", "uuid": key, "created_at": created.isoformat() + "+00:00",
        "subject": "generated call %d" % n,
        "parties": [{"tel": tel_a, "name": a}, {"mailto": "%s.%d@example.com" % (b.lower(), n % 1000), "name": b}],
        "dialog": [{"type": "text", "start": created.isoformat() + "+00:00", "parties": [0, 1],
                    "body": "hello %d" % n, "encoding": "none", "mediatype": "text/plain"}],
    }
    return {"id": key, "created": created, "subject": doc["subject"], "version": "0.4.0", "doc": doc,
            "text": json.dumps(doc, separators=(",", ":"))}


MISSING_UUID = "00000000-0000-4000-8000-00000000dead"


def linked_doc(n):
    """The n-th generated vCon with links for the browser's store tests: every n ending in 99 is a redacted
    version of n - 300 (a page or more further down the newest-first list), every n ending in 98 groups n - 1
    and a uuid no row has."""
    row = generated_doc(n)
    doc = row["doc"]
    if n % 100 == 99 and n >= 300:
        doc["redacted"] = {"uuid": generated_doc(n - 300)["id"], "type": "pii"}
    if n % 100 == 98 and n >= 1:
        doc["group"] = [{"uuid": generated_doc(n - 1)["id"]}, {"uuid": MISSING_UUID}]
    row["text"] = json.dumps(doc, separators=(",", ":"))
    return row


def deep_json(depth):
    """A JSON text nested `depth` arrays deep (built as text: Python's json recurses)."""
    return "[" * depth + "]" * depth


def hostile_rows():
    """Rows a hostile writer could put in the table: escapes in every text column, deep JSON, a huge version column."""
    escape = "\x1b[2J\x1b]0;owned\x07\u202eevil"
    base = datetime.datetime(2026, 6, 1)
    rows = []
    doc = {"vcon": "0.4.0", "uuid": "00000000-0000-4000-8000-00000000e5c0", "created_at": "2026-06-01T00:00:00+00:00",
           "subject": escape, "parties": [{"name": escape, "tel": "+15550000"}], "dialog": []}
    rows.append({"id": doc["uuid"], "created": base, "subject": escape, "version": "0.4.0\x1b[31m", "doc": doc,
                 "text": json.dumps(doc, ensure_ascii=False, separators=(",", ":"))})
    deep_id = "00000000-0000-4000-8000-00000000dee9"
    deep_text = ('{"vcon":"0.4.0","uuid":"%s","created_at":"2026-06-01T00:00:01+00:00","parties":[],"dialog":[],'
                 '"attachments":[{"purpose":"deep","encoding":"json","body":%s}]}') % (deep_id, deep_json(10000))
    rows.append({"id": deep_id, "created": base + datetime.timedelta(seconds=1), "subject": "deep", "version": "0.4.0",
                 "doc": None, "text": deep_text})
    big_id = "00000000-0000-4000-8000-0000000b1600"
    big = {"vcon": "0.4.0", "uuid": big_id, "created_at": "2026-06-01T00:00:02+00:00", "subject": "huge version column",
           "parties": [], "dialog": []}
    rows.append({"id": big_id, "created": base + datetime.timedelta(seconds=2), "subject": big["subject"],
                 "version": "9" * (100 * 1024 * 1024), "doc": big, "text": json.dumps(big, separators=(",", ":"))})
    return rows


def copy_line(row):
    """One line of PostgreSQL COPY text format for the vcon-server table (id, vcon, uuid, created_at, updated_at,
    subject, vcon_json)."""
    def field(value):
        if value is None:
            return "\\N"
        return (value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r"))
    created = row["created"].isoformat(sep=" ")
    return "\t".join([row["id"], field(row["version"]), row["id"], created, created, field(row["subject"]),
                      field(row["text"])]) + "\n"
