// The `scorecard` command: reads the command word and hands the work to recalcCommand.ts, exportCommand.ts or compareCommand.ts;
// file access and output are passed in (cliIo.ts) so tests can run it in-process.
import type { Lang } from "../scorecard";
import { XlsxError } from "../xlsx";
import { argsOrExit, parseArgs, USAGE, UsageError } from "./args";
import type { CliIo } from "./cliIo";
import { EXIT } from "./exitCodes";
import { asProblem, FileProblem } from "./fileProblem";
import { recalcOrCheck } from "./recalcCommand";
import { bothOrEnglish } from "./strings";

/** The language asked for with --lang, read before the rest is parsed, so even bad usage is said in it. */
function langOf(argv: readonly string[]): Lang {
  const i = argv.lastIndexOf("--lang");
  return i >= 0 && argv[i + 1] === "en" ? "en" : "th";
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const lang = langOf(argv);
  // export and compare load their code when asked for: a recalculation, run once and cold, starts without it.
  if (argv[0] === "export") return withFileErrors(io, lang, async () => (await import("./exportCommand")).runExport(argv.slice(1), io, lang));
  if (argv[0] === "compare") return withFileErrors(io, lang, async () => (await import("./compareCommand")).runCompare(argv.slice(1), io, lang));
  const args = argsOrExit(argv, parseArgs, io, lang, false); // --help is parsed into the "help" command here
  if ("exit" in args) return args.exit;
  if (args.command === "help") {
    // Asked for: the usage on stdout, exit 0.
    io.stdout(`${USAGE}\n`);
    return EXIT.ok;
  }
  if (args.command === "version") {
    io.stdout(`${io.version}\n`);
    return EXIT.ok;
  }
  return withFileErrors(io, args.lang, () => recalcOrCheck(args, io));
}

/** Unreadable files, bad sheets and I/O failures end in a sentence and exit 1; bugs are rethrown. */
export async function withFileErrors(io: CliIo, lang: Lang, work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (e) {
    const problem = asProblem(e);
    if (problem instanceof FileProblem || problem instanceof UsageError) {
      io.stderr(`${problem.text(lang)}\n`);
      return EXIT.failure;
    }
    if (e instanceof XlsxError) {
      io.stderr(`${bothOrEnglish(e.said, " / ")[lang]}\n`);
      return EXIT.failure;
    }
    throw e;
  }
}
