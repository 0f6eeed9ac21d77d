"""The demo's SIP call (draft-howe-vcon-sip-signaling-00): a message trace, individual SIP messages and STIR.

Dialog 0 is Alice's call to Bob, recorded, with a `sip-message-trace` (INVITE with SDP, 100, 180, 200 OK
with SDP, the 200 OK retransmitted, ACK, BYE, 200). Dialog 1 is Carol's attempt during that call, rejected
with 486 Busy Here, kept as three `message/sip` attachments. Alice's PASSporT verifies and its report
agrees; Carol's PASSporT was altered (it no longer verifies) while the verifier's report says "verified".
"""

import datetime

from demo_jose import passport, tamper_passport
from demo_media import b64url
from demo_pki import pem
from demo_vcons import ALICE, BOB, CAROL, uuid_of

CALL_ID = "7f3a9c2e1b40d5@pc-alice.example.com"
CAROL_CALL_ID = "c4r01-5e77-991a@carol-phone.example.org"
ALICE_URI = "sip:+15550100101@example.com"
BOB_URI = "sip:bob.okafor@support.example.net"
CAROL_URI = "sip:+15550100303@example.org"
STI_URL = "https://sti.demo.vcon-browser.example/sti-sp.pem"


def _time(seconds: float) -> str:
    moment = datetime.datetime(2026, 3, 3, 14, 30, tzinfo=datetime.timezone.utc) + datetime.timedelta(seconds=seconds)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _sdp(user: str, session: int, address: str, port: int, codecs) -> str:
    lines = [
        "v=0", f"o={user} {session} {session} IN IP4 {address}", "s=-", f"c=IN IP4 {address}", "t=0 0",
        f"m=audio {port} RTP/AVP {' '.join(str(pt) for pt, _ in codecs)}",
    ] + [f"a=rtpmap:{pt} {name}" for pt, name in codecs] + ["a=sendrecv"]
    return "\r\n".join(lines) + "\r\n"


OFFER = _sdp("alice", 2890844526, "198.51.100.5", 49170, [(0, "PCMU/8000"), (8, "PCMA/8000"), (101, "telephone-event/8000")])
ANSWER = _sdp("bob", 2890844730, "203.0.113.10", 3456, [(0, "PCMU/8000"), (101, "telephone-event/8000")])


def _identity(token: str) -> str:
    return f"{token};info=<{STI_URL}>;alg=ES256;ppt=shaken"


def _trace(alice_passport: str):
    invite_via = "SIP/2.0/UDP 198.51.100.5:5060;branch=z9hG4bK74bf9a1"
    from_alice = f"\"Alice Moreno\" <{ALICE_URI}>;tag=a11ce7"
    to_bob = f"\"Bob Okafor\" <{BOB_URI}>"
    to_bob_tagged = to_bob + ";tag=b0b42f"

    def response(at, code, text, sdp=None, extra=None):
        headers = {"Via": invite_via, "From": from_alice, "To": to_bob if code == 100 else to_bob_tagged,
                   "Call-ID": CALL_ID, "CSeq": "101 INVITE"}
        headers.update(extra or {})
        entry = {"timestamp": _time(at), "direction": "received", "party": 1, "status_code": code, "status_text": text,
                 "headers": headers}
        if sdp:
            headers["Content-Type"] = "application/sdp"
            entry["body"] = sdp
        return entry

    ok = response(3.4, 200, "OK", ANSWER, {"Contact": "<sip:bob.okafor@203.0.113.10:5060>"})
    retransmitted = dict(ok, timestamp=_time(3.9))
    return {
        "version": "1.0",
        "call_id": CALL_ID,
        "messages": [
            {
                "timestamp": _time(0.001), "direction": "sent", "party": 0, "method": "INVITE",
                "headers": {
                    "Via": invite_via, "Max-Forwards": "70", "From": from_alice, "To": to_bob, "Call-ID": CALL_ID,
                    "CSeq": "101 INVITE", "Contact": "<sip:alice@198.51.100.5:5060>", "User-Agent": "DemoPhone/2.1",
                    "Identity": _identity(alice_passport), "Content-Type": "application/sdp",
                },
                "body": OFFER,
            },
            response(0.05, 100, "Trying"),
            response(1.2, 180, "Ringing"),
            ok,
            retransmitted,
            {
                "timestamp": _time(3.95), "direction": "sent", "party": 0, "method": "ACK",
                "headers": {"Via": "SIP/2.0/UDP 198.51.100.5:5060;branch=z9hG4bK74bf9a2", "From": from_alice,
                            "To": to_bob_tagged, "Call-ID": CALL_ID, "CSeq": "101 ACK"},
            },
            {
                "timestamp": _time(6.0), "direction": "received", "party": 1, "method": "BYE",
                "headers": {"Via": "SIP/2.0/UDP 203.0.113.10:5060;branch=z9hG4bK5d1e3c7", "From": to_bob_tagged,
                            "To": from_alice, "Call-ID": CALL_ID, "CSeq": "201 BYE"},
            },
            {
                "timestamp": _time(6.04), "direction": "sent", "party": 0, "status_code": 200, "status_text": "OK",
                "headers": {"Via": "SIP/2.0/UDP 203.0.113.10:5060;branch=z9hG4bK5d1e3c7", "From": to_bob_tagged,
                            "To": from_alice, "Call-ID": CALL_ID, "CSeq": "201 BYE"},
            },
        ],
    }


