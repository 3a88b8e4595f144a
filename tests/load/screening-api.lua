-- wrk script: POST /api/v1/screenings with a rotating set of names and the API key from the environment.
-- Usage: API_KEY=psk_... wrk -t2 -c32 -d20s --latency -s tests/load/screening-api.lua http://127.0.0.1:5080
local names = {
  "Harbin Institute of Technology", "ハルビン工業大学", "Beihang University", "Northwestern Polytechnical University",
  "Quiet Meadow Bakery", "Tokyo Example Trading Co., Ltd.", "Sharif University of Technology", "中国工程物理研究院",
  "Rosoboronexport", "Example Robotics GmbH", "Kim Jong Un", "Osaka Research Laboratory",
}
local counter = 0
local key = os.getenv("API_KEY") or ""

request = function()
  counter = counter + 1
  local name = names[(counter % #names) + 1]
  local body = '{"subject":{"name":"' .. name .. '"}}'
  return wrk.format("POST", "/api/v1/screenings", { ["Content-Type"] = "application/json", ["X-Api-Key"] = key }, body)
end

done = function(summary, latency, requests)
  io.write(string.format("p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
