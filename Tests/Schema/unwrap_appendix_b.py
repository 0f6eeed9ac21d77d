#!/usr/bin/env python3
"""Un-wraps the JSON schema printed in Appendix B of draft-ietf-vcon-vcon-core-04 into a JSON file.

The draft breaks long description strings across lines: a string that does not close on its line
continues on the next, whose indentation is the key's indentation plus two; any further spaces
belong to the string. The page is 65 columns wide and trailing spaces were trimmed, so a fragment
of 64 columns broke at a space, which is put back. Printing mistakes found on the way are fixed and listed (DECISIONS.md,
"core-04 Appendix B schema"). Usage: unwrap_appendix_b.py DRAFT.txt OUT.json
"""
import json
import re
import sys

FIXES = []
WIDTH = 65


def extract(text):
    start = text.index("Appendix B. vCon JSON Schema", text.index("Appendix B. vCon JSON Schema") + 1)
    end = text.index("Appendix C. vCon CDDL", start)
    block = text[start:end]
    first = block.index("\n{\n") + 1
    last = block.rindex("\n}\n") + 2
    return block[first:last].split("\n")


def unwrap(lines):
    out = []
    k = 0
    while k < len(lines):
        line = lines[k]
        # An open string: an odd number of unescaped quotes on the line.
        while len(re.findall(r'(?<!\\)"', line)) % 2 == 1:
            key_indent = len(line) - len(line.lstrip(" "))
            k += 1
            nxt = lines[k]
            cont = key_indent + 2
            if nxt[:cont].strip():
                raise SystemExit(f"line {k}: continuation not indented by {cont}: {nxt!r}")
            # The page is 65 columns wide: a fragment one short lost the space it broke at.
            if len(lines[k - 1]) == WIDTH - 1:
                line += " "
                FIXES.append(f"space restored at printed line {k} of the schema: {lines[k - 1].strip()[-24:]!r}")
            line = line + nxt[cont:]
        out.append(line)
        k += 1
    return out


def main():
    text = open(sys.argv[1], encoding="utf-8").read()
    lines = unwrap(extract(text))
    joined = "\n".join(lines)
    # Printing mistake 1: a trailing comma after the last element of an array.
    fixed = re.sub(r",(\s*[\]}])", r"\1", joined)
    if fixed != joined:
        FIXES.append("trailing comma before a closing bracket removed")
    schema = json.loads(fixed)
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        json.dump(schema, out, indent=2, ensure_ascii=False)
        out.write("\n")
    for fix in FIXES:
        print("fixed:", fix)


if __name__ == "__main__":
    main()
