#!/usr/bin/env python3
"""Generates the VConCryptoTests fixtures: a v3 test PKI, signed/encrypted vCons for every
algorithm, a tamper set, content-hash and STIR cases. Run from this directory:

    python3 generate.py

Needs only `cryptography`. Keys are random, so every run rewrites every file; the tests check
verdicts and reasons, never bytes. JOSE is assembled by hand here on purpose, so that the
tamper cases (flipped bytes, alg confusion, duplicate headers) can be built exactly.
"""
import base64, datetime, gzip, hashlib, hmac, json, os, shutil

from cryptography import x509
from cryptography.x509.oid import NameOID
from cryptography.hazmat.primitives import hashes, serialization, padding as sympad
from cryptography.hazmat.primitives.asymmetric import rsa, ec, ed25519, padding
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

OUT = os.path.dirname(os.path.abspath(__file__))
PKI = os.path.join(OUT, "pki")
UUID = "0193a1b2-c3d4-8e5f-9a0b-1c2d3e4f5a6b"


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def b64u_json(obj):
    return b64u(json.dumps(obj, separators=(",", ":")).encode())


def write(name, obj):
    path = os.path.join(OUT, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w" if isinstance(obj, (str, dict, list)) else "wb") as f:
        if isinstance(obj, (dict, list)):
            json.dump(obj, f, indent=1)
            f.write("\n")
        else:
            f.write(obj)


def pem_key(key):
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())


def pem_cert(cert):
    return cert.public_bytes(serialization.Encoding.PEM)


def der_b64(cert):
    return base64.b64encode(cert.public_bytes(serialization.Encoding.DER)).decode()


def name(cn):
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "vcon-browser test PKI"),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def make_cert(subject_cn, key, issuer_cn, issuer_key, ca, start, end, pathlen=None):
    builder = (x509.CertificateBuilder().subject_name(name(subject_cn)).issuer_name(name(issuer_cn))
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(start).not_valid_after(end)
               .add_extension(x509.BasicConstraints(ca=ca, path_length=pathlen), critical=True))
    if ca:
        builder = builder.add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
    else:
        builder = builder.add_extension(x509.KeyUsage(True, False, False, False, False, False, False, False, False), critical=True)
    builder = builder.add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    algorithm = None if isinstance(issuer_key, ed25519.Ed25519PrivateKey) else hashes.SHA256()
    return builder.sign(issuer_key, algorithm)


T0 = datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)
T1 = datetime.datetime(2044, 1, 1, tzinfo=datetime.timezone.utc)


