#!/usr/bin/env bash
# Lighthouse (mobile, simulated slow 4G and 4x CPU slowdown) on the production build with Debian's Chromium.
# Starts the jar on 127.0.0.1 unless BASE_URL points at a running portal; prints scores and key metrics.
#   usage: src/test/benchmarks/lighthouse.sh [path ...]      default: /?lang=de /?lang=ar
#   needs: ./mvnw package -DskipTests first, chromium, Node 24 (source .ci/node.sh)
set -euo pipefail
cd "$(dirname "$0")/../../.."
PATHS=("$@"); [[ ${#PATHS[@]} -eq 0 ]] && PATHS=("/?lang=de" "/?lang=ar")
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
LH_HOME=${LH_HOME:-/tmp/kitabruecke-lighthouse}
WORK=$(mktemp -d)
APP=""
trap '[[ -n $APP ]] && kill $APP 2>/dev/null; rm -rf "$WORK"' EXIT

[[ -x $LH_HOME/node_modules/.bin/lighthouse ]] || (mkdir -p "$LH_HOME" && cd "$LH_HOME" && npm install --silent lighthouse@13)
if [[ -z ${BASE_URL:-} ]]; then
  BASE_URL=http://127.0.0.1:18081
  "$JAVA_HOME/bin/java" -jar target/kitabruecke.jar --spring.profiles.active=demo --server.port=18081 \
    --kitabruecke.embedded-db.data-dir="$WORK/mariadb" >"$WORK/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 120); do curl -fs "$BASE_URL/livez" >/dev/null 2>&1 && break; sleep 1; done
  curl -fs -o /dev/null "$BASE_URL/"   # first request warms the server up
fi
for path in "${PATHS[@]}"; do
  out="$WORK/report.json"
  CHROME_PATH=$(command -v chromium) "$LH_HOME/node_modules/.bin/lighthouse" "$BASE_URL$path" --quiet \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
    --only-categories=performance,accessibility,best-practices,seo --output=json --output-path="$out" >/dev/null 2>&1
  python3 - "$out" "$path" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
a = r['audits']
scores = ' '.join('%s %d' % (k, round(v['score'] * 100)) for k, v in r['categories'].items())
metrics = ', '.join('%s %s' % (n, a[k]['displayValue']) for n, k in [
    ('FCP', 'first-contentful-paint'), ('LCP', 'largest-contentful-paint'), ('TBT', 'total-blocking-time'),
    ('CLS', 'cumulative-layout-shift'), ('transferred', 'total-byte-weight')])
print('%-14s %s | %s' % (sys.argv[2], scores, metrics))
PY
done
