#!/usr/bin/env python3
"""Baseline for `haven-bench csv-fields`: Python's csv module iterating every field.

    python3 pycsv_fields.py FILE

Same reading rules as HavenCSV's default: strict quoting, spaces around unquoted fields
kept, a UTF-8 byte order mark skipped, blank lines not counted as rows.
Prints: rows=... fields=... bytes=... seconds=... MB_per_s=...   (MB = 10^6 bytes)
"""
import csv
import os
import sys
import time


def main() -> int:
    if len(sys.argv) != 2:
        print(f"usage: {sys.argv[0]} FILE", file=sys.stderr)
        return 2
    path = sys.argv[1]
    rows = fields = characters = 0
    start = time.perf_counter()
    with open(path, newline="", encoding="utf-8-sig") as handle:
        for row in csv.reader(handle, strict=True):
            if not row:
                continue
            rows += 1
            fields += len(row)
            for field in row:
                characters += len(field)
    seconds = time.perf_counter() - start
    size = os.path.getsize(path)
    # Field text can never outnumber the input bytes; the check also uses every length.
    if characters > size:
        print(f"field characters ({characters}) exceed input bytes ({size})", file=sys.stderr)
        return 1
    print(f"rows={rows} fields={fields} bytes={size} seconds={seconds:.3f} MB_per_s={size / 1e6 / seconds:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
