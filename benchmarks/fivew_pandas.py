#!/usr/bin/python3
"""pandas baseline: the coverage and intersectoral tables of a 5W HXL CSV (see Coverage.java for the rules).

Usage: fivew_pandas.py FILE.csv OUT.txt
Writes the canonical lines (table,sector,country,reached,total; empty for missing; sorted) to OUT.txt and prints
one line: pandas-seconds <seconds from the start of reading to the end of the computation>.
"""
import sys
import time

import pandas as pd

TEXT = ["sector", "country", "adm1", "adm2", "population_group", "month"]
FIGURES = ["new_beneficiaries", "total_monthly_beneficiaries"]


def tables(path):
    df = pd.read_csv(path, skiprows=[1], usecols=TEXT + FIGURES,
                     dtype={**{c: str for c in TEXT}, **{c: "Int64" for c in FIGURES}},
                     keep_default_na=False, na_values={c: [""] for c in FIGURES})
    df = df.rename(columns={"population_group": "grp", "new_beneficiaries": "n",
                            "total_monthly_beneficiaries": "t"})
    # Cells: (sector, area, group, month); a sum of nothing reported stays missing (min_count=1).
    c = df.groupby(["sector", "country", "adm1", "adm2", "grp", "month"], sort=False)[["n", "t"]].sum(min_count=1)
    c = c.reset_index()
    # Coverage per sector and country: new beneficiaries add up; totals: sum within a month, then the peak month.
    cm = c.groupby(["sector", "country", "month"], sort=False)[["n", "t"]].sum(min_count=1).reset_index()
    cov = cm.groupby(["sector", "country"], sort=False).agg(reached=("n", lambda s: s.sum(min_count=1)),
                                                             total=("t", "max"))
    # Intersectoral per country: months add up per (sector, area, group), the highest sector, then areas add up.
    sag = c.groupby(["sector", "country", "adm1", "adm2", "grp"], sort=False)["n"].sum(min_count=1).reset_index()
    ag = sag.groupby(["country", "adm1", "adm2", "grp"], sort=False)["n"].max().reset_index()
    ir = ag.groupby("country", sort=False)["n"].sum(min_count=1).rename("reached")
    agm = c.groupby(["country", "adm1", "adm2", "grp", "month"], sort=False)["t"].max().reset_index()
    cmo = agm.groupby(["country", "month"], sort=False)["t"].sum(min_count=1).reset_index()
    it = cmo.groupby("country", sort=False)["t"].max().rename("total")
    inter = pd.concat([ir, it], axis=1)
    return cov, inter


def cell(v):
    return "" if v is None or pd.isna(v) else str(int(v))


def main():
    path, out = sys.argv[1], sys.argv[2]
    start = time.perf_counter()
    cov, inter = tables(path)
    seconds = time.perf_counter() - start
    lines = []
    for (sector, country), row in cov.iterrows():
        lines.append(",".join(["coverage", sector, country, cell(row["reached"]), cell(row["total"])]))
    for country, row in inter.iterrows():
        lines.append(",".join(["intersectoral", "", country, cell(row["reached"]), cell(row["total"])]))
    lines.sort()
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("pandas-seconds %.3f" % seconds)


if __name__ == "__main__":
    main()
