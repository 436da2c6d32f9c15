// How a newcomer meets the command: --help on every subcommand, the usage when nothing is typed, the README saying
// what --help says, and paths typed from a sub-folder through `npm run` meaning files there.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { USAGE } from "../src/cli/args";
import { invocationFolder } from "../src/cli/nodeIo";
import { runMemoryCli } from "../src/cli/testing/memoryCli";
import { OFFICIAL } from "./fixtures/grids";

const ROOT = path.join(__dirname, "..");
const official = new Uint8Array(fs.readFileSync(OFFICIAL));

/** README's section on the command, from its heading to the next section of the same level. */
function readmeSection(): string {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  const start = readme.indexOf("## The `scorecard` command");
  const end = readme.indexOf("\n## ", start + 1);
  return readme.slice(start, end);
}
const options = (text: string) => new Set(text.match(/(?<![\w-])--?[a-z][a-z-]*/g));

describe("--help", () => {
  it.each([["--help"], ["-h"], ["help"], ["recalc", "--help"], ["check", "-h"], ["export", "--help"], ["export", "units/", "-h"], ["recalc", "hr.xlsx", "--json", "-h"]])(
    "%p prints the usage on stdout and exits 0",
    async (...args) => {
      const r = await runMemoryCli(args, {});
      expect(r.code).toBe(0);
      expect(r.out).toBe(`${USAGE}\n`);
      expect(r.err).toBe("");
    },
  );

  it("no arguments at all print the usage on stderr and exit 1, as bad usage does", async () => {
    const r = await runMemoryCli([], {});
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toContain("a command is required");
    expect(r.err).toContain(USAGE);
  });

  it("export takes --lang en like the others, and says its sentences in English", async () => {
    const r = await runMemoryCli(["export", "hr.xlsx", "--lang", "en"], { "hr.xlsx": official });
    expect(r.code).toBe(0);
    expect(r.out).toContain("total 28.83 · reported 8 of 22 KPIs · pending 14");
    expect(r.out).toContain("Wrote the summary: hr.summary.xlsx");
  });
});

describe("README says what --help says", () => {
  it("shows the usage exactly as --help prints it", () => {
    expect(readmeSection()).toContain(`\`\`\`\n${USAGE}\n\`\`\``);
  });

  it("names the same options and default outputs as --help, each way", () => {
    const readme = readmeSection().replace(/npm run -s scorecard --/g, ""); // npm's own -s is not ours
    expect([...options(USAGE)].filter((o) => !options(readme).has(o))).toEqual([]);
    expect([...options(readme)].filter((o) => !options(USAGE).has(o))).toEqual([]);
    for (const name of ["FILE.recalc.xlsx", "FILE.recalc.xlsm", "FILE.summary.xlsx", "FOLDER.summary.xlsx", "consolidated.summary.xlsx"]) {
      expect([name, USAGE.includes(name)]).toEqual([name, true]);
    }
  });
});

describe("paths are taken from the folder the command was typed in", () => {
  it("trusts npm's INIT_CWD only when npm ran us from the package's root", () => {
    const npm = { INIT_CWD: "/home/o/units", npm_lifecycle_event: "scorecard" };
    expect(invocationFolder(npm, "/p/hr-scorecard", "/p/hr-scorecard")).toBe("/home/o/units");
    expect(invocationFolder(npm, "/tmp/elsewhere", "/p/hr-scorecard")).toBe("/tmp/elsewhere"); // a child of an npm script
    expect(invocationFolder({}, "/p/hr-scorecard", "/p/hr-scorecard")).toBe("/p/hr-scorecard");
  });

  it("`npm run -s scorecard -- check FILE` from a sub-folder reads the file there", () => {
    const main = path.join(ROOT, "dist", "cli", "cli", "main.js");
    if (!fs.existsSync(main)) spawnSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: ROOT });
    const env = { ...process.env };
    delete env.INIT_CWD; // npm sets it afresh; the one from `npm test` must not leak in
    const r = spawnSync("npm", ["run", "-s", "scorecard", "--", "check", path.basename(OFFICIAL), "--json"], { cwd: path.dirname(OFFICIAL), encoding: "utf8", env });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).sheets[0].totalText).toBe("28.83");
  });
});
