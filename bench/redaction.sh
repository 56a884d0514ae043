#!/usr/bin/env bash
# JMH: redaction throughput on one thread (texts per second; the set-up line gives mean characters per text).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -q install -DskipTests
cp="$(./mvnw -B -q -pl bench dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
"$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector -cp "bench/target/classes:$cp" org.openjdk.jmh.Main \
  RedactionBenchmark -p shared="${SHARED:-../shared}" "$@"
