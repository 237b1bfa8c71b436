#!/usr/bin/env bash
# Reproduces every figure of BENCHMARKS.md: builds what it needs, generates the data (deterministic seeds), checks
# that our tables equal DuckDB's and pandas', runs JMH, times pandas and `responseplan validate`, and writes
# benchmarks/target/results/ (summary.md, jmh.json, logs).
#
#   benchmarks/run.sh          the full run (10M-row 5W files, 100 MB of plan JSON; about 8 minutes on 2 cores)
#   benchmarks/run.sh --quick  a bounded check for CI: small data, one short JMH iteration per benchmark; checks that
#                              everything runs and that every implementation agrees, never timings. Exits non-zero on
#                              any failure; its last line is "benchmarks quick: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
B="$ROOT/benchmarks"
MODE=full
if [ "${1:-}" = "--quick" ]; then
  MODE=quick
fi

DATA="$B/target/data"
OUT="$B/target/results"
mkdir -p "$DATA" "$OUT"
PY=/usr/bin/python3
passed=0
failed=0
started=$(date +%s)

step() {
  local name=$1
  shift
  echo "== $name"
  if "$@"; then
    passed=$((passed + 1))
    echo "-- ok: $name"
  else
    failed=$((failed + 1))
    echo "-- FAILED: $name"
  fi
}

# ---- what the run needs ----
if [ ! -x "$PY" ] || ! "$PY" -c 'import pandas' 2>/dev/null; then
  echo "installing python3-pandas (Debian)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-pandas >/dev/null
fi
echo "== build"
if ! ./mvnw -q -B -DskipTests install; then
  echo "benchmarks $MODE: 0 passed, 1 failed"
  exit 1
fi
CP="$B/target/classes:$(cat "$B/target/classpath.txt")"
java_main() {
  java "$@"
}

if [ "$MODE" = quick ]; then
  ROWS=100000
  CORPUS=1mb
  CORPUS_BYTES=1048576
  JMH_OPTS=(-f 1 -wi 0 -i 1 -r 100ms -foe true)
  BIG_HEAP=-Xmx2g
else
  ROWS=10000000
  CORPUS=100mb
  CORPUS_BYTES=104857600
  # Stated in BENCHMARKS.md: 1 fork, 2 warm-up and 5 measured iterations (at least one operation each).
  JMH_OPTS=(-f 1 -wi 2 -i 5 -w 2s -r 3s -foe true)
  BIG_HEAP=-Xmx10g
fi
CSV="$DATA/5w-$ROWS.csv"

