#!/usr/bin/env bash
# Latency benchmark: MedQuAD answers + MedlinePlus topics (~20k passages) in collection `default` of a bench data
# dir (built once, kept between runs), then for each of RUNS rounds: start Salus, time until "Salus ready", load it
# with 16 loopback clients on /api/search and /api/chat (LLM-free), stop it. Prints one table row per round, with
# the server's CPU time per request. QUERY_CACHE=0 turns the query-embedding cache off (every request embeds its
# question); by default it is on, and the question list repeats, so later requests find their embedding cached.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
SHARED="${SHARED:-../shared}"; DATA="${DATA:-data/bench-latency}"; PORT="${PORT:-18090}"; RUNS="${RUNS:-3}"
[ -d "$SHARED/data/medquad" ] || { echo "no $SHARED/data; skipping"; exit 0; }
[ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -B -q install -DskipTests
mkdir -p "$DATA"
# CORPUS=starter measures on the built-in starter corpus instead.
if [ "${CORPUS:-medquad}" = starter ]; then
  ./salus ingest --format salus-md --path knowledge-base/src/main/resources/salus/starter-corpus --data-dir "$DATA"
else
  ./salus ingest --format medquad-jsonl --path "$SHARED/data/medquad/medquad.jsonl.gz" --data-dir "$DATA"
  ./salus ingest --format medlineplus-jsonl --path "$SHARED/data/medlineplus/health_topics_en_medquad2017.jsonl" --data-dir "$DATA"
fi
questions="$(mktemp -p "$DATA" questions.XXXX)"
python3 - "$SHARED/eval/consumer-questions/healthsearchqa_dev.jsonl" > "$questions" <<'PY'
import json, sys
for line in open(sys.argv[1]):
    print(json.loads(line)["question"])
PY
cp="$(./mvnw -B -q -pl bench dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
echo "| round | startup s | endpoint | clients | requests | p50 ms | p95 ms | p99 ms | server CPU ms/request |"
cache=()
[ -n "${QUERY_CACHE:-}" ] && cache=(--salus.retrieval.query-cache="$QUERY_CACHE")
for round in $(seq 1 "$RUNS"); do
  log="$DATA/serve-$round.log"
  start=$(date +%s.%N)
  ./salus serve --port "$PORT" --data-dir "$DATA" --salus.corpus.starter-when-empty=false "${cache[@]}" > "$log" 2>&1 &
  pid=$!
  until grep -q "Salus ready" "$log"; do sleep 0.05; kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }; done
  ready=$(python3 -c "print(round($(date +%s.%N) - $start, 2))")
  "$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector -cp "bench/target/classes:$cp" org.salus.bench.LatencyBenchmark \
      --url "http://127.0.0.1:$PORT" --clients "${CLIENTS:-16}" --requests "${REQUESTS:-2000}" --questions "$questions" --server-pid "$pid" 2>/dev/null \
    | sed "s/^/| $round | $ready /"
  kill $pid; wait $pid 2>/dev/null || true
done
rm -f "$questions"
