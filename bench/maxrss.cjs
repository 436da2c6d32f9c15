// Preloaded into a process (node -r bench/maxrss.cjs …) to report its peak resident memory: at exit it
// writes process.resourceUsage().maxRSS (kilobytes) to the file named by BENCH_MAXRSS_FILE.
const { writeFileSync } = require("node:fs");

process.on("exit", () => {
  const file = process.env.BENCH_MAXRSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
