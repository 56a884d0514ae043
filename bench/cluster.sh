#!/usr/bin/env bash
# Cluster test on one machine (issue 18): a throwaway PostgreSQL on its own port, three Salus instances in cluster
# mode behind HAProxy (health checks on /readyz, no stickiness), all on loopback. Under chat load it SIGKILLs one
# instance (failures at most the requests in flight), SIGTERMs another (no failures), pauses one with SIGSTOP
# (traffic moves to the others); then publishes a new generation with `./salus ingest` and times until every
# instance serves it; compares audit rows with successful turns; erases a session through one instance that two
# others wrote; stops PostgreSQL for 30 s and checks that chat still answers and the lost audit writes are counted
# and written once it is back. Bounded request loops only. Needs: haproxy (apt-get install haproxy), PostgreSQL
# server binaries (apt-get install postgresql), curl, and root (the server runs as the postgres user, like .ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
PGPORT="${PGPORT:-55433}"; LB="${LB:-18180}"; PORTS=(18181 18182 18183); MGMT=(19181 19182 19183)
WORKERS="${WORKERS:-4}"; PER_WORKER="${PER_WORKER:-30}"
command -v haproxy >/dev/null || { echo "bench/cluster.sh needs haproxy: apt-get install haproxy" >&2; exit 2; }
PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -n "$PGBIN" ] || { echo "bench/cluster.sh needs the PostgreSQL server: apt-get install postgresql" >&2; exit 2; }
[ -f assistant/target/salus-exec.jar ] || ./mvnw -B -q -pl assistant -am package -DskipTests

work="$(mktemp -d /tmp/salus-cluster.XXXXXX)"; chmod 755 "$work"
pids=(0 0 0); lbpid=""
cleanup() {
  for p in "${pids[@]}" $lbpid; do [ "$p" != 0 ] && kill -CONT "$p" 2>/dev/null; [ "$p" != 0 ] && kill "$p" 2>/dev/null; done
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
  wait 2>/dev/null || true
  echo "(logs kept in $work)"
}
trap cleanup EXIT