def pki():
    if os.path.isdir(PKI):
        shutil.rmtree(PKI)
    os.makedirs(PKI)
    root_key = ec.generate_private_key(ec.SECP256R1())
    root = make_cert("Test Root CA", root_key, "Test Root CA", root_key, True, T0, T1)
    root2_key = ec.generate_private_key(ec.SECP256R1())
    root2 = make_cert("Test Root CA", root2_key, "Test Root CA", root2_key, True, T0, T1)
    inter_key = ec.generate_private_key(ec.SECP256R1())
    inter = make_cert("Test Intermediate CA", inter_key, "Test Root CA", root_key, True, T0, T1, pathlen=0)
    leaves = {
        "rsa": rsa.generate_private_key(65537, 2048),
        "p256": ec.generate_private_key(ec.SECP256R1()),
        "p384": ec.generate_private_key(ec.SECP384R1()),
        "p521": ec.generate_private_key(ec.SECP521R1()),
        "ed25519": ed25519.Ed25519PrivateKey.generate(),
    }
    certs = {k: make_cert(f"signer-{k}.example.test", v, "Test Intermediate CA", inter_key, False, T0, T1) for k, v in leaves.items()}
    expired_key = rsa.generate_private_key(65537, 2048)
    expired = make_cert("expired.example.test", expired_key, "Test Intermediate CA", inter_key, False,
                        datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc),
                        datetime.datetime(2021, 1, 1, tzinfo=datetime.timezone.utc))
    other_key = rsa.generate_private_key(65537, 2048)
    other = make_cert("other.example.test", other_key, "Test Intermediate CA", inter_key, False, T0, T1)
    recipient = rsa.generate_private_key(65537, 2048)
    wrong = rsa.generate_private_key(65537, 2048)
    write("pki/root.pem", pem_cert(root))
    write("pki/root2-same-dn.pem", pem_cert(root2))
    write("pki/intermediate.pem", pem_cert(inter))
    for k in leaves:
        write(f"pki/{k}.pem", pem_cert(certs[k]))
    write("pki/recipient.key", pem_key(recipient))
    write("pki/wrong-recipient.key", pem_key(wrong))
    write("pki/hybrid-public.pem", leaves["rsa"].public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    dir_key = os.urandom(32)
    write("pki/dir-a256gcm.key", b64u(dir_key) + "\n")
    write("pki/x5u-chain.pem", pem_cert(certs["p256"]) + pem_cert(inter))
    return dict(root=root, inter=inter, inter_key=inter_key, leaves=leaves, certs=certs, expired=expired, expired_key=expired_key,
                other=other, recipient=recipient, wrong=wrong, dir_key=dir_key)


HASHES = {"256": hashes.SHA256(), "384": hashes.SHA384(), "512": hashes.SHA512()}
CURVE_BYTES = {"256": 32, "384": 48, "512": 66}


def sign(alg, key, data):
    if alg == "EdDSA":
        return key.sign(data)
    bits = alg[2:]
    if alg.startswith("RS"):
        return key.sign(data, padding.PKCS1v15(), HASHES[bits])
    if alg.startswith("PS"):
        return key.sign(data, padding.PSS(padding.MGF1(HASHES[bits]), HASHES[bits].digest_size), HASHES[bits])
    if alg.startswith("ES"):
        r, s = decode_dss_signature(key.sign(data, ec.ECDSA(HASHES[bits])))
        n = CURVE_BYTES[bits]
        return r.to_bytes(n, "big") + s.to_bytes(n, "big")
    raise ValueError(alg)


def vcon(body="hello from the fixture", uuid=UUID):
    return {"vcon": "0.4.0", "uuid": uuid, "created_at": "2025-01-02T03:04:05Z",
            "parties": [{"name": "Alice", "tel": "+15550001"}, {"name": "Bob", "tel": "+15550002"}],
            "dialog": [{"type": "text", "start": "2025-01-02T03:04:05Z", "parties": [0, 1],
                        "mediatype": "text/plain", "encoding": "none", "body": body}]}


def payload_bytes(obj):
    return json.dumps(obj, separators=(",", ":")).encode()


def signature_entry(alg, key, chain, payload_b64, protected=None, header=None, x5c=True):
    prot = protected if protected is not None else {"alg": alg}
    prot_b64 = b64u_json(prot)
    sig = sign(alg, key, (prot_b64 + "." + payload_b64).encode())
    hdr = {"uuid": UUID}
    if x5c:
        hdr["x5c"] = [der_b64(c) for c in chain]
    if header:
        hdr.update(header)
    return {"protected": prot_b64, "header": hdr, "signature": b64u(sig)}


def general(payload_b64, *entries):
    return {"payload": payload_b64, "signatures": list(entries)}


LEAF_FOR = {"RS": "rsa", "PS": "rsa", "ES256": "p256", "ES384": "p384", "ES512": "p521", "EdDSA": "ed25519"}


def leaf_for(alg, p):
    k = LEAF_FOR.get(alg) or LEAF_FOR[alg[:2]]
    return p["leaves"][k], [p["certs"][k], p["inter"]]


def flip(b, index):
    b = bytearray(b)
    b[index] ^= 0x01
    return bytes(b)


def unb64u(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def jws_fixtures(p):
    body = payload_bytes(vcon())
    pl = b64u(body)
    for alg in ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"]:
        key, chain = leaf_for(alg, p)
        write(f"jws/{alg.lower()}.json", general(pl, signature_entry(alg, key, chain, pl)))
    key, chain = leaf_for("RS256", p)
    ok = signature_entry("RS256", key, chain, pl)
    write("jws/flattened-rs256.json", {"payload": pl, **ok})
    ekey, echain = leaf_for("ES256", p)
    prot = b64u_json({"alg": "ES256", "x5c": [der_b64(c) for c in echain], "uuid": UUID})
    write("jws/compact-es256.jws", prot + "." + pl + "." + b64u(sign("ES256", ekey, (prot + "." + pl).encode())))
    write("jws/two-signatures.json", general(pl, ok, signature_entry("ES256", ekey, echain, pl)))
    # Spec-example style: alg and x5c repeated in protected and unprotected header.
    x5c = [der_b64(c) for c in chain]
    write("jws/repeated-headers.json", general(pl, signature_entry("RS256", key, chain, pl, protected={"alg": "RS256", "x5c": x5c}, header={"alg": "RS256"})))
    write("jws/conflicting-alg.json", general(pl, signature_entry("RS256", key, chain, pl, header={"alg": "RS512"})))
    write("jws/crit-unknown.json", general(pl, signature_entry("RS256", key, chain, pl, protected={"alg": "RS256", "crit": ["x-unknown"], "x-unknown": 1})))
    write("jws/uuid-mismatch.json", general(pl, signature_entry("RS256", key, chain, pl, header={"uuid": "0193a1b2-0000-8000-8000-000000000000"})))
    gz = b64u(gzip.compress(body, mtime=0))
    write("jws/gzip-payload.json", general(gz, signature_entry("RS256", key, chain, gz)))
    inner = json.dumps(general(pl, ok), separators=(",", ":")).encode()
    ipl = b64u(inner)
    write("jws/nested.json", general(ipl, signature_entry("ES256", ekey, echain, ipl)))
    broken_inner = general(pl, dict(ok, signature=b64u(flip(unb64u(ok["signature"]), 10))))
    bpl = b64u(json.dumps(broken_inner, separators=(",", ":")).encode())
    write("jws/nested-broken-inner.json", general(bpl, signature_entry("ES256", ekey, echain, bpl)))
    # vcon-lib hybrid: unsigned copy beside payload/signatures; no x5c (the key is pinned).
    hyb = signature_entry("RS256", key, chain, pl, x5c=False)
    del hyb["header"]
    write("jws/hybrid-match.json", dict(vcon(), payload=pl, signatures=[hyb]))
    write("jws/hybrid-mismatch.json", dict(vcon(body="edited after signing"), payload=pl, signatures=[hyb]))
    # x5u with a local chain copy.
    write("jws/x5u.json", general(pl, signature_entry("ES256", ekey, echain, pl, x5c=False,
                                                       header={"x5u": "https://certs.example.test/chain.pem"})))
    # Tamper set.
    tampered_body = body.replace(b"hello", b"hellp")
    write("tamper/payload-byte.json", general(b64u(tampered_body), ok))
    write("tamper/signature-byte.json", general(pl, dict(ok, signature=b64u(flip(unb64u(ok["signature"]), 20)))))
    kid = signature_entry("RS256", key, chain, pl, protected={"alg": "RS256", "kid": "a"})
    write("tamper/protected-byte.json", general(pl, dict(kid, protected=b64u(unb64u(kid["protected"]).replace(b'"a"', b'"`"')))))
    okey = p["leaves"]["rsa"]
    write("tamper/x5c-other-key.json", general(pl, signature_entry("RS256", okey, [p["other"], p["inter"]], pl)))
    none_prot = b64u_json({"alg": "none"})
    write("tamper/alg-none.json", general(pl, {"protected": none_prot, "header": {"uuid": UUID, "x5c": x5c}, "signature": ""}))
    pub_pem = p["certs"]["rsa"].public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    hs_prot = b64u_json({"alg": "HS256"})
    mac = hmac.new(pub_pem, (hs_prot + "." + pl).encode(), hashlib.sha256).digest()
    write("tamper/hs256-public-key-secret.json", general(pl, {"protected": hs_prot, "header": {"uuid": UUID, "x5c": x5c}, "signature": b64u(mac)}))
    sig = unb64u(ok["signature"])
    write("tamper/signature-truncated.json", general(pl, dict(ok, signature=b64u(sig[: len(sig) // 2]))))
    write("tamper/signature-empty.json", general(pl, dict(ok, signature="")))
    write("tamper/expired-leaf.json", general(pl, signature_entry("RS256", p["expired_key"], [p["expired"], p["inter"]], pl)))
    return general(pl, ok)


def cbc_hs(enc_bits, cek, iv, plaintext, aad):
    n = len(cek) // 2
    mac_key, enc_key = cek[:n], cek[n:]
    padder = sympad.PKCS7(128).padder()
    padded = padder.update(plaintext) + padder.finalize()
    encryptor = Cipher(algorithms.AES(enc_key), modes.CBC(iv)).encryptor()
    ct = encryptor.update(padded) + encryptor.finalize()
    al = (len(aad) * 8).to_bytes(8, "big")
    digest = {"256": hashlib.sha256, "384": hashlib.sha384, "512": hashlib.sha512}[enc_bits]
    tag = hmac.new(mac_key, aad + iv + ct + al, digest).digest()[:n]
    return ct, tag


ENC_KEY = {"A128CBC-HS256": 32, "A192CBC-HS384": 48, "A256CBC-HS512": 64, "A128GCM": 16, "A192GCM": 24, "A256GCM": 32}


def encrypt(enc, cek, plaintext, aad):
    if "CBC" in enc:
        iv = os.urandom(16)
        ct, tag = cbc_hs(enc[-3:], cek, iv, plaintext, aad)
    else:
        iv = os.urandom(12)
        out = AESGCM(cek).encrypt(iv, plaintext, aad)
        ct, tag = out[:-16], out[-16:]
    return iv, ct, tag


def wrap(alg, public, cek):
    if alg == "RSA-OAEP":
        return public.encrypt(cek, padding.OAEP(padding.MGF1(hashes.SHA1()), hashes.SHA1(), None))
    if alg == "RSA-OAEP-256":
        return public.encrypt(cek, padding.OAEP(padding.MGF1(hashes.SHA256()), hashes.SHA256(), None))
    if alg == "RSA1_5":
        return public.encrypt(cek, padding.PKCS1v15())
    raise ValueError(alg)


def jwe_general(alg, enc, plaintext, public, cek=None, extra_aad=None, protected=None):
    cek = cek if cek is not None else os.urandom(ENC_KEY[enc])
    prot = b64u_json(protected if protected is not None else {"enc": enc})
    aad = prot.encode() + ((b"." + b64u(extra_aad).encode()) if extra_aad else b"")
    iv, ct, tag = encrypt(enc, cek, plaintext, aad)
    ek = b"" if alg == "dir" else wrap(alg, public, cek)
    out = {"protected": prot, "unprotected": {"cty": "application/vcon+json", "uuid": UUID},
           "recipients": [{"header": {"alg": alg}, "encrypted_key": b64u(ek)}],
           "iv": b64u(iv), "ciphertext": b64u(ct), "tag": b64u(tag)}
    if extra_aad:
        out["aad"] = b64u(extra_aad)
    return out


def jwe_fixtures(p, signed):
    plain = json.dumps(signed, separators=(",", ":")).encode()
    pub = p["recipient"].public_key()
    for enc in ENC_KEY:
        write(f"jwe/rsa-oaep-{enc.lower()}.json", jwe_general("RSA-OAEP", enc, plain, pub))
    write("jwe/rsa-oaep-256.json", jwe_general("RSA-OAEP-256", "A256GCM", plain, pub))
    write("jwe/rsa1_5.json", jwe_general("RSA1_5", "A128CBC-HS256", plain, pub))
    write("jwe/dir-a256gcm.json", jwe_general("dir", "A256GCM", plain, None, cek=p["dir_key"]))
    write("jwe/with-aad.json", jwe_general("RSA-OAEP", "A256CBC-HS512", plain, pub, extra_aad=b"extra authenticated data"))
    g = jwe_general("RSA-OAEP", "A256CBC-HS512", plain, pub)
    flat = {k: v for k, v in g.items() if k != "recipients"}
    flat.update(g["recipients"][0])
    write("jwe/flattened.json", flat)
    # Spec-example style: alg+enc protected, enc repeated in recipient and unprotected headers.
    spec = jwe_general("RSA-OAEP", "A256CBC-HS512", plain, pub, protected={"alg": "RSA-OAEP", "enc": "A256CBC-HS512"})
    spec["recipients"][0]["header"] = {"enc": "A256CBC-HS512"}
    spec["unprotected"]["enc"] = "A256CBC-HS512"
    write("jwe/spec-style-repeated.json", spec)
    legacy = dict(spec)
    legacy["cyphertext"] = legacy.pop("ciphertext")
    write("jwe/legacy-cyphertext.json", legacy)
    cek = os.urandom(64)
    prot = b64u_json({"alg": "RSA-OAEP", "enc": "A256CBC-HS512", "cty": "application/vcon+json"})
    iv, ct, tag = encrypt("A256CBC-HS512", cek, plain, prot.encode())
    write("jwe/compact.jwe", ".".join([prot, b64u(wrap("RSA-OAEP", pub, cek)), b64u(iv), b64u(ct), b64u(tag)]))
    write("jwe/unsigned-inside.json", jwe_general("RSA-OAEP", "A256GCM", payload_bytes(vcon()), pub))
    # Tamper set (all A256CBC-HS512 over the signed vCon).
    base = jwe_general("RSA-OAEP", "A256CBC-HS512", plain, pub)
    def tampered(field, index=5):
        t = json.loads(json.dumps(base))
        t[field] = b64u(flip(unb64u(t[field]), index))
        return t
    write("tamper/jwe-ciphertext-byte.json", tampered("ciphertext", 40))
    write("tamper/jwe-tag-byte.json", tampered("tag"))
    write("tamper/jwe-iv-byte.json", tampered("iv"))
    t = json.loads(json.dumps(base))
    t["ciphertext"] = b64u(unb64u(t["ciphertext"])[:-5])
    write("tamper/jwe-ciphertext-truncated.json", t)
    t = json.loads(json.dumps(base))
    t["tag"] = b64u(unb64u(t["tag"])[:16])
    write("tamper/jwe-tag-truncated.json", t)
    gcm = jwe_general("RSA-OAEP", "A256GCM", plain, pub)
    gcm["ciphertext"] = b64u(flip(unb64u(gcm["ciphertext"]), 7))
    write("tamper/jwe-gcm-ciphertext-byte.json", gcm)
    write("tamper/jwe-protected-byte.json", dict(base, protected=b64u(unb64u(base["protected"]) + b" ")))


def sha(alg, data):
    return alg + "-" + b64u(hashlib.new(alg, data).digest())


def hash_fixtures():
    clip = b"external media bytes\n" * 100
    note = b"a transcript kept as a hash-named file\n"
    v = vcon()
    v["dialog"] = [
        {"type": "text", "start": "2025-01-02T03:04:05Z", "parties": [0, 1], "mediatype": "text/plain",
         "encoding": "none", "body": "inline ok", "content_hash": sha("sha512", b"inline ok")},
        {"type": "text", "start": "2025-01-02T03:04:05Z", "parties": [0, 1], "mediatype": "text/plain",
         "encoding": "base64url", "body": b64u(b"inline bad"), "content_hash": sha("sha512", b"something else")},
        {"type": "recording", "start": "2025-01-02T03:04:05Z", "parties": [0, 1], "mediatype": "application/octet-stream",
         "url": "https://media.example.test/calls/clip.bin", "content_hash": [sha("sha256", clip), sha("sha512", clip)]},
        {"type": "recording", "start": "2025-01-02T03:04:05Z", "parties": [0, 1], "mediatype": "text/plain",
         "url": "https://media.example.test/t/transcript", "content_hash": sha("sha384", note)},
        {"type": "recording", "start": "2025-01-02T03:04:05Z", "parties": [0, 1], "mediatype": "audio/wav",
         "url": "https://media.example.test/missing.wav", "content_hash": sha("sha512", b"not here")},
        {"type": "recording", "start": "2025-01-02T03:04:05Z", "parties": [0, 1], "mediatype": "application/octet-stream",
         "url": "https://media.example.test/calls/clip.bin", "content_hash": sha("sha512", b"tampered expectation")},
    ]
    v["attachments"] = [{"purpose": "notes", "encoding": "none", "body": "legacy hashed",
                         "alg": "SHA-512", "signature": b64u(hashlib.sha512(b"legacy hashed").digest())}]
    write("hashes/hashes.vcon.json", v)
    write("hashes/files/clip.bin", clip)
    write(f"hashes/files/{sha('sha384', note)}.txt", note)


def stir_fixtures(p):
    key = ec.generate_private_key(ec.SECP256R1())
    cert = make_cert("sti-sp.example.test", key, "Test Intermediate CA", p["inter_key"], False, T0, T1)
    chain_pem = (pem_cert(cert) + pem_cert(p["inter"])).decode()
    def passport(orig, key_to_use=key):
        header = {"alg": "ES256", "ppt": "shaken", "typ": "passport", "x5u": "https://cert.example.test/sti.pem"}
        claims = {"attest": "A", "dest": {"tn": ["15550002"]}, "iat": 1735787045,
                  "orig": {"tn": orig}, "origid": "123e4567-e89b-12d3-a456-426655440000"}
        h, c = b64u_json(header), b64u_json(claims)
        return h + "." + c + "." + b64u(sign("ES256", key_to_use, (h + "." + c).encode()))
    good = passport("15550001")
    h, c, s = good.split(".")
    forged_claims = b64u(unb64u(c).replace(b"15550001", b"15550009"))
    forged = h + "." + forged_claims + "." + s
    v = vcon()
    v["parties"][0]["stir"] = good
    v["parties"][1]["stir"] = forged
    v["attachments"] = [
        {"purpose": "stir-certificate", "party": 0, "dialog": 0, "mediatype": "application/pem-certificate-chain",
         "encoding": "none", "body": chain_pem},
        {"purpose": "stir-certificate", "party": 1, "dialog": 0, "mediatype": "application/pem-certificate-chain",
         "encoding": "none", "body": chain_pem},
        {"purpose": "stir-verification-report", "party": 0, "dialog": 0, "mediatype": "application/json", "encoding": "json",
         "body": {"verifier": "test-verifier", "result": "verified", "attestation": "A", "orig_tn": "+15550001"}},
        {"purpose": "stir-verification-report", "party": 1, "dialog": 0, "mediatype": "application/json", "encoding": "json",
         "body": {"verifier": "test-verifier", "result": "verified", "attestation": "A", "orig_tn": "+15550009"}},
    ]
    write("stir/stir.vcon.json", v)
    w = vcon()
    w["parties"][0]["stir"] = good
    write("stir/stir-x5u-only.vcon.json", w)


def main():
    for d in ["jws", "jwe", "tamper", "hashes", "stir"]:
        shutil.rmtree(os.path.join(OUT, d), ignore_errors=True)
    p = pki()
    signed = jws_fixtures(p)
    jwe_fixtures(p, signed)
    hash_fixtures()
    stir_fixtures(p)


if __name__ == "__main__":
    main()
