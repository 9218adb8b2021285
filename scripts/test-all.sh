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

# The total, then every failed test by file and name with the start of its message, so that the end
# of a long log says what failed.
node -e '
const fs = require("node:fs"), path = require("node:path");
let passed = 0, failed = 0, skipped = 0;
const failures = [];
for (const f of fs.readdirSync(process.argv[1]).sort()) {
  const r = JSON.parse(fs.readFileSync(path.join(process.argv[1], f), "utf8"));
  passed += r.numPassedTests; failed += r.numFailedTests; skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  for (const file of r.testResults ?? []) {
    const where = `${path.basename(f, ".json")}: ${path.relative(process.cwd(), file.name)}`;
    const tests = (file.assertionResults ?? []).filter((t) => t.status === "failed");
    for (const t of tests) failures.push([`${where} > ${t.fullName}`, t.failureMessages?.[0]]);
    // A file that fails before its tests run (an import, a hook) has no failed test of its own.
    if (file.status === "failed" && tests.length === 0) failures.push([where, file.message]);
  }
}
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
for (const [name, message] of failures) {
  console.log(`FAILED ${name}`);
  const lines = String(message ?? "").split("\n").slice(0, 6);
  for (const line of lines) console.log(`    ${line}`);
}
' "$reports"
exit $status
