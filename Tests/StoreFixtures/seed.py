"""Seeds a PostgreSQL database with the store test data, in the table layout vcon-server creates.

    python3 seed.py CORPUS_DIR | psql ...        (writes SQL + COPY data to standard output)
    python3 seed.py --generate N                 (N generated vCons, for the benchmark)

Tables: `vcons` (the corpus, exactly as vcon-server's postgres storage creates it: primary key and GIN index,
no index on created_at) `vcons_hostile` (same layout: escapes, deep JSON, a 100 MB version column) and `vcons_many` (1000 generated
vCons with redacted and group links, for the browser's paging and Links into the store).
"""
import sys

import corpus_rows

# Rows of `vcons_many` (generated, with links): enough that the browser pages the list several times.
MANY = 1000

TABLE = """CREATE TABLE IF NOT EXISTS "{name}" ("id" UUID NOT NULL PRIMARY KEY, "vcon" TEXT NOT NULL, "uuid" UUID NOT NULL,
  "created_at" TIMESTAMP NOT NULL, "updated_at" TIMESTAMP, "subject" TEXT, "vcon_json" JSONB);
CREATE INDEX IF NOT EXISTS "dynamicvcons_vcon_json{suffix}" ON "{name}" USING GIN ("vcon_json");
"""


def write_table(out, name, rows, suffix=""):
    out.write(TABLE.format(name=name, suffix=suffix))
    out.write('COPY "%s" ("id","vcon","uuid","created_at","updated_at","subject","vcon_json") FROM STDIN;\n' % name)
    count = 0
    for row in rows:
        out.write(corpus_rows.copy_line(row))
        count += 1
    out.write("\\.\n")
    out.write('ANALYZE "%s";\n' % name)
    return count


def main(argv):
    out = sys.stdout
    out.write("SET client_min_messages = warning;\n")
    if argv[1] == "--generate":
        n = int(argv[2])
        table = argv[3] if len(argv) > 3 else "vcons"
        count = write_table(out, table, (corpus_rows.generated_doc(i) for i in range(n)), "_" + table)
    else:
        count = write_table(out, "vcons", corpus_rows.corpus_rows(argv[1]))
        write_table(out, "vcons_hostile", corpus_rows.hostile_rows(), "_hostile")
        write_table(out, "vcons_many", (corpus_rows.linked_doc(i) for i in range(MANY)), "_many")
    sys.stderr.write("seed: %d rows\n" % count)


if __name__ == "__main__":
    main(sys.argv)
