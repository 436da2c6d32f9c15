// Command-line arguments for `scorecard`. Parsing only; main.ts decides what to do.
import type { Bilingual, Lang, ScoringMethod } from "../scorecard";
import { EXIT } from "./exitCodes";
import { bilingual, bothOrEnglish } from "./strings";

export interface CliArgs {
  command: "recalc" | "check" | "help" | "version";
  file?: string;
  output?: string;
  inPlace: boolean;
  sheet?: string;
  json: boolean;
  strict: boolean;
  method?: ScoringMethod;
  overwriteFormulas: boolean;
  highlights: boolean;
  lang: Lang;
}

/**
 * A command that cannot run as typed, in both languages. In Thai both are printed: a short message on one line
 * ("ไทย / English"), a longer one as two lines; with --lang en, the English alone.
 */
/** How Thai output joins the two languages: a short message stays on one line. */
const JOIN = { oneLine: " / ", twoLines: "\n" } as const;

export class UsageError extends Error {
  constructor(
    readonly said: Bilingual,
    private readonly layout: keyof typeof JOIN = "oneLine",
  ) {
    super(layout === "oneLine" ? bothOrEnglish(said, " / ").th : said.th);
    Object.setPrototypeOf(this, UsageError.prototype);
  }

  text(lang: Lang): string {
    return bothOrEnglish(this.said, JOIN[this.layout])[lang];
  }
}

export const USAGE = `การใช้งาน / Usage:
  scorecard recalc FILE.xlsx [-o OUT.xlsx | --in-place] [--sheet NAME] [--json] [--strict]
                             [--method step|linear] [--overwrite-formulas] [--no-highlight] [--lang en]
  scorecard check  FILE.xlsx [--sheet NAME] [--json] [--strict] [--method step|linear] [--lang en]
  scorecard export FILE.xlsx [-o SUMMARY.xlsx | -o SUMMARY.csv] [--sheet NAME] [--json] [--method step|linear] [--lang en]
  scorecard export NEW.xlsx --previous OLD.xlsx [--previous LATER.xlsx …] [same options]
  scorecard export FILE.xlsx FILE2.xlsx … | FOLDER … [-o CONSOLIDATED.xlsx | -o CONSOLIDATED.csv] [same options]
  scorecard export FILE.xlsx … | FOLDER … --rounds [same options]
  scorecard compare OLD.xlsx NEW.xlsx [-o CHANGES.xlsx | -o CHANGES.csv] [--sheet NAME] [--json] [--lang en]
  scorecard compare FILE.xlsx [--sheet OLD_SHEET --sheet NEW_SHEET] [same options]
  scorecard COMMAND --help | -h

  recalc  คำนวณระดับ คะแนนถ่วงน้ำหนัก และคะแนนรวม แล้วเขียนไฟล์ใหม่ (ค่าเริ่มต้น FILE.recalc.xlsx; .xlsm .xltx .xltm
          ได้ชนิดเดิม เช่น FILE.recalc.xlsm) ไม่เขียนทับไฟล์ต้นฉบับ เว้นแต่ใช้ --in-place
          computes levels, weighted scores and the total, and writes a new file (default FILE.recalc.xlsx; .xlsm,
          .xltx and .xltm keep their type, e.g. FILE.recalc.xlsm); the input is written only with --in-place
  check   รายงานผลอย่างเดียว ไม่เขียนไฟล์ / report only, writes nothing
  export  สรุปผลสำหรับผู้บริหาร (ค่าเริ่มต้น FILE.summary.xlsx) หรือรวมผลหลายไฟล์เป็นแผ่นงานเดียว (ค่าเริ่มต้น
          FOLDER.summary.xlsx ข้างโฟลเดอร์ เมื่อระบุโฟลเดอร์เดียว มิฉะนั้น consolidated.summary.xlsx)
          the summary sheet (default FILE.summary.xlsx), or many files and folders consolidated into one sheet
          (default FOLDER.summary.xlsx beside the folder when one folder is given, else consolidated.summary.xlsx)
  compare เทียบสองรอบ (หรือสองปี) ของตารางเดียวกัน: คะแนนรวม มิติ และตัวชี้วัดที่ผลเข้ามา ดีขึ้น ลดลง หรือยังรอผล
          ไฟล์เดียว: เทียบผลหลายรอบที่เรียงกันในแผ่นงานเดียว หรือสองแผ่นงานด้วย --sheet สองครั้ง
          two rounds (or years) of one scorecard side by side: the total, each dimension, and the KPIs that came
          in, went up, went down or are still pending; one file: the rounds its sheet keeps side by side, or two
          of its sheets with --sheet twice

  --lang en  ภาษาอังกฤษ / English (ค่าเริ่มต้นภาษาไทย / Thai by default)
  --method   step (ค่าเริ่มต้น / default) หรือ / or linear
  --rounds   รวมผลหนึ่งแถวต่อรอบ: ทุกรอบ (ชุดผล) ที่มีผลแล้วของแผ่นงานที่เก็บหลายรอบไว้เคียงกัน จากรอบแรกถึงรอบล่าสุด
             a row per round: every result block with results of a sheet that keeps its rounds side by side, oldest
             first (without it, the latest round alone)

  exit: 0 คำนวณแล้ว (อาจมีข้อสังเกต) computed · 1 ใช้คำสั่งผิดหรืออ่านไฟล์ไม่ได้ usage or unreadable file
        2 ไม่พบตาราง HR Scorecard no scorecard · 3 มีข้อผิดพลาดเมื่อใช้ --strict errors with --strict`;

