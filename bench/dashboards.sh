#!/usr/bin/env bash
# Times each level of the office dashboard over HTTP as the logged-in SYSADMIN: all of Indonesia, the largest
# province, the largest kabupaten, the largest kecamatan and one koperasi (each the worst case of its level).
# Two warm-up requests per page, then AK_BENCH_RUNS timed ones; prints p50, p95 and max (ms) of the full page.
#   bench/dashboards.sh                         # against http://127.0.0.1:8080
#   AK_BENCH_BASE=http://127.0.0.1:8290 AK_BENCH_RUNS=20 bench/dashboards.sh
set -euo pipefail
BASE=${AK_BENCH_BASE:-http://127.0.0.1:8080}
RUNS=${AK_BENCH_RUNS:-10}
LOGIN=${AK_BENCH_LOGIN:-admin@demo.akademikoperasi.id}
PASSWORD=${AK_BENCH_PASSWORD:-Koperasi#2026}
LEVELS=${AK_BENCH_LEVELS:-"national: provinsi:33 kabupaten:11.08 kecamatan:95.06.03 koperasi:95.06.03.2001"}

jar=$(mktemp); trap 'rm -f "$jar"' EXIT
viewstate=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "login=login" \
    --data-urlencode "login:username=$LOGIN" --data-urlencode "login:password=$PASSWORD" \
    --data-urlencode "login:submit=" --data-urlencode "jakarta.faces.ViewState=$viewstate" "$BASE/login"

printf '%-10s %-15s %8s %8s %8s %8s\n' level region p50_ms p95_ms max_ms bytes
for entry in $LEVELS; do
    level=${entry%%:*}; code=${entry#*:}
    url="$BASE/office/dashboard?wilayah=$code"
    status=$(curl -s -b "$jar" -o /dev/null -w '%{http_code}' "$url")
    if [ "$status" != 200 ]; then echo "$level $code: HTTP $status (logged in as a SYSADMIN?)" >&2; exit 1; fi
    curl -s -b "$jar" -o /dev/null "$url"
    times=()
    for _ in $(seq "$RUNS"); do
        times+=("$(curl -s -b "$jar" -o /dev/null -w '%{time_total}' "$url")")
    done
    bytes=$(curl -s -b "$jar" -w '%{size_download}' -o /dev/null "$url")
    printf '%s\n' "${times[@]}" | sort -n | awk -v level="$level" -v code="${code:-(Indonesia)}" -v bytes="$bytes" '
        { t[NR] = $1 * 1000 }
        END { p50 = t[int((NR + 1) / 2)]; i95 = int(NR * 0.95 + 0.999); if (i95 > NR) i95 = NR;
              printf "%-10s %-15s %8.0f %8.0f %8.0f %8d\n", level, code, p50, t[i95], t[NR], bytes }'
done
