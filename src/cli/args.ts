// Command-line arguments for `scorecard`. Parsing only; main.ts decides what to do.
import type { ScoringMethod } from "../scorecard";

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
  lang: "th" | "en";
}

export class UsageError extends Error {}

export const USAGE = `การใช้งาน / Usage:
  scorecard recalc FILE.xlsx [-o OUT.xlsx | --in-place] [--sheet NAME] [--json] [--strict]
                             [--method step|linear] [--overwrite-formulas] [--no-highlight] [--lang en]
  scorecard check  FILE.xlsx [--sheet NAME] [--json] [--strict] [--method step|linear] [--lang en]
  scorecard export FILE.xlsx [-o SUMMARY.xlsx | SUMMARY.csv] [--sheet NAME] [--json] [--method step|linear]
  scorecard export FILE.xlsx FILE2.xlsx … | FOLDER … [-o CONSOLIDATED.xlsx | .csv] [--sheet NAME] [--json]

  recalc  คำนวณระดับ คะแนนถ่วงน้ำหนัก และคะแนนรวม แล้วเขียนไฟล์ใหม่ (ค่าเริ่มต้น FILE.recalc.xlsx)
          computes levels, weighted scores and the total, and writes a new file (default FILE.recalc.xlsx)
  check   รายงานผลอย่างเดียว ไม่เขียนไฟล์ / report only, writes nothing
  export  สรุปผลสำหรับผู้บริหาร (ค่าเริ่มต้น FILE.summary.xlsx) หรือรวมผลหลายไฟล์/ทั้งโฟลเดอร์เป็นแผ่นเดียว
          (ค่าเริ่มต้น consolidated.summary.xlsx) / the summary sheet (default FILE.summary.xlsx), or many
          files and folders consolidated into one sheet (default consolidated.summary.xlsx)

  exit: 0 คำนวณแล้ว (อาจมีข้อสังเกต) computed · 1 ใช้คำสั่งผิดหรืออ่านไฟล์ไม่ได้ usage or unreadable file
        2 ไม่พบตาราง HR Scorecard no scorecard · 3 มีข้อผิดพลาดเมื่อใช้ --strict errors with --strict`;

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
    if (v === undefined || v.startsWith("--")) throw new UsageError(`${flag} ต้องมีค่า / ${flag} needs a value`);
    return v;
  }

  method(flag: string): ScoringMethod {
    const m = this.value(flag);
    if (m !== "step" && m !== "linear") throw new UsageError(`--method ต้องเป็น step หรือ linear / --method takes step or linear`);
    return m;
  }

  static unknown(option: string): UsageError {
    return new UsageError(`ไม่รู้จักตัวเลือก ${option} / unknown option ${option}`);
  }
}

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { command: "help", inPlace: false, json: false, strict: false, overwriteFormulas: false, highlights: true, lang: "th" };
  const rest = [...argv];
  const first = rest.shift();
  if (first === undefined || first === "help" || first === "--help" || first === "-h") return args;
  if (first === "--version" || first === "-v") return { ...args, command: "version" };
  if (first !== "recalc" && first !== "check") throw new UsageError(`ไม่รู้จักคำสั่ง "${first}" / unknown command "${first}"`);
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
    else if (a === "--lang") {
      const l = options.value(a);
      if (l !== "th" && l !== "en") throw new UsageError(`--lang ต้องเป็น th หรือ en / --lang takes th or en`);
      args.lang = l;
    } else if (a === "--method") args.method = options.method(a);
    else if (a.startsWith("-")) throw OptionReader.unknown(a);
    else if (args.file === undefined) args.file = a;
    else throw new UsageError(`ระบุไฟล์ได้ไฟล์เดียว: "${a}" / one file only: "${a}"`);
  }
  if (!args.file) throw new UsageError("ต้องระบุไฟล์ .xlsx / a .xlsx file is required");
  if (args.command === "check" && (args.output || args.inPlace)) throw new UsageError("check ไม่เขียนไฟล์ / check writes nothing: drop -o/--in-place");
  if (args.output && args.inPlace) throw new UsageError("ใช้ -o หรือ --in-place อย่างใดอย่างหนึ่ง / -o and --in-place don't mix");
  return args;
}
