#!/usr/bin/env bash
# JMH: latency of the guardrails' input chain per message (sampled; p50/p99 in the output).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -q install -DskipTests
cp="$(./mvnw -B -q -pl bench dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
"$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector -cp "bench/target/classes:$cp" org.openjdk.jmh.Main \
  GuardrailsBenchmark -p shared="${SHARED:-../shared}" "$@"
