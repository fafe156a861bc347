# Shared by bench/run.sh and bench/scale.sh (sourced).

# bench_tokens BASE_URL: logs in the seeded users bench0..bench(N-1), N = BENCH_LOGINS (256: one user per connection
# at the largest connection count, as real connections are different people; with 64 users shared by 256
# connections, four connections edited each user's diary at once and measured row-lock queues instead of the
# service), and writes "token latest-diary-id email" lines to
# $BENCH_USERS, the file the wrk scripts read (bench/wrk/common.lua).
bench_tokens() {
  local base=$1
  : > "$BENCH_USERS"
  for i in $(seq 0 $((${BENCH_LOGINS:-256} - 1))); do
    local email=bench$i@bench.local token diary
    token=$(curl -sf -XPOST "$base/api/v1/auth/login" -H 'content-type: application/json' \
      -d "{\"email\":\"$email\",\"password\":\"bench-pass-1\"}" | jq -r .access_token)
    diary=$(curl -sf "$base/api/v1/diaries?per_page=1" -H "Authorization: Bearer $token" | jq -r '.items[0].id')
    echo "$token $diary $email" >> "$BENCH_USERS"
  done
}