/** Where a subcommand prints its usage. */
interface Out {
  stdout(text: string): void;
  stderr(text: string): void;
}

/**
 * A subcommand's arguments, or, where there are none to run with, the exit code after printing the usage: asked
 * for (exit 0), or the arguments could not be used (the sentence saying why, then the usage; exit 1).
 */
export function argsOrExit<T>(argv: string[], parse: (argv: string[]) => T, out: Out, lang: Lang, help = true): T | { exit: number } {
  if (help && asksForHelp(argv)) {
    out.stdout(`${USAGE}\n`);
    return { exit: EXIT.ok };
  }
  try {
    return parse(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    out.stderr(`${e.text(lang)}\n\n${USAGE}\n`);
    return { exit: EXIT.failure };
  }
}

/** Asking for help anywhere on the line (`recalc --help`, `export x.xlsx -h`) prints the usage, whatever else is there. */
export function asksForHelp(argv: readonly string[]): boolean {
  return argv.some((a) => a === "--help" || a === "-h");
}

/** Reads options off the front of `rest`: what every subcommand shares. */
export class OptionReader {
  constructor(private readonly rest: string[]) {}

  get done(): boolean {
    return this.rest.length === 0;
  }

  next(): string {
    return this.rest.shift()!;
  }

  /** The value after `flag` ("-o OUT.xlsx"). */
  value(flag: string): string {
    const v = this.rest.shift();
    if (v === undefined || v.startsWith("--")) throw new UsageError(bilingual((t) => t.needsValue(flag)));
    return v;
  }

  lang(flag: string): Lang {
    const l = this.value(flag);
    if (l !== "th" && l !== "en") throw new UsageError(bilingual((t) => t.langValues));
    return l;
  }

  method(flag: string): ScoringMethod {
    const m = this.value(flag);
    if (m !== "step" && m !== "linear") throw new UsageError(bilingual((t) => t.methodValues));
    return m;
  }

  static unknown(option: string): UsageError {
    return new UsageError(bilingual((t) => t.unknownOption(option)));
  }
}

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { command: "help", inPlace: false, json: false, strict: false, overwriteFormulas: false, highlights: true, lang: "th" };
  // Nothing at all is bad usage (exit 1, the usage on stderr); asking for help is not.
  if (argv.length === 0) throw new UsageError(bilingual((t) => t.commandRequired));
  if (argv[0] === "help" || asksForHelp(argv)) return args;
  const rest = [...argv];
  const first = rest.shift();
  if (first === "--version" || first === "-v") return { ...args, command: "version" };
  if (first !== "recalc" && first !== "check") throw new UsageError(bilingual((t) => t.unknownCommand(String(first))));
  args.command = first;
  const options = new OptionReader(rest);
  while (!options.done) {
    const a = options.next();
    if (a === "-o" || a === "--output") args.output = options.value(a);
    else if (a === "--in-place") args.inPlace = true;
    else if (a === "--sheet") args.sheet = options.value(a);
    else if (a === "--json") args.json = true;
    else if (a === "--strict") args.strict = true;
    else if (a === "--overwrite-formulas") args.overwriteFormulas = true;
    else if (a === "--no-highlight") args.highlights = false;
    else if (a === "--lang") args.lang = options.lang(a);
    else if (a === "--method") args.method = options.method(a);
    else if (a.startsWith("-")) throw OptionReader.unknown(a);
    else if (args.file === undefined) args.file = a;
    else throw new UsageError(bilingual((t) => t.oneFileOnly(a)));
  }
  if (!args.file) throw new UsageError(bilingual((t) => t.fileRequired));
  if (args.command === "check" && (args.output || args.inPlace)) throw new UsageError(bilingual((t) => t.checkWritesNothing));
  if (args.output && args.inPlace) throw new UsageError(bilingual((t) => t.outputOrInPlace));
  return args;
}
