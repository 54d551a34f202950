# Sourced by the benchmark scripts that drive the API: JSON fields, tokens and calls, with BASE set.
json() { python3 -c "import sys,json; print(json.load(sys.stdin)$1)"; }
token() { curl -sf -X POST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$2\"}" | json "['token']"; }
call() { curl -sf -X "$1" "$BASE$2" -H "Authorization: Bearer $3" -H 'Content-Type: application/json' -d "$4"; }
