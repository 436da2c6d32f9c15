// The command line's floor: the same .xlsx library, opened as the command opens it (with Node's native deflate,
// NODE_XLSX_OPTIONS), doing a plain read and write of the file as a whole process
// (node bench/plainReadWrite.cjs CLI_DIST FILE OUT): openXlsx → readGrid of every sheet → toBytes → write.
// CLI_DIST is the compiled command (tsconfig.cli.json output), whose xlsx/ is the library the command uses.
const { readFile, writeFile, rename } = require("node:fs/promises");
const path = require("node:path");

async function main() {
  const [dist, file, out] = process.argv.slice(2);
  const { openXlsx } = require(path.resolve(dist, "xlsx"));
  const { NODE_XLSX_OPTIONS } = require(path.resolve(dist, "cli", "nodeDeflate"));
  const workbook = await openXlsx(new Uint8Array(await readFile(file)), NODE_XLSX_OPTIONS);
  for (const name of workbook.sheetNames()) workbook.readGrid(name);
  const temp = `${out}.${process.pid}.tmp`; // written as the command writes: a temporary file renamed into place
  await writeFile(temp, await workbook.toBytes());
  await rename(temp, out);
}

main().catch((e) => {
  process.stderr.write(`${e?.stack ?? e}\n`);
  process.exitCode = 1;
});
