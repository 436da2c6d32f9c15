#!/usr/bin/env node
// Entry point of the `scorecard` command: real files, real stdout, and the exit code.
import { promises as fs } from "fs";
import * as path from "path";
import { runCli } from "./run";

async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temp, bytes);
  await fs.rename(temp, file);
}

function version(): string {
  try {
    // dist/cli/cli/main.js → package.json three levels up
    return require(path.join(__dirname, "..", "..", "..", "package.json")).version as string;
  } catch {
    return "unknown";
  }
}

runCli(process.argv.slice(2), {
  readFile: async (file) => new Uint8Array(await fs.readFile(file)),
  writeFile: writeAtomically,
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  version: version(),
  listDir: (dir) => fs.readdir(dir),
  isDirectory: (p) => fs.stat(p).then((s) => s.isDirectory(), () => false),
  stderrIsTTY: process.stderr.isTTY === true,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // A bug of ours, not the user's file: one line, no stack unless asked for.
    process.stderr.write(`ข้อผิดพลาดภายในโปรแกรม / internal error: ${(e as Error)?.message ?? e}\n`);
    if (process.env.SCORECARD_DEBUG) process.stderr.write(`${(e as Error)?.stack}\n`);
    process.exitCode = 1;
  },
);
