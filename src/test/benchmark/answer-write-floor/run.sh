#!/usr/bin/env bash
# The floor of PostgreSQL's work per counted answer: answer-batch.sql's batched writes, run by pgbench against a
# throw-away PostgreSQL 15 with the gateway's schema (its Flyway migrations) and the embedded database's durability
# settings (fsync and synchronous_commit off). Prints answers/s for each run and their median, then where the time
# of the last run went, statement by statement. answer-single.sql runs the gateway's own unbatched statements instead.
# Usage: run.sh [runs=3] [seconds=30] [clients=2] [script=answer-batch.sql]
set -euo pipefail
runs=${1:-3} seconds=${2:-30} clients=${3:-2}
here=$(cd "$(dirname "$0")" && pwd)
script="$here/${4:-answer-batch.sql}"
answers=$(sed -n 's/^-- answers per run: \([0-9]*\)$/\1/p' "$script")
migrations="$here/../../../main/resources/db/migration"
dir=$(mktemp -d /tmp/answer-write-floor.XXXX)
port=55499
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown nobody "$dir"
as_pg initdb -D "$dir/data" -U postgres >/dev/null
as_pg pg_ctl -D "$dir/data" -l "$dir/log" -w -o "-p $port -k $dir -c listen_addresses='' -c fsync=off \
    -c synchronous_commit=off -c full_page_writes=off -c shared_preload_libraries=pg_stat_statements" start >/dev/null
trap 'as_pg pg_ctl -D "$dir/data" -m fast stop >/dev/null; rm -rf "$dir"' EXIT
psql="psql -q -h $dir -p $port -U postgres -v ON_ERROR_STOP=1"
$psql -c "create database sawt"
for f in $(ls "$migrations"/V*.sql | sort -V); do $psql -d sawt -f "$f"; done
$psql -d sawt -f "$here/seed.sql"
$psql -d sawt -c "create extension pg_stat_statements"
# busy CPU time of the whole machine so far, in clock ticks (all cores: everything but idle and iowait)
busy_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
# runs pgbench for $1 seconds; prints its batches/s and the CPU seconds pgbench itself used
pgbench_run() {
  local TIMEFORMAT='%U %S'
  { time pgbench -h "$dir" -p "$port" -U postgres -n -M prepared -c "$clients" -j "$clients" -D nc="$clients" \
         -T "$1" -f "$script" sawt > "$dir/pgbench.out" 2>&1; } 2> "$dir/time.out"
  echo "$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$dir/pgbench.out") $(awk '{ print $1 + $2 }' "$dir/time.out")"
}
# warm-up: every contact has answered once and the planner has statistics of the grown tables
pgbench_run 10 >/dev/null
$psql -d sawt -c "analyze"
rates=() costs=()
for run in $(seq 1 "$runs"); do
  $psql -d sawt -c "select pg_stat_statements_reset()" >/dev/null
  before=$(busy_ticks)
  read -r tps client_cpu < <(pgbench_run "$seconds")
  busy=$(( $(busy_ticks) - before ))
  rate=$(awk "BEGIN { printf \"%d\", $tps * $answers }")
  # what the machine was busy with, less pgbench itself, is PostgreSQL's (and the kernel's work for it)
  per_answer=$(awk "BEGIN { printf \"%d\", ($busy / $(getconf CLK_TCK) - $client_cpu) / ($rate * $seconds) * 1e6 }")
  rates+=("$rate") costs+=("$per_answer")
  echo "run $run: $rate answers/s ($tps runs of the script/s, $clients clients, $seconds s);" \
       "machine busy $(awk "BEGIN { printf \"%.0f\", $busy / $(getconf CLK_TCK) / $seconds / $(nproc) * 100 }") %," \
       "PostgreSQL about $per_answer µs of CPU per answer (pgbench itself: $client_cpu s)"
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
echo "median: $(median "${rates[@]}") answers/s, PostgreSQL $(median "${costs[@]}") µs of CPU per answer"
echo "last run, time inside each statement per answer:"
$psql -d sawt -P pager=off -c "select round((total_exec_time / calls / $answers * 1000)::numeric) as us_per_answer,
       left(regexp_replace(query, '\s+', ' ', 'g'), 90) as statement
  from pg_stat_statements where calls > 10 and query not like '%pg_stat_statements%'
 order by total_exec_time desc"
