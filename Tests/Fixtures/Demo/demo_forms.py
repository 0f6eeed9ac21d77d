"""The signed and encrypted members: every badge of the Security pane, from the same demo PKI.

signed            JWS, x5c = signer, Demo Intermediate CA, Demo Root CA          ✔ [S]  (with the demo root)
signed-gzip       the same, payload gzip-compressed (cty application/vcon+gzip)  ✔ [S]
signed-broken     signed, then the payload edited                                ✖ [S!]
signed-stranger   signed by a self-signed certificate outside the demo root      ? [s?]
encrypted         JWE (RSA-OAEP, A256CBC-HS512) over a signed JWS, demo key      ✔ [S]  after decryption
encrypted-unsigned JWE over an unsigned vCon                                     ⚠ [E!]
encrypted-locked  JWE for a key that was thrown away                             🔒 [E]
"""

import json

from demo_jose import break_signature, encrypt, sign, vcon_bytes
from demo_vcons import ALICE, BOB, uuid_of


def _note(name, subject, created, text, parties=None):
    return {
        "vcon": "0.4.0",
        "uuid": uuid_of(name),
        "created_at": created,
        "subject": subject,
        "parties": parties or [dict(ALICE), dict(BOB)],
        "dialog": [{
            "type": "text", "start": created, "duration": 0, "parties": [0, 1], "originator": 0,
            "mediatype": "text/plain", "encoding": "none", "body": text,
        }],
        "analysis": [],
        "attachments": [],
    }


def forms(pki):
    """(name, JSON object) for each signed or encrypted member."""
    chain = [pki.signer, pki.intermediate, pki.root]
    signed_payload = _note("signed", "Signed: order confirmation (verified against the demo root)", "2026-02-05T10:00:00Z",
                           "Please confirm the order of two smart meters for 3 March.")
    gzip_payload = _note("signed-gzip", "Signed with a gzip-compressed payload", "2026-02-05T10:05:00Z",
                         "Compressed before signing: cty application/vcon+gzip.")
    broken_payload = _note("signed-broken", "Signed, then edited: the signature no longer matches", "2026-02-05T10:10:00Z",
                           "Refund amount: 20.00")
    edited = json.loads(json.dumps(broken_payload))
    edited["dialog"][0]["body"] = "Refund amount: 2000.00"
    stranger_payload = _note("signed-stranger", "Signed by a stranger: valid signature, untrusted certificate",
                             "2026-02-05T10:15:00Z", "Signed with a self-signed certificate that no demo root vouches for.")
    inner = _note("encrypted", "Encrypted, then opened with the built-in demo key", "2026-02-06T08:00:00Z",
                  "Account recovery: identity confirmed with two security questions.")
    unsigned_secret = _note("encrypted-unsigned", "Encrypted but not signed: anyone could have made this", "2026-02-06T08:10:00Z",
                            "Sealed for the demo recipient, but nobody signed it.")
    locked = _note("encrypted-locked", "Encrypted for someone else: stays locked", "2026-02-06T08:20:00Z",
                   "You cannot read this: the demo does not have the key.")

    signed_inner = sign(inner, pki.signer_key, chain)
    return [
        ("signed", sign(signed_payload, pki.signer_key, chain)),
        ("signed-gzip", sign(gzip_payload, pki.signer_key, chain, gzip_payload=True)),
        ("signed-broken", break_signature(sign(broken_payload, pki.signer_key, chain), edited)),
        ("signed-stranger", sign(stranger_payload, pki.stranger_key, [pki.stranger])),
        ("encrypted", encrypt(json.dumps(signed_inner, indent=2).encode(), inner["uuid"], pki.recipient)),
        ("encrypted-unsigned", encrypt(vcon_bytes(unsigned_secret), unsigned_secret["uuid"], pki.recipient)),
        ("encrypted-locked", encrypt(vcon_bytes(locked), locked["uuid"], _locked_certificate(pki))),
    ]


class _PublicOnly:
    """Just enough of a certificate for `encrypt`: the throwaway key's public half."""

    def __init__(self, key):
        self._key = key

    def public_key(self):
        return self._key.public_key()


def _locked_certificate(pki):
    return _PublicOnly(pki.locked_key)