def _wire(start_line: str, headers, body: str = "") -> str:
    lines = [start_line] + [f"{name}: {value}" for name, value in headers] + [f"Content-Length: {len(body.encode())}"]
    return "\r\n".join(lines) + "\r\n\r\n" + body


def _carol_messages(carol_passport: str):
    via = "SIP/2.0/UDP 192.0.2.33:5060;branch=z9hG4bKc0ffee1"
    from_carol = f"\"Carol Nguyen\" <{CAROL_URI}>;tag=ca501"
    to_bob = f"<{BOB_URI}>"
    sdp = _sdp("carol", 3344556677, "192.0.2.33", 40000, [(0, "PCMU/8000")])
    invite = _wire(f"INVITE {BOB_URI} SIP/2.0", [
        ("Via", via), ("Max-Forwards", "70"), ("From", from_carol), ("To", to_bob), ("Call-ID", CAROL_CALL_ID),
        ("CSeq", "1 INVITE"), ("Contact", "<sip:carol@192.0.2.33:5060>"), ("Identity", _identity(carol_passport)),
        ("Content-Type", "application/sdp"),
    ], sdp)
    busy = _wire("SIP/2.0 486 Busy Here", [
        ("Via", via), ("From", from_carol), ("To", to_bob + ";tag=b0b99a"), ("Call-ID", CAROL_CALL_ID), ("CSeq", "1 INVITE"),
    ])
    ack = _wire(f"ACK {BOB_URI} SIP/2.0", [
        ("Via", via), ("Max-Forwards", "70"), ("From", from_carol), ("To", to_bob + ";tag=b0b99a"),
        ("Call-ID", CAROL_CALL_ID), ("CSeq", "1 ACK"),
    ])
    return [("sip-invite", 5.0, 2, invite), ("sip-response", 5.08, 1, busy), ("sip-ack", 5.1, 2, ack)]