pg() { runuser -u postgres -- "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -d salus -tAc "$1"; }
pg_start() { runuser -u postgres -- "$PGBIN/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w \
               -o "-p $PGPORT -k $work/sock -c listen_addresses=127.0.0.1" start >/dev/null; }
mkdir -p "$work/sock"; chown postgres "$work" "$work/sock"
runuser -u postgres -- "$PGBIN/initdb" -D "$work/pg" -A trust -U postgres >/dev/null
pg_start
runuser -u postgres -- "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "CREATE DATABASE salus"

export SALUS_CLUSTER_ENABLED=true SALUS_CLUSTER_SECRET="bench-cluster-secret-$(date +%s)-0123456789abcdef"
export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PGPORT/salus" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=x
export SALUS_AOT=0
./salus ingest --format salus-md --path knowledge-base/src/test/resources/tiny-corpus --data-dir "$work/builder-1" \
  --embedding none >"$work/ingest-1.log" 2>&1

start() { # instance index 0..2
  ./salus serve --port "${PORTS[$1]}" --data-dir "$work/i$1" --management.server.port="${MGMT[$1]}" \
    --salus.retrieval.embedding=none --salus.corpus.starter-when-empty=false --salus.rate-limit.enabled=false \
    --server.shutdown=graceful >>"$work/i$1.log" 2>&1 &
  pids[$1]=$!
}
ready() { for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:${PORTS[$1]}/readyz" >/dev/null && return 0; sleep 0.5; done; return 1; }
for i in 0 1 2; do start $i; done
for i in 0 1 2; do ready $i || { echo "instance $i never became ready"; exit 1; }; done

sed -e "s/127.0.0.1:8080/127.0.0.1:$LB/" -e "s/:8081/:${PORTS[0]}/" -e "s/:8082/:${PORTS[1]}/" -e "s/:8083/:${PORTS[2]}/" \
  deploy/haproxy/haproxy.cfg >"$work/haproxy.cfg"
haproxy -f "$work/haproxy.cfg" >"$work/haproxy.log" 2>&1 & lbpid=$!
sleep 3

chat() { # url session -> http code
  curl -s -o /dev/null -w '%{http_code}\n' --max-time 60 -H 'Content-Type: application/json' \
    -d "{\"message\":\"What are the warning signs of a stroke?\",\"sessionId\":\"$2\"}" "$1/api/chat" || echo 000
}
loadpids=()
load() { # name: WORKERS loops of PER_WORKER requests through the balancer; codes to $work/name.codes
  : >"$work/$1.codes"; loadpids=()
  for w in $(seq 1 "$WORKERS"); do
    ( for n in $(seq 1 "$PER_WORKER"); do chat "http://127.0.0.1:$LB" "bench-$1-$w-$n"; done >>"$work/$1.codes" ) &
    loadpids+=($!)
  done
}
wait_load() { wait "${loadpids[@]}"; }
report() { # name -> "ok failed"
  local ok fail; ok=$(grep -c '^200$' "$work/$1.codes" || true); fail=$(grep -vc '^200$' "$work/$1.codes" || true)
  printf '| %-28s | %4d | %4d | %s |\n' "$1" "$ok" "$fail" "$2"
  echo "$ok" >>"$work/successes"
}
echo "| scenario                     |  ok  | fail | note |"
echo "| ---------------------------- | ---- | ---- | ---- |"
load baseline; wait_load; report baseline "3 instances"

load sigkill; sleep 2; kill -9 "${pids[0]}"; wait_load
report sigkill "SIGKILL instance 1 under load; failures must be <= $WORKERS in flight"
start 0; ready 0
load sigterm; sleep 2; kill -TERM "${pids[1]}"; wait_load
report sigterm "SIGTERM instance 2 under load; failures must be 0"
start 1; ready 1
load sigstop; sleep 2; kill -STOP "${pids[2]}"; sleep 8; kill -CONT "${pids[2]}"; wait_load
report sigstop "instance 3 paused 8 s; health checks move traffic"

cat >"$work/new.md" <<'EOF'
---
id: bench-cluster-okapi-itch
title: Okapi itch
language: en
publisher: Salus bench
url: https://example.org/okapi-itch
review: {status: approved, reviewer: Bench, reviewed-on: 2026-01-01, expires-on: null}
---
# Okapi itch

Okapi itch is an invented condition that shows a new generation reaching every instance.
EOF
./salus ingest --format salus-md --path "$work/new.md" --data-dir "$work/builder-2" --embedding none >"$work/ingest-2.log" 2>&1
t0=$(date +%s%N)
for i in 0 1 2; do
  until curl -s "http://127.0.0.1:${PORTS[$i]}/api/search?q=okapi+itch" | grep -q bench-cluster-okapi-itch; do
    [ $(( ($(date +%s%N) - t0) / 1000000 )) -lt 10000 ] || { echo "instance $i did not serve the new generation within 10 s"; exit 1; }
    sleep 0.1
  done
done
echo "| new generation on all 3      |      |      | $(( ($(date +%s%N) - t0) / 1000000 )) ms after ingest returned |"

sleep 2
successes=$(awk '{s += $1} END {print s}' "$work/successes"); rows=$(pg "SELECT COUNT(*) FROM audit_turn")
echo "| audit rows / successful turns |      |      | $rows / $successes (the SIGKILLed instance loses what it had queued) |"

for i in 0 1; do chat "http://127.0.0.1:${PORTS[$i]}" bench-erase-me >/dev/null; done
token=$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' \
  -d '{"message":"What is a stroke?","sessionId":"bench-erase-me"}' "http://127.0.0.1:${PORTS[2]}/api/chat" \
  | awk -F': ' 'tolower($1)=="x-session-token" {print $2}' | tr -d '\r')
sleep 2
hash=$(pg "SELECT session_hash FROM audit_turn ORDER BY id DESC LIMIT 1")
before=$(pg "SELECT COUNT(*) FROM audit_turn WHERE session_hash = '$hash'")
code=$(curl -s -o /dev/null -w '%{http_code}' -X DELETE -H "X-Session-Token: $token" "http://127.0.0.1:${PORTS[1]}/api/sessions/bench-erase-me")
after=$(pg "SELECT COUNT(*) FROM audit_turn WHERE session_hash = '$hash'")
echo "| erasure via instance 2       |      |      | HTTP $code; rows of the session written by 3 instances: $before -> $after |"

rows_before=$(pg "SELECT COUNT(*) FROM audit_turn")
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$work/pg" -m fast stop >/dev/null
: >"$work/outage.codes"
for n in $(seq 1 15); do for i in 0 1 2; do chat "http://127.0.0.1:${PORTS[$i]}" "bench-outage-$n" >>"$work/outage.codes"; done; sleep 1.7; done
report outage "PostgreSQL stopped ~30 s; instances asked directly (their /readyz is 503 meanwhile)"
outage_ok=$(grep -c '^200$' "$work/outage.codes" || true)
failed=0; for i in 0 1 2; do
  f=$(curl -s "http://127.0.0.1:${MGMT[$i]}/actuator/prometheus" | awk '/^salus_audit_rows_failed_total/ {print int($2)}')
  failed=$((failed + ${f:-0})); done
pg_start; sleep 35
rows_after=$(pg "SELECT COUNT(*) FROM audit_turn")
echo "| audit during the outage      |      |      | $failed writes failed and were counted; $((rows_after - rows_before)) of $outage_ok outage turns written once PostgreSQL was back |"
