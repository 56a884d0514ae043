#!/usr/bin/env bash
# Per-mode benchmark (issue #7): MedlinePlus English health topics in collection `default` of a bench data dir
# (built once, kept between runs), one Salus without an LLM, then ModesBenchmark sends N consumer questions
# (HealthSearchQA dev) in each mode, one at a time. Prints a latency row and a citation-support row per mode. With
# LLM_DELAY_MS set, Salus composes with bench/openai_stub.py, an OpenAI-compatible stand-in (not a model) that quotes
# the passages it is given after that fixed delay; PROMPT_EVIDENCE=top5 shows it the naive top-5 chunks instead of
# the compressed evidence (salus.modes.prompt-evidence).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
SHARED="${SHARED:-../shared}"; DATA="${DATA:-data/bench-modes}"; PORT="${PORT:-18091}"; N="${N:-60}"
PROMPT_EVIDENCE="${PROMPT_EVIDENCE:-compressed}"; CORPUS="$SHARED/data/medlineplus/health_topics_en_medquad2017.jsonl"
[ -d "$SHARED/data/medlineplus" ] || { echo "no $SHARED/data; skipping"; exit 0; }
[ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -B -q install -DskipTests
./salus ingest --format medlineplus-jsonl --path "$CORPUS" --data-dir "$DATA"
questions="$(mktemp -p "$DATA" questions.XXXX)"
python3 - "$SHARED/eval/consumer-questions/healthsearchqa_dev.jsonl" > "$questions" <<'PY'
import json, sys
for line in open(sys.argv[1]):
    print(json.loads(line)["question"])
PY
cp="$(./mvnw -B -q -pl bench dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
log="$DATA/serve.log"
llm=()
stats=()
if [ -n "${LLM_DELAY_MS:-}" ]; then
  python3 bench/openai_stub.py $((PORT + 1)) "$LLM_DELAY_MS" &
  stub=$!
  llm=(--salus.llm.provider=openai --salus.llm.model=stub --salus.llm.api-key=none --salus.llm.base-url="http://127.0.0.1:$((PORT + 1))/v1")
  stats=(--llm-stats "http://127.0.0.1:$((PORT + 1))/stats")
fi
./salus serve --port "$PORT" --data-dir "$DATA" --salus.corpus.starter-when-empty=false \
    --salus.modes.prompt-evidence="$PROMPT_EVIDENCE" "${llm[@]}" > "$log" 2>&1 &
pid=$!
trap 'kill $pid ${stub:-} 2>/dev/null || true' EXIT
until grep -q "Salus ready" "$log"; do sleep 0.1; kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }; done
"$JAVA_HOME/bin/java" -cp "bench/target/classes:knowledge-base/target/classes:$cp" org.salus.bench.ModesBenchmark \
    --url "http://127.0.0.1:$PORT" --questions "$questions" --n "$N" --corpus "$CORPUS" --corpus-format medlineplus-jsonl "${stats[@]}"
rm -f "$questions"
