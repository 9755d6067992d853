#!/usr/bin/env bash
# Benchmarks Innograph against the raw Neo4j driver and, with --peer, against @neo4j/graphql on the same
# data. Usage: bench/run.sh [--scale seed|10k|100k|1m] [--peer] [--concurrency 1,4,16] [--duration 4s]
#                           [--warmup 1s] [--prime 120s] [--prime-others 120s] [--rounds 4] [--only Q1,Q6]
#                           [--rebuild] [--data DIR]
# The generated store is cached in target/bench/<scale> (or DIR); results go to
# target/bench/results-<date>-<scale>.md/json. "seed" is the curated seed alone, as the app loads it.
# --prime: the whole mix runs against the application for this long before any cell is measured (JIT warm-up);
# --prime-others: the same for the raw driver and the peer. 120 s each: after 30 s the application's first
# cells still ran partly compiled (Q1 at c = 1 twice its warm median). --prime-others 30s saves three minutes
# a run but measured the application lower against the peer (docs/performance.md, 2026-12-02 evening).
set -euo pipefail
cd "$(dirname "$0")/.."

scale=100k peer=false concurrency=1,4,16 duration=4s warmup=1s prime=120s prime_others=120s rounds=4 only= rebuild=false data=
while [[ $# -gt 0 ]]; do
  case "$1" in
    --scale) scale=$2; shift 2 ;;
    --peer) peer=true; shift ;;
    --concurrency) concurrency=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --prime) prime=$2; shift 2 ;;
    --prime-others) prime_others=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --rebuild) rebuild=true; shift ;;
    --data) data=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

app_port=${BENCH_APP_PORT:-18080}
bolt_port=${BENCH_BOLT_PORT:-17687}
peer_port=${BENCH_PEER_PORT:-14000}
data=${data:-target/bench/$scale}
# Enough page cache for the store to stay in memory (1M: 2.6 GB on disk), as a production server would have.
case "$scale" in 1m|*000000) page_cache=${BENCH_PAGE_CACHE:-3g} ;; *) page_cache=${BENCH_PAGE_CACHE:-1g} ;; esac
# Each line says how long the run has taken so far (mm:ss), so a slow step shows.
log() { printf '[bench] %02d:%02d %s\n' $((SECONDS / 60)) $((SECONDS % 60)) "$*"; }

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

# The peer's packages install while the jars build and the graph is generated.
npm_pid=
if [[ "$peer" == true && ! -d bench/peer/node_modules ]]; then
  log "installing the peer (npm ci, in the background)"
  mkdir -p target/bench
  (cd bench/peer && npm ci --no-audit --no-fund --loglevel=error) > target/bench/npm-ci.log 2>&1 &
  npm_pid=$!
  pids+=("$npm_pid")
fi

jar=$(ls target/innograph-*.jar 2>/dev/null | grep -v original | head -1 || true)
bench_jar=$(ls target/bench-jar/innograph-*-bench.jar 2>/dev/null | head -1 || true)
if [[ -z "$jar" || -z "$bench_jar" || "$rebuild" == true ]] \
    || [[ -n "$(find src pom.xml schema.graphqls -newer "$jar" -type f -print -quit)" ]]; then
  log "building the jars"
  ./mvnw -B -q -Pbench package
  jar=$(ls target/innograph-*.jar | grep -v original | head -1)
  bench_jar=$(ls target/bench-jar/innograph-*-bench.jar | head -1)
fi
# The application starts from the jar's extracted layout (its libraries as plain jars, as bin/innograph
# runs it, without the class archive): at 100K 7 s sooner than `java -jar` for the 3 s the extraction takes
# once per jar; once running, the same classes answer.
app_jar=target/bench/app/$(basename "$jar")
if [[ ! -f "$app_jar" || "$jar" -nt "$app_jar" ]]; then
  rm -rf target/bench/app
  java -Djarmode=tools -jar "$jar" extract --destination target/bench/app > /dev/null
fi
# The benchmark is not in the application jar: its own jar (src/bench/java) goes on Boot's launcher's
# loader.path, next to the application's classes and libraries, whose package-private statements it shares.
bench() { java -Xmx3g -Dloader.path="$bench_jar" -Dloader.main=org.innograph.bench.Bench -cp "$jar" \
  org.springframework.boot.loader.launch.PropertiesLauncher "$@"; }

