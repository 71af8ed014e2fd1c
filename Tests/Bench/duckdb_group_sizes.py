#!/usr/bin/env python3
"""Respondents per period, (period, role), (period, site) and (period, site, role) of a wide
responses CSV, counted by DuckDB: the reference the Haven benchmark checks its unsuppressed group
sizes against.

    python3 duckdb_group_sizes.py responses.csv out.csv

Writes `period,site,role,respondents` (site or role empty where the level has none).
"""
import sys

import duckdb


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    source, target = sys.argv[1], sys.argv[2]
    con = duckdb.connect()
    con.execute(
        """COPY (
               SELECT period, coalesce(site, '') AS site, coalesce(role, '') AS role, count(*) AS respondents
               FROM read_csv(?, header = true, all_varchar = true)
               GROUP BY GROUPING SETS ((period), (period, role), (period, site), (period, site, role))
               -- Respondents who skipped a dimension form no group of it in Haven's tables.
               HAVING (grouping(site) = 1 OR site IS NOT NULL) AND (grouping(role) = 1 OR role IS NOT NULL)
           ) TO '""" + target.replace("'", "''") + "' (FORMAT csv, HEADER true)",
        [source],
    )


if __name__ == "__main__":
    main()
