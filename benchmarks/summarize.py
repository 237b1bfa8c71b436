#!/usr/bin/python3
"""Turns benchmarks/target/results/ (written by run.sh) into the table of BENCHMARKS.md, on standard output."""
import json
import re
import statistics
import sys
from pathlib import Path

out = Path(sys.argv[1])
jmh = {}
for e in json.loads((out / "jmh.json").read_text()):
    name = e["benchmark"].rsplit(".", 1)[1]
    m = e["primaryMetric"]
    jmh[name] = (m["score"], m["scoreError"], m["scoreUnit"])


def ms(name):
    return jmh[name][0] if name in jmh else float("nan")


def err(name):
    return jmh[name][1] if name in jmh else float("nan")


corpus = int(re.search(r"([\d,]+) bytes", (out / "plans.txt").read_text()).group(1).replace(",", ""))
docs = re.search(r"(\d+) plan documents", (out / "plans.txt").read_text()).group(1)
mb = corpus / 1e6


def mbs(name):
    return mb / (ms(name) / 1000)


pandas_s = [float(x) for x in re.findall(r"pandas-seconds ([\d.]+)", (out / "pandas.txt").read_text())]
pandas_wall = [float(x) for x in re.findall(r"wall ([\d.]+) s", (out / "pandas.txt").read_text())]
ours_s = [float(x) for x in re.findall(r"ours-seconds ([\d.]+)", (out / "ours-stream.txt").read_text())]
ours_wall = [float(x) for x in re.findall(r"wall ([\d.]+) s", (out / "ours-stream.txt").read_text())]
ours_rss = [int(x) for x in re.findall(r"max RSS (\d+) KB", (out / "ours-stream.txt").read_text())]
cli_mean = None
if (out / "cli.json").exists():
    r = json.loads((out / "cli.json").read_text())["results"][0]
    cli_mean, cli_sd = r["mean"], r["stddev"]
    cli_text = f"{cli_mean * 1000:.0f} ms ± {cli_sd * 1000:.0f} (hyperfine, 20 runs)"
else:
    t = (out / "cli.txt").read_text()
    cli_mean = int(re.search(r"mean (\d+) ms", t).group(1)) / 1000
    cli_text = f"{cli_mean * 1000:.0f} ms (timed loop, 20 runs)"


def met(ok):
    return "**met**" if ok else "**not met**"


rows = []
r1 = mbs("readBindValidate") / mbs("jacksonReadTree")
rows.append(("Read + bind + validate plan JSON (%s documents, %.1f MB)" % (docs, mb),
             "%.0f MB/s" % mbs("readBindValidate"),
             "Jackson 3 readTree %.0f MB/s; token scan %.0f MB/s; networknt schema %.0f MB/s"
             % (mbs("jacksonReadTree"), mbs("jacksonTokenScan"), mbs("schemaValidatorNetworknt")),
             "%.2fx readTree; %.1fx networknt" % (r1, mbs("readBindValidate") / mbs("schemaValidatorNetworknt")),
             ">= 1x readTree", met(r1 >= 1)))
share = ms("validateAllRules") / ms("readBind")
rows.append(("Full validation (all rules) vs reading",
             "%.0f ms validate, %.0f ms read+bind" % (ms("validateAllRules"), ms("readBind")),
             "-", "%.2f of reading time" % share, "<= 0.25", met(share <= 0.25)))
hv = ms("hibernateValidatorJakartaOnly") / ms("validateAllRules")
rows.append(("Full validation vs Hibernate Validator (Jakarta constraints only), same objects",
             "%.0f ms" % ms("validateAllRules"), "Hibernate Validator %.0f ms" % ms("hibernateValidatorJakartaOnly"),
             "%.1fx faster" % hv, ">= 3x", met(hv >= 3)))
duck = ms("memoryDuckdbLoadedTable") / ms("memoryOursColumns")
rows.append(("5W aggregation, 10M in-memory rows, both tables",
             "%.0f ms (loaded columns, 2 threads); records via ReachAggregator %.0f ms"
             % (ms("memoryOursColumns"), ms("memoryOursRecords")),
             "DuckDB query on loaded table %.0f ms (2 threads)" % ms("memoryDuckdbLoadedTable"),
             "%.1fx faster" % duck, ">= 2x", met(duck >= 2)))
csv_d = ms("csvDuckdbReadCsv") / ms("csvOurs")
p_med = statistics.median(pandas_s) if pandas_s else float("nan")
csv_p = p_med / (ms("csvOurs") / 1000)
rows.append(("10M-row 5W CSV to coverage tables, end to end, -Xmx256m",
             "%.0f ms (JMH); %.2f s with JVM start, max RSS %d MB" % (ms("csvOurs"), statistics.median(ours_wall),
                                                                       max(ours_rss) // 1024),
             "DuckDB read_csv + query %.0f ms; pandas %.1f s (%.1f s with start)"
             % (ms("csvDuckdbReadCsv"), p_med, statistics.median(pandas_wall)),
             "%.2fx DuckDB; %.1fx pandas" % (csv_d, csv_p), ">= 1x DuckDB, >= 10x pandas",
             "DuckDB %s, pandas %s" % (met(csv_d >= 1), met(csv_p >= 10))))
rows.append(("`responseplan validate` on the seed example, wall time with JVM start", cli_text, "-", "-",
             "< 500 ms", met(cli_mean < 0.5)))

print("| work | ours | baselines | ratio | target | |")
print("| --- | --- | --- | --- | --- | --- |")
for r in rows:
    print("| " + " | ".join(r) + " |")
print()
print("JMH scores (ms/op, mean ± 99.9% error):")
print()
for k in sorted(jmh):
    print("- %s: %.1f ± %.1f %s" % (k, jmh[k][0], jmh[k][1], jmh[k][2]))
print()
print("Machine:")
print()
for line in (out / "machine.txt").read_text().splitlines():
    print("- " + line)
