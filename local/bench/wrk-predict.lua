-- wrk script: POST /predict with a different review each request, read from a file of JSON bodies
-- (one {"text": "..."} per line), e.g.
--   wrk -t2 -c8 -d30s --latency -s local/bench/wrk-predict.lua http://127.0.0.1:8080 -- bodies.jsonl
-- docs/PERFORMANCE.md shows how to write bodies.jsonl from the review data set.
local bodies = {}
local next_body = 0

function init(args)
  local file = args[1] or "bodies.jsonl"
  for line in io.lines(file) do
    if #line > 0 then
      bodies[#bodies + 1] = line
    end
  end
  if #bodies == 0 then
    error("no request bodies in " .. file)
  end
end

function request()
  next_body = next_body % #bodies + 1
  return wrk.format("POST", "/predict", { ["Content-Type"] = "application/json" }, bodies[next_body])
end

function response(status, headers, body)
  if status ~= 200 then
    io.stderr:write("unexpected status " .. status .. ": " .. body .. "\n")
  end
end
