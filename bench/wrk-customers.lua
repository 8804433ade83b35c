-- wrk: every request a batch of 100 new customers (POST /v1/customers/batch), e-mails unique per
-- run, thread and request, so the server creates every row as the importer's batches make it.
-- Needs TOKEN and RUN in the environment. Used by bench/importer.sh.
local token = os.getenv("TOKEN")
local run = os.getenv("RUN")
local threads = 0
local counter = 0
local prefix

function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function init(args)
  prefix = run .. "-" .. id .. "-"
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. token
end

function request()
  counter = counter + 1
  local items = {}
  for i = 1, 100 do
    local n = prefix .. counter .. "-" .. i
    items[i] = '{"email":"w' .. n .. '@example.com","name":"王小明 ' .. n .. '","phone":"0912345678"}'
  end
  return wrk.format(nil, "/v1/customers/batch",
    nil, '{"on_conflict":"skip","customers":[' .. table.concat(items, ",") .. ']}')
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format("WRK requests=%d seconds=%.3f non2xx=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, errors.status,
    errors.connect + errors.read + errors.write + errors.timeout))
end
