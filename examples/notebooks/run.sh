#!/usr/bin/env bash
# Executes coverage.ipynb headless (as CI does) and fails if any cell fails. Needs Debian's python3-jpype,
# python3-pandas, python3-matplotlib, python3-nbclient and python3-ipykernel, and the built jars
# (./mvnw -q -DskipTests install).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
PYDEVD_DISABLE_FILE_VALIDATION=1 RESPONSEPLAN_HOME="$(cd ../.. && pwd)" /usr/bin/python3 -Xfrozen_modules=off - <<'PY'
import nbformat
from nbclient import NotebookClient
nb = nbformat.read("coverage.ipynb", as_version=4)
NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": "."}}).execute()
errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.get("output_type") == "error"]
assert not errors, errors
print(f"notebook: {sum(1 for c in nb.cells if c.cell_type == 'code')} code cells passed, 0 failed")
PY
