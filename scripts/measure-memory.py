#!/usr/bin/env python3
"""Measures the heap each reader needs per input byte, as docs/hostile-input.md reports it.

For each reader it generates a large valid input (the real samples scaled up, with distinct ids), then finds by
bisection the smallest -Xmx (in MB) with which bin/responseplan reads it with the same exit code as with a roomy heap.
Run from the repository root after `./mvnw -B -o -q -DskipTests package -pl plan-cli -am`:

    python3 scripts/measure-memory.py [--mb 16] [--only plan,fts,hpc,hxl]
"""
import argparse
import copy
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RES = os.path.join(ROOT, "plan-import", "src", "test", "resources")


def plan(path, target):
    cell = '{"sex": "female", "ageBand": "18-59", "inNeed": 12, "targeted": 10},'
    with open(path, "w") as f:
        f.write('{"id": "p", "name": "big plan", "people": {"inNeed": 99999999999, "breakdown": [')
        n = 0
        while f.tell() < target:
            f.write(cell)
            n += 1
        f.write('{"sex": "male", "inNeed": 1}]}}')
    return ["validate", path], "%d breakdown cells" % n


def scaled(sample, path, target, grow):
    with open(os.path.join(RES, sample)) as f:
        doc = json.load(f)
    items = grow(doc)
    base = list(items)
    n = 0
    while len(json.dumps(doc)) < target:
        for it in base:
            c = copy.deepcopy(it)
            if isinstance(c, dict) and "id" in c:
                c["id"] = int(str(c["id"]) + str(n)) if isinstance(c["id"], int) else "%s-%d" % (c["id"], n)
            items.append(c)
        n += 1
        if n % 50 == 0 and len(json.dumps(doc)) >= target:
            break
    with open(path, "w") as f:
        json.dump(doc, f)
    return len(items)


def fts(path, target):
    n = scaled("fts/fts-plan-overview-progress-2020.json", path, target, lambda d: d["data"]["plans"])
    return ["import", "fts", path, "-o", path + ".out"], "%d plans (plan overview)" % n


def hpc(path, target):
    n = scaled("hpc/hpc-response-monitoring-plan-1188.json", path, target, lambda d: d["data"]["caseloads"])
    return ["import", "hpc", path], "%d caseloads" % n


def hxl(path, target):
    with open(os.path.join(RES, "hxl", "5w-wide.csv")) as f:
        lines = f.read().splitlines()
    head, rows = lines[:2], [l for l in lines[2:] if l.strip()]
    with open(path, "w") as f:
        f.write("\n".join(head) + "\n")
        n = 0
        while f.tell() < target:
            f.write(rows[n % len(rows)] + "\n")
            n += 1
    return ["import", "hxl", path, "-o", path + ".out"], "%d rows (wide 5W)" % n


def run(args, heap):
    env = dict(os.environ, JAVA_OPTS="-Xmx%dm" % heap)
    p = subprocess.run([os.path.join(ROOT, "bin", "responseplan")] + args, env=env, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True)
    return p.returncode, "out of memory" in p.stderr


def least_heap(args):
    expected, oom = run(args, 2048)
    if oom:
        return None
    lo, hi = 8, 2048  # lo fails (or is the floor), hi passes
    while hi - lo > 4:
        mid = (lo + hi) // 2
        code, oom = run(args, mid)
        if code == expected and not oom:
            hi = mid
        else:
            lo = mid
    return hi


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=int, default=16, help="input size in MB")
    ap.add_argument("--only", default="plan,fts,hpc,hxl")
    a = ap.parse_args()
    makers = {"plan": plan, "fts": fts, "hpc": hpc, "hxl": hxl}
    with tempfile.TemporaryDirectory() as d:
        print("| reader | input | bytes | least -Xmx | heap per input byte |")
        print("| --- | --- | --- | --- | --- |")
        for name in a.only.split(","):
            path = os.path.join(d, name + (".csv" if name == "hxl" else ".json"))
            args, what = makers[name](path, a.mb << 20)
            size = os.path.getsize(path)
            heap = least_heap(args)
            per = "-" if heap is None else "%.1f" % (heap * 1048576 / size)
            print("| %s | %s | %d | %s MB | %s |" % (name, what, size, heap, per))
            sys.stdout.flush()


if __name__ == "__main__":
    main()
