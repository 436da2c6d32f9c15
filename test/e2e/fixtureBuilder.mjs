// A TypeScript fixture builder of test/fixtures (the engine and command tests' own) as CommonJS for the e2e
// setup, so that the pane is checked on the very sheets those tests use: transpiled here, its imports of the
// engine and the .xlsx package pointed at the command's build (dist/cli, made first when it is missing).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const CLI = join(ROOT, "dist/cli");

/** `require` of a file of the command's build, e.g. cliModule("xlsx"). */
export const cliModule = (path) => require(join(CLI, path));

/** test/fixtures/NAME.ts, loaded as CommonJS. */
export async function loadFixtureBuilder(name) {
  if (!existsSync(join(CLI, "xlsx/index.js")) || !existsSync(join(CLI, "export/xlsxPackage.js"))) {
    const tsc = spawnSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", join(ROOT, "tsconfig.cli.json")], { cwd: ROOT, stdio: "inherit" });
    if (tsc.status !== 0) throw new Error(`e2e: npm run build:cli failed; ${name}.ts cannot be loaded`);
  }
  const ts = require("typescript");
  const source = await readFile(join(ROOT, "test/fixtures", `${name}.ts`), "utf8");
  const js = ts
    .transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } })
    .outputText.replaceAll('"../../src/scorecard"', JSON.stringify(join(CLI, "scorecard")))
    .replaceAll('"../../src/xlsx"', JSON.stringify(join(CLI, "xlsx")));
  const dir = join(ROOT, "dist/e2e");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${basename(name)}.cjs`);
  await writeFile(file, js);
  return require(file);
}
