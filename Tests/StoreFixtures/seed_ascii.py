"""Seeds a SQL_ASCII database with rows that are not UTF-8 (PostgreSQL accepts any bytes there), in the
vcon-server layout: the bytes must reach the browser exactly as the same bytes in a file would.

    python3 seed_ascii.py | psql -d vcons_ascii
"""
import sys

ROW_ID = "00000000-0000-4000-8000-0000000bad08"
# A subject and a party name with bytes that are not UTF-8 (a lone continuation byte, a truncated sequence).
SUBJECT = b"caf\xe9 \x80 \xc3"
DOC = (b'{"vcon":"0.4.0","uuid":"' + ROW_ID.encode() + b'","created_at":"2026-06-02T00:00:00+00:00",'
       b'"subject":"' + SUBJECT + b'","parties":[{"name":"J\xfcrgen"}],"dialog":[]}')


def main():
    out = sys.stdout.buffer
    out.write(b'CREATE TABLE "vcons" ("id" UUID NOT NULL PRIMARY KEY, "vcon" TEXT NOT NULL, "uuid" UUID NOT NULL, '
              b'"created_at" TIMESTAMP NOT NULL, "updated_at" TIMESTAMP, "subject" TEXT, "vcon_json" JSONB);\n')
    out.write(b'COPY "vcons" FROM STDIN;\n')
    out.write(b"\t".join([ROW_ID.encode(), b"0.4.0", ROW_ID.encode(), b"2026-06-02 00:00:00", b"2026-06-02 00:00:00",
                          SUBJECT, DOC]) + b"\n")
    out.write(b"\\.\n")


if __name__ == "__main__":
    main()
