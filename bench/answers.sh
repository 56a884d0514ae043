#!/usr/bin/env bash
# Answer-quality benchmark (issue 20): the LLM-free instant answer over the MedlinePlus English topics (collection
# `medlineplus-en` of a bench data dir, built once and kept between runs). Prints, per question set, the abstention
# rate, the share of answers that lean on context the reader never saw, the median answer length, and ROUGE-1/2
# recall of MedQuAD reference answers from NIH sources other than MedlinePlus, against the opening words of the top
# passage cut to the same length. DETAILS=FILE writes one JSON line per question; CLASSES=DIR runs another build's
# assistant main classes (how the "before" figures were taken), KB_CLASSES another build's knowledge-base classes
# (this tree's are used before the stale ones in ~/.m2). See docs/ANSWERS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
SHARED="${SHARED:-../shared}"; DATA="${DATA:-data/bench-answers}"; N="${N:-300}"; CONSUMER="${CONSUMER:-400}"
[ -d "$SHARED/data/medlineplus" ] || { echo "no $SHARED/data; skipping"; exit 0; }
[ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -B -q -o -pl knowledge-base,assistant test-compile
cp="$(./mvnw -B -q -o -pl assistant dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
mkdir -p "$DATA"
"$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
    -cp "assistant/target/test-classes:${CLASSES:-assistant/target/classes}:${KB_CLASSES:-knowledge-base/target/classes}:$cp" org.salus.assistant.rag.AnswerQualityBench \
    --shared "$SHARED" --data "$DATA" --n "$N" --consumer "$CONSUMER" --sets "${SETS:-en,es}" ${DETAILS:+--out "$DETAILS"}
