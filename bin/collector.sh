# The garbage collector the service runs with, one rule for bin/innograph and bench/run.sh (sourced by both).
# On four cores or fewer, the parallel collector: on two cores G1 took 4-21 % more CPU per request and
# answered 3-12 % later, its concurrent work and write barriers competing with the requests for the cores
# (docs/performance.md, 2026-12-05 evening). Its price is a full collection of about 0.2 s, about once a
# minute at full load, where G1 collects the old generation alongside.
#
# Sets the array innograph_gc to the option to add: none when one of the JVM options given (e.g. JAVA_OPTS)
# names a collector (-XX:+Use…GC), or on a larger machine, where the JVM's default stays.
innograph_collector() {
  innograph_gc=()
  local option options
  read -ra options <<< "${1:-}"
  for option in ${options[@]+"${options[@]}"}; do
    [[ "$option" == -XX:+Use*GC ]] && return 0
  done
  if (( $(nproc 2> /dev/null || echo 8) <= 4 )); then
    innograph_gc=(-XX:+UseParallelGC)
  fi
}