def sip_call(pki, media):
    iat = int(datetime.datetime(2026, 3, 3, 14, 30, tzinfo=datetime.timezone.utc).timestamp())
    alice_passport = passport(pki.sti_key, {
        "attest": "A", "dest": {"tn": ["15550100202"]}, "iat": iat, "orig": {"tn": "15550100101"},
        "origid": "5e1d7c2a-8b3f-4e6a-9d0c-1f2e3a4b5c6d"})
    carol_claims = {"attest": "C", "dest": {"tn": ["15550100202"]}, "iat": iat + 5, "orig": {"tn": "15550100303"},
                    "origid": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"}
    # Signed with attestation C, then edited to claim A: the signature no longer matches the claims.
    carol_passport = tamper_passport(passport(pki.sti_key, carol_claims), dict(carol_claims, attest="A"))
    chain = (pem(pki.sti) + pem(pki.sti_ca)).decode()

    def stir_attachments(party, at, report):
        return [
            {"purpose": "stir-certificate", "start": _time(at), "party": party, "dialog": 0 if party == 0 else 1,
             "mediatype": "application/pem-certificate-chain", "encoding": "none", "body": chain},
            {"purpose": "stir-verification-report", "start": _time(at + 0.1), "party": party,
             "dialog": 0 if party == 0 else 1, "mediatype": "application/json", "encoding": "json", "body": report},
        ]

    attachments = [{
        "purpose": "sip-message-trace", "start": _time(0.001), "party": 0, "dialog": 0,
        "mediatype": "application/json", "encoding": "json", "body": _trace(alice_passport),
    }, {
        "purpose": "sip-headers", "start": _time(0.001), "party": 0, "dialog": 0, "mediatype": "application/json",
        "encoding": "json", "body": {
            "Call-ID": CALL_ID, "P-Asserted-Identity": f"<{ALICE_URI}>",
            "History-Info": [f"<{BOB_URI}>;index=1", "<sip:queue-billing@support.example.net>;index=1.1"],
        },
    }]
    attachments += stir_attachments(0, 0.002, {
        "verifier": "support.example.net verification service", "timestamp": _time(0.1), "result": "verified",
        "attestation": "A", "orig_tn": "+15550100101", "dest_tn": ["+15550100202"]})
    for purpose, at, party, text in _carol_messages(carol_passport):
        attachments.append({"purpose": purpose, "start": _time(at), "party": party, "dialog": 1,
                            "mediatype": "message/sip", "encoding": "none", "body": text})
    attachments += stir_attachments(2, 5.001, {
        "verifier": "example.org gateway (demo)", "timestamp": _time(5.05), "result": "verified",
        "attestation": "A", "orig_tn": "+15550100303", "dest_tn": ["+15550100202"]})

    alice = dict(ALICE, sip=ALICE_URI, stir=alice_passport, sip_contact="sip:alice@198.51.100.5:5060",
                 sip_user_agent="DemoPhone/2.1", sip_display_name="Alice Moreno")
    bob = dict(BOB, sip_contact="sip:bob.okafor@203.0.113.10:5060", sip_user_agent="DemoDesk/7.4",
               sip_display_name="Bob Okafor")
    carol = dict(CAROL, sip=CAROL_URI, stir=carol_passport)
    return {
        "vcon": "0.4.0",
        "uuid": uuid_of("sip-call"),
        "created_at": "2026-03-03T14:31:00Z",
        "subject": "SIP call with STIR/SHAKEN: Alice calls Bob; Carol gets busy",
        "extensions": ["sip-signaling"],
        "parties": [alice, bob, carol],
        "dialog": [
            {
                "type": "recording", "start": _time(3.95), "duration": 2.0, "parties": [0, 1], "originator": 0,
                "mediatype": "audio/x-wav", "filename": "sip-call.wav", "encoding": "base64url", "body": b64url(media.sip_call),
                "session_id": {"local": "a1b2c3d4e5f60718293a4b5c6d7e8f90", "remote": "0f1e2d3c4b5a69788796a5b4c3d2e1f0"},
                "sip_call_id": CALL_ID, "sip_from_tag": "a11ce7", "sip_to_tag": "b0b42f", "sip_cseq": 101,
            },
            {
                "type": "incomplete", "start": _time(5.0), "duration": 0.1, "parties": [2, 1], "originator": 2,
                "disposition": "busy", "sip_call_id": CAROL_CALL_ID, "sip_from_tag": "ca501", "sip_cseq": 1,
            },
        ],
        "analysis": [],
        "attachments": attachments,
    }
