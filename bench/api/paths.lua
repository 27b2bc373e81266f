-- wrk script: replays the request paths listed one per line in the file named by $WRK_PATHS,
-- each thread starting at a random line so threads do not ask the same thing in lockstep.
local paths = {}
local next_index = 1

function init(args)
  for line in io.lines(os.getenv("WRK_PATHS")) do
    paths[#paths + 1] = line
  end
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 1000)
  next_index = math.random(#paths)
end

function request()
  next_index = next_index % #paths + 1
  return wrk.format("GET", paths[next_index])
end
