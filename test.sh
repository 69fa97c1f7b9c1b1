#!/usr/bin/env bash
# Runs every test of the solution and ends with one line of totals taken from the TRX results:
#   N passed, N failed, N skipped
set -uo pipefail
cd "$(dirname "$0")"
results="TestResults"
rm -rf "$results"
dotnet test EvalNumerique.sln -c Release --logger "trx" --results-directory "$results" "$@"
status=$?

passed=0; failed=0; skipped=0; files=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  total=$(get total); executed=$(get executed); p=$(get passed); f=$(get failed)
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
  skipped=$((skipped + ${total:-0} - ${executed:-0}))
done
if [ "$files" -eq 0 ]; then
  echo "no test results were written (build failure?)" >&2
  [ "$status" -eq 0 ] && status=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
