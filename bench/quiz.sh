#!/usr/bin/env bash
# Exam benchmark (issue: learning and exams). Start the app first in another terminal:
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 mvn -Prun package
# then: bash bench/quiz.sh
# AK_BENCH_URL, AK_BENCH_COURSE (default KOP-05; each run uses one of the three attempts of each member),
# AK_BENCH_SECONDS (default 120) and AK_BENCH_DB (the dev MariaDB, for the check afterwards) change it.
set -euo pipefail
cd "$(dirname "$0")"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
driver=$(ls ~/.m2/repository/org/mariadb/jdbc/mariadb-java-client/*/mariadb-java-client-*.jar | grep -v sources | tail -1)
"$JAVA_HOME/bin/java" --class-path "$driver" QuizBench.java
