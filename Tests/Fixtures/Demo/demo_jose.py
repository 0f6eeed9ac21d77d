"""JWS, JWE and PASSporT forms of the demo vCons, made with joserfc.

Headers follow RFC 7515/7516 (protected and unprotected sets disjoint): the JWS protected header has
`alg` (and `cty` for a gzip payload), the unprotected header `x5c` and `uuid`; the JWE protected header
has `enc`, the unprotected `cty` and `uuid`, each recipient `alg`.
"""

import base64
import gzip
import json

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from joserfc import jwe, jws
from joserfc.jwe import GeneralJSONEncryption, JWERegistry
from joserfc.jwk import RSAKey
from joserfc.jws import JWSRegistry
from joserfc.registry import HeaderParameter

from demo_pki import der

# The vCon drafts register `uuid` as a JWS/JWE header parameter.
_EXTRA = {"uuid": HeaderParameter("vCon uuid", "str")}
JWS_REGISTRY = JWSRegistry(header_registry=dict(_EXTRA))
JWE_REGISTRY = JWERegistry(header_registry=dict(_EXTRA))


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def vcon_bytes(vcon: dict) -> bytes:
    """The unsigned vCon as it is signed: UTF-8 JSON, two-space indent, keys in written order."""
    return (json.dumps(vcon, indent=2, ensure_ascii=False) + "\n").encode()


def sign(vcon: dict, key, chain, gzip_payload=False) -> dict:
    """JWS General JSON over the vCon, RS256, with the certificate chain in x5c (leaf first)."""
    payload = vcon_bytes(vcon)
    protected = {"alg": "RS256"}
    if gzip_payload:
        # mtime=0 keeps the payload stable between runs.
        payload = gzip.compress(payload, mtime=0)
        protected["cty"] = "application/vcon+gzip"
    header = {"x5c": [base64.b64encode(der(cert)).decode() for cert in chain], "uuid": vcon["uuid"]}
    return jws.serialize_json([{"protected": protected, "header": header}], payload, RSAKey.import_key(key),
                              registry=JWS_REGISTRY)


def break_signature(signed: dict, edited_vcon: dict) -> dict:
    """The same signature over an edited payload: what a tampered file looks like."""
    broken = json.loads(json.dumps(signed))
    broken["payload"] = b64url(vcon_bytes(edited_vcon))
    return broken


def encrypt(plaintext: bytes, uuid: str, recipient_cert) -> dict:
    """JWE General JSON: RSA-OAEP key wrap for the certificate's key, A256CBC-HS512 content."""
    obj = GeneralJSONEncryption({"enc": "A256CBC-HS512"}, plaintext, unprotected={"cty": "application/vcon", "uuid": uuid})
    obj.add_recipient({"alg": "RSA-OAEP"}, RSAKey.import_key(recipient_cert.public_key()))
    return jwe.encrypt_json(obj, None, registry=JWE_REGISTRY)


def passport(sti_key, claims: dict) -> str:
    """A SHAKEN PASSporT (RFC 8225/8588): compact JWS, ES256.

    Signed by hand with deterministic ECDSA (RFC 6979) so that the SIP call stays identical between runs;
    JOSE wants the raw R||S form, not DER.
    """
    header = {"alg": "ES256", "ppt": "shaken", "typ": "passport", "x5u": "https://sti.demo.vcon-browser.example/sti-sp.pem"}
    signing_input = b64url(json.dumps(header, separators=(",", ":")).encode()) + "." + b64url(
        json.dumps(claims, separators=(",", ":")).encode())
    der_signature = sti_key.sign(signing_input.encode(), ec.ECDSA(hashes.SHA256(), deterministic_signing=True))
    r, s = decode_dss_signature(der_signature)
    return signing_input + "." + b64url(r.to_bytes(32, "big") + s.to_bytes(32, "big"))


def tamper_passport(token: str, claims: dict) -> str:
    """The PASSporT's header and signature with other claims: its signature no longer verifies."""
    head, _, signature = token.split(".")
    return ".".join([head, b64url(json.dumps(claims, separators=(",", ":")).encode()), signature])
