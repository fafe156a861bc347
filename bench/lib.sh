# Shared by bench/run.sh and bench/scale.sh (sourced).

# bench_tokens BASE_URL: logs in the seeded users bench0..bench63 and writes "token latest-diary-id email" lines to
# $BENCH_USERS, the file the wrk scripts read (bench/wrk/common.lua).
bench_tokens() {
  local base=$1
  : > "$BENCH_USERS"
  for i in $(seq 0 63); do
    local email=bench$i@bench.local token diary
    token=$(curl -sf -XPOST "$base/api/v1/auth/login" -H 'content-type: application/json' \
      -d "{\"email\":\"$email\",\"password\":\"bench-pass-1\"}" | jq -r .access_token)
    diary=$(curl -sf "$base/api/v1/diaries?per_page=1" -H "Authorization: Bearer $token" | jq -r '.items[0].id')
    echo "$token $diary $email" >> "$BENCH_USERS"
  done
}
