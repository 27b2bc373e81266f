-- wrk script: replays the request paths listed one per line in the file named by $WRK_PATHS. Each of the
-- $WRK_THREADS threads starts its own stretch of the file (thread k at line k * lines / threads), so no thread asks
-- what another asked a moment before. With random starts, two threads that began within about 2,000 lines of each
-- other had the trailing one answered from the searcher's response cache (4,096 answers), and the "every query new"
-- run measured cache hits as new queries in some runs (44 % of its requests with starts 300 lines apart).
local paths = {}
local next_index = 1
local threads_set_up = 0

function setup(thread)
  thread:set("id", threads_set_up)
  threads_set_up = threads_set_up + 1
end

function init(args)
  for line in io.lines(os.getenv("WRK_PATHS")) do
    paths[#paths + 1] = line
  end
  local threads = tonumber(os.getenv("WRK_THREADS") or "1")
  next_index = math.floor((id or 0) * #paths / threads)
end

function request()
  next_index = next_index % #paths + 1
  return wrk.format("GET", paths[next_index])
end
