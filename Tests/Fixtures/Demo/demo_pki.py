"""The demo PKI: a v3 root, two intermediates and the leaves the demo signs and encrypts with.

DEMO ONLY. Every key here is public (committed to the repository); nothing signed by it proves anything.
Keys are made once and kept in keys/ so that the embedded root stays the same between regenerations;
certificates are rebuilt from the keys each run (RSA PKCS#1 v1.5 and fixed serials make them identical).
"""

import datetime
import pathlib

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

ORG = "vcon-browser demo PKI (DEMO ONLY, NEVER TRUST)"
NOT_BEFORE = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)
NOT_AFTER_CA = datetime.datetime(2045, 1, 1, tzinfo=datetime.timezone.utc)
NOT_AFTER_LEAF = datetime.datetime(2040, 1, 1, tzinfo=datetime.timezone.utc)


def _name(common_name):
    return x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "ZZ"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORG),
        x509.NameAttribute(NameOID.COMMON_NAME, common_name),
    ])


def _key(keys_dir, name, kind):
    """Loads keys/<name>.key, or makes it (RSA-2048 or EC P-256) and saves it."""
    path = keys_dir / f"{name}.key"
    if path.exists():
        return serialization.load_pem_private_key(path.read_bytes(), password=None)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048) if kind == "rsa" else ec.generate_private_key(ec.SECP256R1())
    path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    return key


def _certificate(subject_key, common_name, serial, issuer_cert, issuer_key, ca, path_length=None, usage="sign", san=None):
    subject = _name(common_name)
    issuer = issuer_cert.subject if issuer_cert is not None else subject
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(subject_key.public_key())
        .serial_number(serial)
        .not_valid_before(NOT_BEFORE)
        .not_valid_after(NOT_AFTER_CA if ca else NOT_AFTER_LEAF)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=path_length), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(subject_key.public_key()), critical=False)
    )
    authority = issuer_cert.public_key() if issuer_cert is not None else subject_key.public_key()
    builder = builder.add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(authority), critical=False)
    if ca:
        usage_ext = x509.KeyUsage(True, False, False, False, False, True, True, False, False)
    elif usage == "encrypt":
        usage_ext = x509.KeyUsage(False, False, True, False, False, False, False, False, False)
    else:
        usage_ext = x509.KeyUsage(True, True, False, False, False, False, False, False, False)
    builder = builder.add_extension(usage_ext, critical=True)
    if san:
        builder = builder.add_extension(x509.SubjectAlternativeName([x509.DNSName(san)]), critical=False)
    # Deterministic ECDSA (RFC 6979) keeps EC-signed certificates identical between runs, like the RSA ones.
    deterministic = True if isinstance(issuer_key, ec.EllipticCurvePrivateKey) else None
    return builder.sign(issuer_key, hashes.SHA256(), ecdsa_deterministic=deterministic)


class DemoPKI:
    """Every demo key and certificate, by role."""

    def __init__(self, keys_dir: pathlib.Path):
        keys_dir.mkdir(parents=True, exist_ok=True)
        self.root_key = _key(keys_dir, "demo-root-ca", "rsa")
        self.root = _certificate(self.root_key, "Demo Root CA", 0xDE0001, None, self.root_key, ca=True, path_length=1)
        self.intermediate_key = _key(keys_dir, "demo-intermediate-ca", "rsa")
        self.intermediate = _certificate(self.intermediate_key, "Demo Intermediate CA", 0xDE0002, self.root, self.root_key,
                                         ca=True, path_length=0)
        self.signer_key = _key(keys_dir, "demo-signer", "rsa")
        self.signer = _certificate(self.signer_key, "signer.demo.vcon-browser.example", 0xDE0003, self.intermediate,
                                   self.intermediate_key, ca=False, san="signer.demo.vcon-browser.example")
        self.recipient_key = _key(keys_dir, "demo-recipient", "rsa")
        self.recipient = _certificate(self.recipient_key, "Demo Recipient (decrypts the demo)", 0xDE0004, self.intermediate,
                                      self.intermediate_key, ca=False, usage="encrypt")
        self.sti_ca_key = _key(keys_dir, "demo-sti-ca", "ec")
        self.sti_ca = _certificate(self.sti_ca_key, "Demo STI-CA", 0xDE0005, self.root, self.root_key, ca=True, path_length=0)
        self.sti_key = _key(keys_dir, "demo-sti-sp", "ec")
        self.sti = _certificate(self.sti_key, "Demo STI Service Provider (SHAKEN)", 0xDE0006, self.sti_ca, self.sti_ca_key,
                                ca=False, san="sti.demo.vcon-browser.example")
        # A self-signed signer outside the demo root: its signatures are valid but never trusted.
        self.stranger_key = _key(keys_dir, "demo-stranger", "rsa")
        self.stranger = _certificate(self.stranger_key, "Stranger Signer (not under Demo Root CA)", 0xDE0007, None,
                                     self.stranger_key, ca=False)
        # A recipient whose private key is thrown away at once: the "locked" member can never be opened.
        self.locked_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        for name, cert in [("demo-root-ca", self.root), ("demo-intermediate-ca", self.intermediate), ("demo-signer", self.signer),
                           ("demo-recipient", self.recipient), ("demo-sti-ca", self.sti_ca), ("demo-sti-sp", self.sti),
                           ("demo-stranger", self.stranger)]:
            (keys_dir / f"{name}.pem").write_bytes(pem(cert))


def pem(cert) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def der(cert) -> bytes:
    return cert.public_bytes(serialization.Encoding.DER)


def private_pem(key) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
