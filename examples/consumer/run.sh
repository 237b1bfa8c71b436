#!/usr/bin/env bash
# The README's "Getting started", as a newcomer follows it: the library installed from this clone, then an empty
# project with the README's pom.xml and its first Java example, built and run with Maven. Fails when the README's
# POM or program does not build or run, or the program does not print what the README says.
set -euo pipefail
cd "$(dirname "$0")/../.."

./mvnw -B -q install -DskipTests
project=target/consumer-project
rm -rf "$project"
mkdir -p "$project/src/main/java"
section() { sed -n '/^## Getting started/,/^## /p' README.md; }
section | awk '/^```xml/{f=1;next}/^```/{if(f)exit}f' > "$project/pom.xml"
section | awk '/^```java/{f=1;next}/^```/{if(f)exit}f' > "$project/src/main/java/BuildValidateWrite.java"
[ -s "$project/pom.xml" ] && [ -s "$project/src/main/java/BuildValidateWrite.java" ] \
  || { echo "consumer: the README's Getting started has no pom.xml or Java block" >&2; exit 1; }

# The Maven a newcomer has (Debian's is 3.8), else the wrapper's.
if command -v mvn >/dev/null 2>&1; then mvn=(mvn); else mvn=("$PWD/mvnw"); fi
(cd "$project" && "${mvn[@]}" -B -q -Dstyle.color=never compile exec:java -Dexec.mainClass=BuildValidateWrite) \
  | sed 's/\x1b\[[0-9;]*m//g' > "$project/out.txt"
head -2 "$project/out.txt"
grep -qx 'valid' "$project/out.txt" && grep -qx 'funding coverage: 40.00 %' "$project/out.txt" \
  && grep -q '"id": "example-2022"' "$project/out.txt" \
  || { echo "consumer: the program did not print what the README says" >&2; cat "$project/out.txt" >&2; exit 1; }
echo "consumer project: built and ran with $("${mvn[@]}" -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g')"
