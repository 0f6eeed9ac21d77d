"""A local HTTP server that implements the vcon-server API contract (../shared/specs/vcon-server-contract.md)
over the same data seed.py puts in PostgreSQL, with the server's quirks and failure modes, for tests and the
benchmark. Python standard library only (threaded http.server).

    python3 vcon_server.py --corpus DIR [--generate N] [--linked N] [--token T] [--port 0] [--fault UUID=MODE ...]
        [--list-fault MODE] [--bare-member UUID]

Prints "listening on PORT" on standard output when ready. MODEs: 500, truncate (half a body, then close),
stall (10 s before answering), malformed (not JSON), 429.
Quirks kept from the contract: bare JSON arrays, no total; the base path is optional (`/api/vcon` and `/vcon`);
403 {"detail":"Invalid API Key"} for a wrong or missing token; 422 for a bad uuid; batch `GET /vcons` with
repeated `vcon_uuids` returns null for a missing member and 500 without the parameter; search is exact and
answers 500 when every term has zero hits; a list page containing a "bare" sorted-set member answers 500.
"""
import argparse
import datetime
import json
import signal
import sys
import threading
import time
import uuid as uuidlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import corpus_rows

EPOCH = datetime.datetime(1970, 1, 1)


class Store:
    def __init__(self, rows, bare):
        self.docs = {}
        self.scores = []
        self.index = {}
        for row in rows:
            self.docs[row["id"]] = row["text"].encode("utf-8")
            score = int((row["created"] - EPOCH).total_seconds())
            self.scores.append((score, row["id"]))
            doc = row.get("doc")
            for party in (doc or {}).get("parties") or []:
                if not isinstance(party, dict):
                    continue
                for field in ("tel", "mailto", "name"):
                    if isinstance(party.get(field), str):
                        self.index.setdefault((field, party[field]), set()).add(row["id"])
        # Newest first; equal scores in reverse lexicographic order (Redis ZREVRANGEBYSCORE).
        self.scores.sort(reverse=True)
        self.bare = set(bare)


def parse_time(text):
    """The contract's dates: ISO 8601 with or without offset, a bare date, or Unix seconds."""
    try:
        return float(text)
    except ValueError:
        pass
    value = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=datetime.timezone.utc)
    return value.timestamp()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    store = None
    options = None

    def log_message(self, *args):
        pass

    def send_json(self, status, value, raw=None):
        body = raw if raw is not None else json.dumps(value).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.send_header("X-Vcon-Server-Version", "test")
        self.end_headers()
        self.wfile.write(body)

    def fault(self, mode, body):
        if mode == "stall":
            time.sleep(10)
            return False
        if mode == "500":
            self.send_json(500, None, b"Internal Server Error")
        elif mode == "429":
            self.send_json(429, {"detail": "Too Many Requests"})
        elif mode == "malformed":
            self.send_json(200, None, b'{"uuid": "not closed')
        elif mode == "truncate":
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True
        return True

    def do_GET(self):
        parts = urlsplit(self.path)
        path = parts.path
        if path.startswith("/api/"):
            path = path[4:]
        query = parse_qs(parts.query, keep_blank_values=True)
        if path in ("/health", "/version"):
            return self.send_json(200, {"status": "healthy"})
        token = self.options.token
        if token and self.headers.get("x-conserver-api-token") != token:
            return self.send_json(403, {"detail": "Invalid API Key"})
        if path == "/vcon":
            return self.list(query)
        if path == "/vcons":
            return self.batch(query)
        if path == "/vcons/search":
            return self.search(query)
        if path.startswith("/vcon/"):
            return self.get_one(path[len("/vcon/"):])
        self.send_json(404, {"detail": "Not Found"})

    def list(self, query):
        if self.options.list_fault and self.fault(self.options.list_fault, b"[]"):
            return
        try:
            page = int(query.get("page", ["1"])[0])
            size = int(query.get("size", ["50"])[0])
            since = parse_time(query["since"][0]) if "since" in query else float("-inf")
            until = parse_time(query["until"][0]) if "until" in query else float("inf")
        except (ValueError, KeyError) as error:
            return self.send_json(422, {"detail": [{"type": "value_error", "msg": str(error)}]})
        members = [key for score, key in self.store.scores if since <= score <= until]
        start = (page - 1) * size
        chosen = members[start:] if size < 0 else members[start:start + size]
        if any(key in self.store.bare for key in chosen):
            return self.send_json(500, None, b"Internal Server Error")
        self.send_json(200, chosen)

    def canonical(self, text):
        try:
            return str(uuidlib.UUID(text))
        except ValueError:
            return None

    def get_one(self, text):
        key = self.canonical(text)
        if key is None:
            return self.send_json(422, {"detail": [{"type": "uuid_parsing", "loc": ["path", "vcon_uuid"],
                                                    "msg": "Input should be a valid UUID", "input": text}]})
        body = self.store.docs.get(key)
        mode = self.options.faults.get(key)
        if mode and self.fault(mode, body or b"{}"):
            return
        if body is None:
            return self.send_json(404, {"detail": "vCon not found"})
        self.send_json(200, None, body)

    def batch(self, query):
        keys = query.get("vcon_uuids")
        if keys is None:
            return self.send_json(500, None, b"Internal Server Error")
        canon = [self.canonical(k) for k in keys]
        if None in canon:
            return self.send_json(422, {"detail": [{"type": "uuid_parsing", "msg": "Input should be a valid UUID"}]})
        for key in canon:
            mode = self.options.faults.get(key)
            if mode and self.fault(mode, b"[]"):
                return
        parts = [self.store.docs.get(k, b"null") for k in canon]
        self.send_json(200, None, b"[" + b",".join(parts) + b"]")

    def search(self, query):
        terms = [(field, query[field][0]) for field in ("tel", "mailto", "name") if field in query]
        if not terms:
            return self.send_json(400, {"detail": "At least one search parameter must be provided"})
        sets = [self.store.index.get(term, set()) for term in terms]
        nonempty = [s for s in sets if s]
        if not nonempty:
            return self.send_json(500, {"detail": "An error occurred during the search"})
        self.send_json(200, sorted(set.intersection(*nonempty)))


def main():
    # A process started from a worker thread inherits its blocked signals: unblock them, so SIGTERM stops us.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM, signal.SIGINT])
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus")
    parser.add_argument("--generate", type=int, default=0)
    parser.add_argument("--linked", type=int, default=0)
    parser.add_argument("--token", default="")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--fault", action="append", default=[])
    parser.add_argument("--list-fault", default="")
    parser.add_argument("--bare-member", action="append", default=[])
    options = parser.parse_args()
    options.faults = dict(item.split("=", 1) for item in options.fault)
    rows = list(corpus_rows.corpus_rows(options.corpus)) if options.corpus else []
    rows += [corpus_rows.generated_doc(i) for i in range(options.generate)]
    rows += [corpus_rows.linked_doc(i) for i in range(options.linked)]
    Handler.store = Store(rows, options.bare_member)
    Handler.options = options
    server = ThreadingHTTPServer(("127.0.0.1", options.port), Handler)
    server.daemon_threads = True
    print("listening on %d" % server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
