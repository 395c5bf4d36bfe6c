#!/usr/bin/env bash
# Public verification benchmark (issue: public verification of a certificate). Start the app first in another
# terminal, with the rate limit off:
#   AK_VERIFY_RATE_LIMIT=0 JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 mvn -Prun package
# then: bash bench/verify.sh
# AK_BENCH_URL, AK_BENCH_DB (the dev MariaDB, where the bench writes its certificates), AK_BENCH_CLIENTS (32),
# AK_BENCH_WARMUP (20 s, not counted) and AK_BENCH_SECONDS (60) change it.
set -euo pipefail
cd "$(dirname "$0")"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
driver=$(ls ~/.m2/repository/org/mariadb/jdbc/mariadb-java-client/*/mariadb-java-client-*.jar | grep -v sources | tail -1)
# a small heap and one GC thread: the load generator shares the two cores with the app and the database
"$JAVA_HOME/bin/java" -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 --class-path "$driver" VerifyBench.java
