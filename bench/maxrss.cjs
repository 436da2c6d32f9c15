// Preloaded into a process (node -r bench/maxrss.cjs …) to report what memory it took: at exit it writes
// {"maxRSSKB", "minorPageFaults"} (process.resourceUsage()) as JSON to the file named by BENCH_MAXRSS_FILE.
const { writeFileSync } = require("node:fs");

process.on("exit", () => {
  const file = process.env.BENCH_MAXRSS_FILE;
  const usage = process.resourceUsage();
  if (file) writeFileSync(file, JSON.stringify({ maxRSSKB: usage.maxRSS, minorPageFaults: usage.minorPageFault }));
});
