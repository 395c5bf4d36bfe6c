#!/usr/bin/env bash
# Lesson page benchmark (issue: courses). Start the app first in another terminal:
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 mvn -Prun package
# then: bash bench/lesson-page.sh
# AK_BENCH_URL (default http://localhost:8080), AK_BENCH_PAGE, AK_BENCH_SECONDS (per concurrency level) change it.
set -euo pipefail
cd "$(dirname "$0")"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
BASE="${AK_BENCH_URL:-http://localhost:8080}"
PAGE="${AK_BENCH_PAGE:-/learn/lesson?kode=KOP-08&no=4}"

# 1. throughput and latency at 1, 8 and 32 concurrent members
"$JAVA_HOME/bin/java" LessonPageBench.java

# 2. bytes on the wire for a first and a repeat visit, as a browser would fetch them (gzip, HTTP/1.1)
jar=$(mktemp); trap 'rm -f "$jar"' EXIT
viewstate=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "login=login" \
    --data-urlencode "login:username=anggota@demo.akademikoperasi.id" --data-urlencode "login:password=Koperasi#2026" \
    --data-urlencode "login:submit=" --data-urlencode "jakarta.faces.ViewState=$viewstate" "$BASE/login"
html=$(mktemp); trap 'rm -f "$jar" "$html"' EXIT
html_bytes=$(curl -s -b "$jar" -H 'Accept-Encoding: gzip' -o "$html" -w '%{size_download}' "$BASE$PAGE")
echo
printf '%-95s %9s %s\n' "resource" "bytes" "cache"
printf '%-95s %9s %s\n' "$PAGE" "$html_bytes" "none (personal page)"
first=$html_bytes
repeat=$html_bytes
resources=$(gunzip -c "$html" 2>/dev/null || cat "$html")
urls=$(printf '%s' "$resources" | grep -oE '(href|src)="[^"]*jakarta\.faces\.resource[^"]*"' | sed -E 's/^(href|src)="//; s/"$//; s/&amp;/\&/g' | sort -u)
# a browser fetches one font format: woff2, referenced by primeicons.css when that stylesheet is on the page
if printf '%s' "$urls" | grep -q 'primeicons.css'; then
    urls=$(printf '%s\n%s' "$urls" "/jakarta.faces.resource/primeicons/primeicons.woff2.xhtml?ln=primefaces&v=15.0.13")
fi
for url in $urls; do
    headers=$(mktemp)
    bytes=$(curl -s -D "$headers" -o /dev/null -H 'Accept-Encoding: gzip' -w '%{size_download}' "$BASE$url")
    max_age=$(grep -i '^cache-control' "$headers" | grep -oE 'max-age=[0-9]+' | cut -d= -f2 || true)
    rm -f "$headers"
    first=$((first + bytes))
    if [ -z "$max_age" ] || [ "$max_age" -lt 86400 ]; then repeat=$((repeat + bytes)); cache="none"; else cache="max-age=$max_age"; fi
    printf '%-95s %9s %s\n' "${url:0:95}" "$bytes" "$cache"
done
echo
printf 'first visit:  %8d bytes (%6.1f KB)   target < 400 KB\n' "$first" "$(echo "$first/1024" | bc -l)"
printf 'repeat visit: %8d bytes (%6.1f KB)   target < 15 KB\n' "$repeat" "$(echo "$repeat/1024" | bc -l)"
