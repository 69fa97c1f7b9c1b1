#!/usr/bin/env bash
# Side by side with jsCAT in one run: the same bank, true thetas and pre-drawn uniforms through
# EvalNumerique.Engine and jsCAT 5.2.3 (MFI, EAP with jsCAT's grid, fixed length), then the
# agreement and the time ratio. Needs the .NET 10 SDK, node ≥ 18 and npm (registry access for the
# first `npm ci`). Usage: benchmarks/peers/run.sh [SIMULEES=500] [ITEMS=300] [LENGTH=20]
# jsCAT is timed once (a run takes about a minute), EvalNumerique five times; medians are compared.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
simulees="${1:-500}" items="${2:-300}" length="${3:-20}"
out="$here/out"
mkdir -p "$out"

[ -d "$here/node_modules/@bdelab/jscat" ] || (cd "$here" && npm ci --ignore-scripts --no-audit --no-fund)
dotnet build "$root/benchmarks/EvalNumerique.Benchmarks" -c Release -v quiet -nologo >/dev/null
peers=(dotnet "$root/benchmarks/EvalNumerique.Benchmarks/bin/Release/net10.0/EvalNumerique.Benchmarks.dll" peers)

"${peers[@]}" generate "$out" "$items" "$simulees"
node "$here/jscat-simulate.mjs" "$out" "$length" 1
"${peers[@]}" run "$out" "$length" 5
echo
"${peers[@]}" compare "$out"
