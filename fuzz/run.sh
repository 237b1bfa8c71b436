#!/usr/bin/env bash
# Coverage-guided fuzzing of the readers with Jazzer (docs/testing.md).
#
#   fuzz/run.sh --minutes N [--target NAME]   fuzz each target (or one) for N minutes
#   fuzz/run.sh --quick [--target NAME]       20 seconds per target, for CI
#   fuzz/run.sh --list                        the targets
#
# Each target is one @FuzzTest method, run by JUnit with JAZZER_FUZZ=1 (Jazzer fuzzes one method per JVM). An input
# that makes a target fail is written by Jazzer into the target's regression directory,
# <module>/src/test/resources/<package>/<TestClass>Inputs/<method>/crash-<sha1>, where the normal build runs it from
# then on; the corpus Jazzer grows is kept in <module>/.cifuzz-corpus/ (not committed) and reused by the next run.
# The exit code is 1 when a target found something, else 0. Logs go to target/fuzz/<target>.log.
set -euo pipefail
cd "$(dirname "$0")/.."

# name module test-class method
TARGETS="
plan     plan-io       org.responseplan.io.json.PlanReaderFuzzTest                 readPlan
fts-json plan-import   org.responseplan.imports.fts.FtsReaderFuzzTest              readJson
fts-csv  plan-import   org.responseplan.imports.fts.FtsReaderFuzzTest              readCsv
hpc      plan-import   org.responseplan.imports.hpc.HpcReaderFuzzTest              readResponseMonitoring
hxl      plan-import   org.responseplan.imports.hxl.HxlReaderFuzzTest              readHxl
jackson3 plan-jackson  org.responseplan.jackson.ResponsePlanModuleFuzzTest         readPlan
jackson2 plan-jackson2 org.responseplan.jackson2.ResponsePlanJackson2ModuleFuzzTest readPlan
"

usage() { sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }

seconds=""
only=""
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) [ $# -ge 2 ] || usage; seconds=$(( $2 * 60 )); shift 2 ;;
    --quick) seconds=20; shift ;;
    --target) [ $# -ge 2 ] || usage; only="$2"; shift 2 ;;
    --list) echo "$TARGETS" | awk 'NF {print $1 "\t" $3 "#" $4}'; exit 0 ;;
    *) usage ;;
  esac
done
[ -n "$seconds" ] || usage
if [ -n "$only" ] && ! echo "$TARGETS" | awk '{print $1}' | grep -qx "$only"; then
  echo "unknown target: $only (fuzz/run.sh --list)" >&2
  exit 2
fi

mkdir -p target/fuzz
# The modules and what they need, compiled once; every target then runs its own surefire invocation.
./mvnw -B -o -q -pl plan-io,plan-import,plan-jackson,plan-jackson2 -am -DskipTests test-compile

found=0
while read -r name module class method; do
  [ -n "$name" ] || continue
  [ -z "$only" ] || [ "$only" = "$name" ] || continue
  log="target/fuzz/$name.log"
  echo "fuzzing $name ($class#$method) for ${seconds}s; log $log"
  start=$(date +%s)
  # -Djazzer.instrument: the project's classes in every module (Jazzer's default takes only the class-path
  # directories, which misses the modules surefire puts on the module path). -Djazzer.max_duration bounds the fuzzing itself; JVM start and Maven come on top. Jazzer turns each test's
  # @Timeout into libFuzzer's per-input -timeout; JUnit's own timeout is disabled here, as it would otherwise apply
  # to the whole fuzzing run. -am lets the reactor find the sibling modules' classes without install.
  status=0
  JAZZER_FUZZ=1 ./mvnw -B -o -pl "$module" -am test \
    -Dtest="$class#$method" -Dsurefire.failIfNoSpecifiedTests=false \
    -Djazzer.hooks=true -Djazzer.instrument='org.responseplan.**' -Djunit.jupiter.execution.timeout.mode=disabled -Djazzer.max_duration="${seconds}s" -Djazzer.valueprofile=true \
    -DtrimStackTrace=false > "$log" 2>&1 || status=$?
  end=$(date +%s)
  execs=$(grep -aoE '#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE)' "$log" | tail -1 | grep -oE '[0-9]+' | head -1 || true)
  if [ "$status" -ne 0 ]; then
    found=1
    echo "  $name: FAILED after $((end - start))s (${execs:-?} executions); see $log"
    grep -aE '== Java Exception|crash-[0-9a-f]{40}|Timeout|FuzzTestFindingException' "$log" | head -5 | sed 's/^/    /' || true
  else
    echo "  $name: no finding in $((end - start))s (${execs:-?} executions)"
  fi
done <<< "$TARGETS"
exit "$found"
