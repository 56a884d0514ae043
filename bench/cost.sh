#!/usr/bin/env bash
# Server CPU time per request (issue 19): Salus serving the MedlinePlus English topics, loaded by CLIENTS loopback
# clients with distinct questions it has never seen (HealthSearchQA dev + MedicationQA, shuffled with a fixed seed),
# its CPU time read from /proc/<pid>/stat around each batch, beside the bare encoder's CPU per query measured in the
# same run by the load generator itself, with the server's own encoder classes. Prints one row per round and the
# medians: /api/search uncached, the same searches again (embedding cached), /api/chat in Instant mode (no LLM).
#   bench/cost.sh                                  # build, ingest once into data/bench-cost, 5 rounds, 4 clients
#   SKIP_BUILD=1 CLIENTS=1 ROUNDS=5 PER_ROUND=100 bench/cost.sh
#   PROFILE=docs/perf SKIP_BUILD=1 ROUNDS=2 bench/cost.sh   # also: JFR CPU-time samples cut by batch, stage table
#                                                          # per request type and flame graphs into docs/perf
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
SHARED="${SHARED:-../shared}"; DATA="${DATA:-data/bench-cost}"; PORT="${PORT:-18091}"
corpus="$SHARED/data/medlineplus/health_topics_en_medquad2017.jsonl"
hsqa="$SHARED/eval/consumer-questions/healthsearchqa_dev.jsonl"
mqa="$SHARED/eval/consumer-questions/medicationqa_medinfo2019_questions.jsonl"
for f in "$corpus" "$hsqa" "$mqa"; do
  [ -f "$f" ] || { echo "bench/cost.sh: $f not found (pass SHARED=DIR); skipping"; exit 0; }
done
# package, never install: the modules are built in one reactor and nothing in ~/.m2 is replaced
[ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -B -q -DskipTests package -pl bench -am
mkdir -p "$DATA"
./salus ingest --format medlineplus-jsonl --path "$corpus" --data-dir "$DATA" > "$DATA/ingest.log" 2>&1 \
  || { cat "$DATA/ingest.log"; exit 1; }
questions="$DATA/questions.txt"
python3 - "$hsqa" "$mqa" > "$questions" <<'PY'
import json, random, sys
seen, out = set(), []
for path in sys.argv[1:]:
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        q = " ".join(str(r.get("question") or r.get("Question") or "").split())
        if q and q.lower() not in seen:
            seen.add(q.lower()); out.append(q)
random.Random(19).shuffle(out)
print("\n".join(out))
PY
log="$DATA/serve.log"
rm -f "$log"   # else the wait below can read the last run's ready line before this server truncates the file
phases=()
if [ -n "${PROFILE:-}" ]; then
  rm -f "$DATA/phases.txt" "$DATA/profile.jfr"
  export SALUS_JAVA_OPTS="${SALUS_JAVA_OPTS:-} -XX:StartFlightRecording=filename=$DATA/profile.jfr,settings=profile,jdk.CPUTimeSample#enabled=true,jdk.CPUTimeSample#throttle=1ms -XX:FlightRecorderOptions:stackdepth=256"
  phases=(--phases "$DATA/phases.txt")
fi
./salus serve --port "$PORT" --data-dir "$DATA" --salus.corpus.starter-when-empty=false \
    --salus.rate-limit.enabled=false "$@" > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until grep -qs "Salus ready" "$log"; do sleep 0.1; kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }; done
# the java process the launcher exec'd is $pid; the encoder baseline runs on the server's own libraries
cp="bench/target/classes:assistant/target/salus-app/lib/*"
[ -d assistant/target/salus-app/lib ] || { echo "bench/cost.sh: ./salus did not unpack the jar (SALUS_AOT=0?)"; exit 1; }
"$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -XX:+UseSerialGC -cp "$cp" \
    org.salus.bench.CostBenchmark --url "http://127.0.0.1:$PORT" --server-pid "$pid" --questions "$questions" \
    --clients "${CLIENTS:-4}" --rounds "${ROUNDS:-5}" --per-round "${PER_ROUND:-100}" --warmup "${WARMUP:-500}" "${phases[@]}" 2> "$DATA/bench.err" \
  || { grep -v "WARN\|INFO" "$DATA/bench.err"; exit 1; }
echo "passages: $(grep -o '[0-9,]* passages' "$DATA/ingest.log" | tail -1)"
if [ -n "${PROFILE:-}" ]; then
  kill $pid; wait $pid 2>/dev/null || true
  "$JAVA_HOME/bin/java" -cp "$cp" org.salus.bench.CpuProfile --jfr "$DATA/profile.jfr" --phases "$DATA/phases.txt" --out "$PROFILE"
fi