if [[ ! -f "$data/bench-manifest.json" ]]; then
  rm -rf "$data"
  log "generating the $scale graph into $data"
  bench bench-generate --scale "$scale" --data-dir "$data" 2>&1 | grep '^\[bench\]'
fi

wait_for() { # url, seconds, what
  for _ in $(seq 1 "$2"); do
    if curl -sf -o /dev/null "$1"; then return 0; fi
    sleep 1
  done
  echo "$3 did not come up at $1" >&2; exit 1
}

# Q8 is a mutation: an editor token, made on the store before the app opens it. A generated graph comes
# with one (bench-token, made while the generator had the store open); the seed's store, or one generated
# before, gets one from the token command, which starts the application (extracted, as below) once more.
if [[ -s "$data/bench-token" ]]; then
  token=$(cat "$data/bench-token")
else
  token=$(java -Dinnograph.embedded.data-directory="$data" -jar "$app_jar" token create --name "benchmark-$(date +%s)" \
    --role editor 2>/dev/null | grep -o 'igt_[A-Za-z0-9_-]*' | tail -1)
fi
[[ -n "$token" ]] || { echo "could not create an editor token on $data" >&2; exit 1; }

log "starting Innograph on :$app_port (store $data, Bolt :$bolt_port)"
# Rate limits off: the load client is one client sending thousands of requests a minute. The database's
# transaction timeout is the application's read timeout (10 s), so the floor and the peer, which have none
# of their own, are cut off where Innograph is.
# BENCH_APP_OPTS adds JVM options, e.g. -XX:StartFlightRecording=filename=target/bench/app.jfr to profile;
# BENCH_APP_JAVA runs the application on another Java (the client and the token tool stay on `java`).
# The collector is the one bin/innograph picks (bin/collector.sh: the parallel one on four cores or
# fewer); BENCH_APP_GC=-XX:+UseG1GC (or another) chooses instead.
source bin/collector.sh
innograph_collector "${BENCH_APP_GC:-} ${BENCH_APP_OPTS:-}"
"${BENCH_APP_JAVA:-java}" -Xmx2g ${BENCH_APP_GC:-} ${innograph_gc[@]+"${innograph_gc[@]}"} ${BENCH_APP_OPTS:-} \
  -jar "$app_jar" \
  --server.port="$app_port" \
  --innograph.embedded.data-directory="$data" --innograph.embedded.bolt-port="$bolt_port" \
  --innograph.embedded.page-cache="$page_cache" --innograph.seed.enabled=true \
  --innograph.limits.rate-capacity=1000000000 --innograph.limits.rate-refill=1000000000 \
  --innograph.embedded.transaction-timeout=10s \
  --logging.level.root=warn > "target/bench/app-$scale.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$app_port/actuator/health/readiness" 600 Innograph

peer_args=()
if [[ "$peer" == true ]]; then
  if [[ -n "$npm_pid" ]] && ! wait "$npm_pid"; then
    cat target/bench/npm-ci.log >&2
    echo "could not install the peer (npm ci)" >&2; exit 1
  fi
  log "starting @neo4j/graphql on :$peer_port"
  # The embedded database asks for the password it made at its first start and keeps in its directory.
  bolt_password=$(sed -n 's/^password=//p' "$data/bolt-credentials.properties")
  NEO4J_URI="bolt://127.0.0.1:$bolt_port" NEO4J_PASSWORD="$bolt_password" PORT="$peer_port" node bench/peer/server.mjs > "target/bench/peer-$scale.log" 2>&1 &
  pids+=($!)
  wait_for "http://127.0.0.1:$peer_port/health" 120 "the peer"
  peer_args=(--peer "http://127.0.0.1:$peer_port/graphql")
fi

out="target/bench/results-$(date +%Y-%m-%d-%H%M)-$scale"
only_args=()
[[ -n "$only" ]] && only_args=(--only "$only")
log "running the query mix: $prime priming the application, $prime_others the others, then concurrency $concurrency, $duration per cell after $warmup warm-up, targets in turns of $rounds slices"
bench bench-run --data-dir "$data" --app "http://127.0.0.1:$app_port/graphql" --bolt "bolt://127.0.0.1:$bolt_port" \
  --concurrency "$concurrency" --duration "$duration" --warmup "$warmup" --prime "$prime" --prime-others "$prime_others" --rounds "$rounds" --out "$out" --token "$token" \
  "${peer_args[@]}" "${only_args[@]}" 2>&1 | grep '^\[bench\]'
status=${PIPESTATUS[0]}
log "results: $out.md"
exit "$status"
