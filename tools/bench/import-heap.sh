#!/usr/bin/env bash
# Peak heap and time of reading a large criteria sheet (XLSX): the streaming reader that every
# import uses (platform.XlsxFiles, stopping at the 2,000-node limit) against POI's whole-workbook
# XSSFWorkbook, which the imports used before. Each figure comes from its own JVM (-Xmx4g, G1).
# Usage (from the repository root, after `mvn -DskipTests package`): tools/bench/import-heap.sh [ROWS...]
set -euo pipefail
rows=("$@")
[ ${#rows[@]} -gt 0 ] || rows=(2000 200000)
classpath="$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout):target/classes"
for n in "${rows[@]}"; do
  for mode in streaming workbook; do
    java -Xmx4g -cp "$classpath" tools/bench/ImportHeap.java "$mode" "$n" 2>&1 | grep -v "^WARNING\|StatusLogger" \
      || echo "$mode $n rows: failed (see above)"
  done
done
