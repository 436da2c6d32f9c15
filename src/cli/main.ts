#!/usr/bin/env node
// Entry point of the `scorecard` command: real files, real stdout, and the exit code.
import { readFileSync } from "fs";
import * as path from "path";
import { invocationFolder, nodeIo } from "./nodeIo";
import { runCli } from "./run";

// dist/cli/cli/main.js → the package's root, three levels up
const PACKAGE_ROOT = path.join(__dirname, "..", "..", "..");

function version(): string {
  try {
    return (JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return "unknown";
  }
}

const io = nodeIo({
  cwd: invocationFolder(process.env, process.cwd(), PACKAGE_ROOT),
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  version: version(),
  stderrIsTTY: process.stderr.isTTY === true,
});

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // A bug of ours, not the user's file: one line saying so, no stack unless asked for.
    process.stderr.write(
      `ข้อผิดพลาดภายในโปรแกรม (ไม่ใช่ความผิดของไฟล์): แจ้งผู้ดูแลโปรแกรมพร้อมไฟล์นี้ / internal error (not your file's fault): report it with the file. ${(e as Error)?.message ?? e}\n`,
    );
    if (process.env.SCORECARD_DEBUG) process.stderr.write(`${(e as Error)?.stack}\n`);
    process.exitCode = 1;
  },
);
