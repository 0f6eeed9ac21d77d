#!/usr/bin/env python3
"""Runs the core-04 Appendix B schema over vCon files with Python jsonschema (Draft 7, its format checker).

Usage: schema_errors.py SCHEMA.json FILE...   (a FILE may be DIR/, meaning every *.json in it)
Prints one JSON object per line: {"file", "pointer", "validator", "members", "message"} for every
error jsonschema yields (`members`: for a `not` or `dependencies` error, the members of the object
at `pointer` that it is about), or {"file", "skipped": why} for a file that is not JSON. With
--extract BUNDLE.vconz DIR it instead writes the bundle's vcons/*.json members into DIR. A first line {"formats": [...]} names the
formats the checker actually checks here (date-time needs rfc3339-validator).
"""
import json
import sys

import jsonschema


def pointer(path):
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def members(error):
    """The members a `not` (forbidden members) or `dependencies` error is about, when present."""
    instance = error.instance if isinstance(error.instance, dict) else {}
    if error.validator == "dependencies":
        return [key for key in error.validator_value if key in instance]
    if error.validator != "not":
        return []
    value = error.validator_value
    groups = [value["required"]] if "required" in value else [alt.get("required", []) for alt in value.get("anyOf", [])]
    return sorted({m for group in groups if group and all(k in instance for k in group) for m in group})


def extract(bundle, directory):
    import os
    import zipfile
    with zipfile.ZipFile(bundle) as archive:
        for name in archive.namelist():
            if name.startswith("vcons/") and name.endswith(".json"):
                target = os.path.join(directory, os.path.basename(name))
                with open(target, "wb") as out:
                    out.write(archive.read(name))
                print(target)


def main():
    if sys.argv[1] == "--extract":
        extract(sys.argv[2], sys.argv[3])
        return
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    checker = jsonschema.Draft7Validator.FORMAT_CHECKER
    validator = jsonschema.Draft7Validator(schema, format_checker=checker)
    print(json.dumps({"formats": sorted(checker.checkers)}))
    for path in sys.argv[2:]:
        try:
            with open(path, "rb") as handle:
                document = json.loads(handle.read().decode("utf-8"))
        except Exception as error:  # not JSON, not UTF-8: the Swift side reports those itself
            print(json.dumps({"file": path, "skipped": str(error)[:200]}))
            continue
        for error in sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path))):
            print(json.dumps({
                "file": path,
                "pointer": pointer(error.absolute_path),
                "validator": error.validator,
                "members": members(error),
                "message": error.message[:300],
            }))


if __name__ == "__main__":
    main()
