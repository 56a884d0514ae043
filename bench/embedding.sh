#!/usr/bin/env bash
# Query-embedding cost and ingest rate: Salus's tuned BGE-small ONNX session against LangChain4j's stock one,
# alternating in one run (issue #2). ROUNDS rounds of each (default 2).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
[ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -B -q install -DskipTests
cp="$(./mvnw -B -q -pl bench dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
"$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
    -cp "bench/target/classes:knowledge-base/target/classes:$cp" org.salus.bench.EmbeddingBenchmark \
    --shared "${SHARED:-../shared}" --rounds "${ROUNDS:-2}" 2>/dev/null