{
  echo "mode: $MODE"
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "memory: $(free -g | awk '/Mem:/ {print $2 " GiB"}')"
  echo "jdk: $(java -version 2>&1 | head -1)"
  echo "python: $("$PY" --version 2>&1), pandas $("$PY" -c 'import pandas; print(pandas.__version__)')"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$OUT/machine.txt"
cat "$OUT/machine.txt"

# ---- data ----
generate() {
  if [ -s "$CSV" ]; then
    echo "reusing $CSV"
  else
    java_main -cp "$CP" org.responseplan.benchmarks.Main generate-5w "$ROWS" 1 "$CSV" || return 1
  fi
  if [ "$MODE" = full ] && [ ! -s "$DATA/5w-1000000.csv" ]; then
    java_main -cp "$CP" org.responseplan.benchmarks.Main generate-5w 1000000 1 "$DATA/5w-1000000.csv" || return 1
  fi
}
step "generate 5W CSV ($ROWS rows)" generate

# ---- our CSV path alone, in a 256 MB heap, with JVM start (the JMH figure below excludes the JVM start) ----
ours_stream() {
  local runs=1
  [ "$MODE" = full ] && runs=3
  : > "$OUT/ours-stream.txt"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "wall %e s, max RSS %M KB" java -Xmx256m -cp "$CP" org.responseplan.benchmarks.Main stream \
      "$CSV" "$OUT/ours-$ROWS.txt" 2>&1 | tee -a "$OUT/ours-stream.txt" || return 1
  done
  grep -q "ours-seconds" "$OUT/ours-stream.txt"
}
step "ours: 5W CSV to tables in -Xmx256m" ours_stream

# ---- pandas, a separate timed process ----
pandas_run() {
  local runs=1
  [ "$MODE" = full ] && runs=3
  : > "$OUT/pandas.txt"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "wall %e s, max RSS %M KB" "$PY" "$B/fivew_pandas.py" "$CSV" "$OUT/pandas-$ROWS.txt" 2>&1 \
      | tee -a "$OUT/pandas.txt" || return 1
  done
  grep -q "pandas-seconds" "$OUT/pandas.txt"
}
step "pandas: 5W CSV to tables" pandas_run

# ---- every implementation gives the same tables ----
step "agreement: ours (CSV, columns, records) = DuckDB (read_csv, loaded) = pandas" \
  java_main "$BIG_HEAP" -cp "$CP" org.responseplan.benchmarks.Main check-5w "$CSV" "$ROWS" 1 "$OUT/ours-$ROWS.txt" \
  "$OUT/pandas-$ROWS.txt"
if [ "$MODE" = full ]; then
  agree_1m() {
    java -Xmx256m -cp "$CP" org.responseplan.benchmarks.Main stream "$DATA/5w-1000000.csv" "$OUT/ours-1000000.txt" &&
      "$PY" "$B/fivew_pandas.py" "$DATA/5w-1000000.csv" "$OUT/pandas-1000000.txt" &&
      java -Xmx4g -cp "$CP" org.responseplan.benchmarks.Main check-5w "$DATA/5w-1000000.csv" 1000000 1 \
        "$OUT/ours-1000000.txt" "$OUT/pandas-1000000.txt"
  }
  step "agreement at 1M rows (also ReachAggregator)" agree_1m
fi
plans() {
  java -Xmx4g -cp "$CP" org.responseplan.benchmarks.Main check-plans "$CORPUS_BYTES" 1 | tee "$OUT/plans.txt"
  grep -q "^agree" "$OUT/plans.txt"
}
step "plan corpus ($CORPUS): valid under reader, validator and schema" plans

# ---- JMH ----
jmh() {
  (cd "$B" && java -Xmx512m -cp "$CP" org.openjdk.jmh.Main "${JMH_OPTS[@]}" \
    -jvmArgsPrepend "-Dbenchmarks.data=$DATA" -p corpus="$CORPUS" -p rows="$ROWS" \
    -rf json -rff "$OUT/jmh.json" 'PlanBenchmarks|FiveWBenchmarks') > "$OUT/jmh.log" 2>&1
  local rc=$?
  tail -25 "$OUT/jmh.log"
  [ $rc -eq 0 ] && ! grep -q "<failure>" "$OUT/jmh.log"
}
step "JMH ($MODE)" jmh

# ---- responseplan validate on the seed example, wall time with JVM start ----
cli() {
  local cmd="bin/responseplan validate examples/plans/iom-venezuela-rmrp-2022.json"
  $cmd > /dev/null || return 1
  if [ "$MODE" = quick ]; then
    return 0
  fi
  if ! command -v hyperfine > /dev/null 2>&1; then
    (apt-get install -y -qq hyperfine > /dev/null 2>&1) || true
  fi
  if command -v hyperfine > /dev/null 2>&1; then
    hyperfine --warmup 3 --runs 20 --export-json "$OUT/cli.json" "$cmd" | tee "$OUT/cli.txt"
  else
    local t0 t1
    t0=$(date +%s%N)
    for _ in $(seq 20); do $cmd > /dev/null; done
    t1=$(date +%s%N)
    echo "timed loop: mean $(( (t1 - t0) / 20000000 )) ms over 20 runs" | tee "$OUT/cli.txt"
  fi
}
step "responseplan validate on the seed example" cli

echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/machine.txt"
if [ "$MODE" = full ]; then
  "$PY" "$B/summarize.py" "$OUT" > "$OUT/summary.md" && cat "$OUT/summary.md"
fi
echo "run time: $(( $(date +%s) - started )) s"
echo "benchmarks $MODE: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
