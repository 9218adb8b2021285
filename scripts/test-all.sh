#!/usr/bin/env bash
# Runs every test: shared, server (SQLite, and PostgreSQL when TEST_POSTGRES_URL is set), client,
# then the browser end-to-end suite against the built app. Prints one total line at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

pnpm install --frozen-lockfile --prefer-offline >/dev/null

reports="$(mktemp -d)"
trap 'rm -rf "$reports"' EXIT

if [ -z "${TEST_POSTGRES_URL:-}" ]; then
  echo "note: TEST_POSTGRES_URL is not set, so database tests run on SQLite only."
  echo "      For PostgreSQL too: TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres pnpm test"
fi

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ "${SKIP_E2E:-}" != "1" ] && [ ! -x "$chromium" ]; then
  echo "error: browser tests need Chromium at $chromium (apt-get install -y chromium), or CHROMIUM_PATH." >&2
  echo "       SKIP_E2E=1 pnpm test runs everything else." >&2
  exit 1
fi
nginx="${NGINX_PATH:-/usr/sbin/nginx}"
if [ "${SKIP_E2E:-}" != "1" ] && [ ! -x "$nginx" ]; then
  echo "error: the browser test of public caching puts nginx in front of the server: $nginx is missing" >&2
  echo "       (apt-get install -y nginx-light), or set NGINX_PATH. SKIP_E2E=1 pnpm test runs everything else." >&2
  exit 1
fi

echo "== build"
pnpm run build

status=0
run() { # name, filter
  local started=$SECONDS
  echo "== tests: $1"
  pnpm --filter "$2" exec vitest run --reporter=default --reporter=json --outputFile="$reports/$1.json" || status=1
  echo "== tests: $1 took $((SECONDS - started)) s"
}
run shared ./shared
run server ./server
run client ./client
if [ "${SKIP_E2E:-}" != "1" ]; then run e2e ./test; fi

node -e '
const fs = require("node:fs"), path = require("node:path");
let passed = 0, failed = 0, skipped = 0;
for (const f of fs.readdirSync(process.argv[1])) {
  const r = JSON.parse(fs.readFileSync(path.join(process.argv[1], f), "utf8"));
  passed += r.numPassedTests; failed += r.numFailedTests; skipped += r.numPendingTests + (r.numTodoTests ?? 0);
}
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
' "$reports"
exit $status
