// README's sample of `scorecard compare` is the command's own output, so that it cannot go stale: each stretch of
// lines between the sample's "…" is printed as it stands, in the sample's order, by the command on the same files.
import * as fs from "fs";
import * as path from "path";
import { runMemoryCli } from "../src/cli/testing/memoryCli";
import { OFFICIAL } from "./fixtures/grids";
import { editedXlsx, TWELVE_MONTHS } from "./fixtures/rounds";

/** The code block of README's "Comparing two rounds" that follows "prints, in part". */
function readmeSample(): string {
  const readme = fs.readFileSync(path.join(__dirname, "..", "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("### Comparing two rounds"));
  const block = /prints, in\s+part[^\n]*\n\n```\n([\s\S]*?)\n```/.exec(section);
  if (!block) throw new Error('README\'s "Comparing two rounds" has no sample after "prints, in part"');
  return block[1];
}

test("README's compare report is what `scorecard compare hr-6m.xlsx hr-12m.xlsx` prints, trimmed only at its \"…\"", async () => {
  const six = new Uint8Array(fs.readFileSync(OFFICIAL));
  const r = await runMemoryCli(["compare", "hr-6m.xlsx", "hr-12m.xlsx"], { "hr-6m.xlsx": six, "hr-12m.xlsx": await editedXlsx(six, TWELVE_MONTHS) });
  expect([r.code, r.err]).toEqual([0, ""]);
  const stretches = readmeSample().split(/^ {2}…\n?/m).map((s) => s.replace(/\n$/, ""));
  expect(stretches.length).toBeGreaterThan(1);
  let from = 0;
  for (const stretch of stretches) {
    const at = r.out.indexOf(`${stretch}\n`, from);
    expect([stretch, at >= 0]).toEqual([stretch, true]);
    from = at + stretch.length;
  }
  // The sample starts where the report starts.
  expect(r.out.startsWith(stretches[0])).toBe(true);
});
