#!/usr/bin/env bash
# Lints an OpenAPI document (default: the one OpenApiIT saved from the running server) with both
# linters our users' tooling runs, and fails on any error or warning: Redocly's recommended rules
# (recommended-strict makes its warnings errors) and Spectral's spectral:oas.
set -euo pipefail
cd "$(dirname "$0")/.."
document=$(realpath "${1:-it/target/openapi.yaml}")
tools="${ZANGSHO_LINT_TOOLS:-${HOME}/.cache/zangsho-openapi-lint}"
mkdir -p "$tools"
if [ ! -x "$tools/node_modules/.bin/redocly" ] || [ ! -x "$tools/node_modules/.bin/spectral" ]; then
  npm install --prefix "$tools" --no-audit --no-fund --silent \
    @redocly/cli@2.77.0 @stoplight/spectral-cli@6.16.3 >/dev/null
fi
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
printf 'extends:\n  - recommended-strict\n' > "$config/redocly.yaml"
printf 'extends: ["spectral:oas"]\n' > "$config/.spectral.yaml"

echo "== Redocly (recommended-strict) on $document"
(cd "$config" && "$tools/node_modules/.bin/redocly" lint --config redocly.yaml "$document")
echo "== Spectral (spectral:oas) on $document"
"$tools/node_modules/.bin/spectral" lint --ruleset "$config/.spectral.yaml" --fail-severity=hint "$document"
