#!/usr/bin/env bash
# NFCorpus dev nDCG@10 per answer mode (issue #7): NFCorpus's documents in collection `nfcorpus` of a bench data dir
# (ingested once, kept between runs), one Salus serving that collection without an LLM, then ModesRetrievalBenchmark
# asks GET /api/search?mode=M for every dev query and scores each mode's ranking beside plain Lucene BM25.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
SHARED="${SHARED:-../shared}"; DATA="${DATA:-data/bench-nfcorpus}"; PORT="${PORT:-18093}"; QUERIES="${QUERIES:-dev.titles}"
NF="$SHARED/data/nfcorpus/heidelberg"
[ -d "$NF" ] || { echo "no $NF; skipping"; exit 0; }
[ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -B -q install -DskipTests
./salus ingest --format tsv --path "$NF/docs.test+dev.preprocessed.tsv.gz" --collection nfcorpus --data-dir "$DATA"
cp="$(./mvnw -B -q -pl bench dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
log="$DATA/serve.log"
./salus serve --port "$PORT" --data-dir "$DATA" --salus.corpus.collection=nfcorpus \
    --salus.corpus.starter-when-empty=false > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until grep -q "Salus ready" "$log"; do sleep 0.1; kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }; done
"$JAVA_HOME/bin/java" -cp "bench/target/classes:knowledge-base/target/classes:$cp" org.salus.bench.ModesRetrievalBenchmark \
    --url "http://127.0.0.1:$PORT" --shared "$SHARED" --data-dir "$DATA" --queries "$QUERIES"
