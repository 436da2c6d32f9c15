// The command's file access on a real disk. Paths are taken against the folder the user ran the command from,
// and every failure of the file system becomes a FileProblem: a sentence with what to do, never Node's text.
// The file system is passed in so tests can make it fail as a locked or forbidden file does.
import { promises as nodeFs } from "fs";
import * as path from "path";
import { FileProblem, isSystemError, similarNames, type FileOp } from "./fileProblem";
import type { CliIo } from "./cliIo";

export type FsLayer = Pick<typeof nodeFs, "readFile" | "writeFile" | "rename" | "unlink" | "mkdir" | "readdir" | "stat">;

export interface NodeIoOptions {
  /** The folder relative paths are taken against: where the user typed the command. */
  cwd: string;
  fs?: FsLayer;
  platform?: NodeJS.Platform;
  stdout(text: string): void;
  stderr(text: string): void;
  stderrIsTTY?: boolean;
  version: string;
}

/**
 * `npm run scorecard` runs the command from the package's root and leaves the folder the user was in as INIT_CWD;
 * a path typed there means a file there. Only trusted when npm ran us from the root: anything npm starts inherits
 * INIT_CWD, and a process started elsewhere by such a child has its own working folder.
 */
export function invocationFolder(env: NodeJS.ProcessEnv, cwd: string, packageRoot: string): string {
  if (env.INIT_CWD && env.npm_lifecycle_event && path.resolve(cwd) === path.resolve(packageRoot)) return env.INIT_CWD;
  return cwd;
}

export function nodeIo(options: NodeIoOptions): CliIo {
  const fs = options.fs ?? nodeFs;
  const platform = options.platform ?? process.platform;
  const at = (p: string) => path.resolve(options.cwd, p);
  const names = (folder: string) => fs.readdir(folder).then((n) => n.map(String), () => null);

  /** Node's error as a FileProblem, with what lies around the path; anything else as it is. */
  async function problem(e: unknown, p: string, op: FileOp): Promise<unknown> {
    if (!isSystemError(e)) return e;
    const full = at(p);
    const base = path.basename(full);
    const siblings = await names(path.dirname(full));
    const facts = { code: e.code, path: p, op, windows: platform === "win32" };
    if (e.code === "ENOENT") {
      return new FileProblem(siblings === null ? { ...facts, folderMissing: true } : { ...facts, similar: similarNames(base, siblings) });
    }
    // Excel keeps an owner file beside a workbook it has open: "~$" and the name (its first two letters dropped
    // when the name is long).
    const openInExcel = siblings !== null && (siblings.includes(`~$${base}`) || siblings.includes(`~$${base.slice(2)}`));
    return new FileProblem({ ...facts, openInExcel });
  }

  return {
    readFile: async (p) => {
      try {
        return new Uint8Array(await fs.readFile(at(p)));
      } catch (e) {
        throw await problem(e, p, "read");
      }
    },
    // Written beside the target and renamed into place, so a failure never leaves half a workbook; the
    // temporary file goes again when the rename is refused (a file Excel holds open, on Windows).
    writeFile: async (p, bytes) => {
      const full = at(p);
      const temp = `${full}.${process.pid}.tmp`;
      try {
        await fs.mkdir(path.dirname(full), { recursive: true });
        await fs.writeFile(temp, bytes);
        await fs.rename(temp, full);
      } catch (e) {
        await fs.unlink(temp).catch(() => undefined);
        throw await problem(e, p, "write");
      }
    },
    listDir: async (p) => {
      try {
        return (await fs.readdir(at(p))).map(String);
      } catch (e) {
        throw await problem(e, p, "read");
      }
    },
    isDirectory: (p) => fs.stat(at(p)).then((s) => s.isDirectory(), () => false),
    exists: (p) => fs.stat(at(p)).then(() => true, () => false),
    // However the two are spelled (./x.xlsx, another case on a case-insensitive disk, a symbolic or hard link):
    // the same device and file number is the same file.
    sameFile: async (a, b) => {
      if (at(a) === at(b)) return true;
      const [x, y] = await Promise.all([fs.stat(at(a), { bigint: true }).catch(() => null), fs.stat(at(b), { bigint: true }).catch(() => null)]);
      if (!x || !y) return false;
      if (x.ino !== 0n && x.dev === y.dev && x.ino === y.ino) return true;
      // Some network drives report no file number: fall back to the name, as the disk compares names.
      return x.ino === 0n && (platform === "win32" || platform === "darwin") && at(a).toLowerCase() === at(b).toLowerCase();
    },
    stdout: options.stdout,
    stderr: options.stderr,
    stderrIsTTY: options.stderrIsTTY,
    version: options.version,
  };
}
