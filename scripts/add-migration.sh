#!/usr/bin/env bash
# Adds an EF Core migration named NAME for both database providers (SQLite and PostgreSQL).
# Run it after every change to the EF Core model, then build and run the storage tests:
# they fail while either provider has model changes without a migration.
set -euo pipefail

if [[ $# -ne 1 || ! "$1" =~ ^[A-Z][A-Za-z0-9]*$ ]]; then
  echo "usage: scripts/add-migration.sh NAME   (NAME in PascalCase, for example AddCrawlProgress)" >&2
  exit 2
fi

name="$1"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
dotnet tool restore >/dev/null

for provider in Sqlite Postgres; do
  project="src/PartnerScreening.Storage.${provider}"
  echo "Adding migration ${name} to ${project}"
  dotnet restore "$project" >/dev/null
  dotnet ef migrations add "$name" \
    --project "$project" \
    --startup-project "$project" \
    --context PartnerScreeningDbContext \
    --output-dir Migrations
done
