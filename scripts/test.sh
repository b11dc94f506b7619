#!/usr/bin/env bash
# Runs every test of the solution on a fresh machine: installs what the tests need, then `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")/.."

# What the card and end-to-end tests need (tests/ComplaintsBot.Tests/Cards, /EndToEnd): Debian's Chromium, node, and
# tests/e2e's npm packages (adaptivecards, playwright-core, the Agents Playground) and tests/teams-validator's (atk).
# Each step runs only when its result is missing or out of date, and says nothing when all is in place.
apt_install() {
  local sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  echo "test.sh: installing $* (apt-get)"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}
if [ ! -x /usr/bin/chromium ]; then apt_install chromium; fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then apt_install nodejs npm; fi
# The PostgreSQL tests (tests/ComplaintsBot.Tests/Workflows/Reminders) start a throwaway cluster from Debian's package
# unless PG_TEST_CONNECTION names a server.
if [ -z "${PG_TEST_CONNECTION:-}" ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then apt_install postgresql; fi
# The several-instances test (tests/ComplaintsBot.Tests/Instances) puts Debian's HAProxy in front of two hosts.
if [ ! -x /usr/sbin/haproxy ]; then apt_install haproxy; fi
# npm ci in a folder unless its node_modules was installed from the same package-lock.json.
npm_ci() {
  local folder="$1"; shift
  local lock_hash stamp="$folder/node_modules/.installed-from-lock"
  lock_hash="$(sha256sum "$folder/package-lock.json" | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_hash" ]; then
    echo "test.sh: npm ci in $folder"
    (cd "$folder" && npm ci --no-audit --no-fund --loglevel=error "$@" >/dev/null)
    echo "$lock_hash" > "$stamp"
  fi
}
npm_ci tests/e2e
# Microsoft's Teams app validator (tests/ComplaintsBot.Tests/Manifest/TeamsValidatorTests): the Microsoft 365 Agents
# Toolkit CLI, in a folder of its own since it is large. No install scripts (its .npmrc says why).
npm_ci tests/teams-validator --ignore-scripts

dotnet restore ComplaintsBot.sln
dotnet build ComplaintsBot.sln --no-restore -c Release
status=0
dotnet test ComplaintsBot.sln --no-build -c Release --logger "console;verbosity=normal" 2>&1 | tee artifacts-test.log || status=$?

# One closing line over every test project, in the plain form CI reads.
# awk, not grep: grep finding no "Failed:" line (a green run) would end the script under pipefail with status 1.
passed=$(awk '/^[[:space:]]+Passed: [0-9]+/ {s+=$2} END {print s+0}' artifacts-test.log)
failed=$(awk '/^[[:space:]]+Failed: [0-9]+/ {s+=$2} END {print s+0}' artifacts-test.log)
echo "tests: ${passed} passed, ${failed} failed"
exit "$status"
