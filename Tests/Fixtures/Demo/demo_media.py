"""Synthetic media for the demo: small 8 kHz 8-bit mono WAV files (silence with short beeps) and text files."""

import base64
import hashlib
import io
import math
import wave

RATE = 8000


def wav(seconds: float, beeps) -> bytes:
    """A WAV of `seconds` of silence with a quiet beep (start, length, Hz) at each `beeps` entry."""
    frames = bytearray([128]) * int(seconds * RATE)
    for start, length, hz in beeps:
        first = int(start * RATE)
        count = int(length * RATE)
        for i in range(count):
            # A short fade in and out keeps the beep from clicking.
            envelope = min(1.0, i / 80, (count - i) / 80)
            frames[first + i] = 128 + int(40 * envelope * math.sin(2 * math.pi * hz * i / RATE))
    out = io.BytesIO()
    with wave.open(out, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(1)
        writer.setframerate(RATE)
        writer.writeframes(bytes(frames))
    return out.getvalue()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def content_hash(data: bytes, algorithm="sha512") -> str:
    """The draft's content_hash: `<alg>-<base64url digest, no padding>`."""
    return f"{algorithm}-{b64url(hashlib.new(algorithm, data).digest())}"


def legacy_signature(data: bytes) -> str:
    """The 0.0.1 spelling: `alg: "SHA-512"` and `signature` = base64url SHA-512."""
    return b64url(hashlib.sha512(data).digest())
