#!/usr/bin/env bash
# Runs every test of the solution on a fresh machine: installs what the tests need, then `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet restore ComplaintsBot.sln
dotnet build ComplaintsBot.sln --no-restore -c Release
dotnet test ComplaintsBot.sln --no-build -c Release --logger "console;verbosity=normal" 2>&1 | tee artifacts-test.log
