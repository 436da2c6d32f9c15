// What the `scorecard` command needs from the world — files, output streams, the version — passed in so tests
// run it in-process; shared by both commands (recalc/check and export) and the Node implementation (nodeIo.ts).
import * as path from "path";

export interface CliIo {
  readFile(path: string): Promise<Uint8Array>;
  /** Writes atomically (a temporary file renamed into place), so a failure never leaves half a workbook. */
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
  version: string;
  /** Names of the entries of a folder (for `export FOLDER`); absent where the host cannot list folders. */
  listDir?(path: string): Promise<string[]>;
  isDirectory?(path: string): Promise<boolean>;
  /** Something is there under that name. */
  exists?(path: string): Promise<boolean>;
  /** The two names are one file, however spelled (a link, another case on a case-insensitive disk). */
  sameFile?(a: string, b: string): Promise<boolean>;
  /** stderr is a terminal: progress bars are drawn there, never on stdout. */
  stderrIsTTY?: boolean;
}

/**
 * Whether two paths name one file: the host knows links, case and the folder paths are taken from (npm's INIT_CWD,
 * not ours); without it, the spelling after resolving.
 */
export async function sameFile(io: CliIo, a: string, b: string): Promise<boolean> {
  return io.sameFile ? io.sameFile(a, b) : path.resolve(a) === path.resolve(b);
}
