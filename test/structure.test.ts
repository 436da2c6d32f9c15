// No two files of src/ reach each other through their imports, type-only ones included: the linter's
// import-x/no-cycle skips `import type`, yet a reader still goes back and forth between such files. The graph
// is built with TypeScript's own pre-parser (static, type-only, re-exports and dynamic `import()`).
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

const SRC = path.join(__dirname, "..", "src");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !/\.d\.ts$/.test(e.name) ? [full] : [];
  });
}

/** The file a relative specifier names, as the bundler and ts-jest resolve it; null for packages and assets. */
function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith(".")) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (/\.tsx?$/.test(candidate) && fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function importGraph(files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const info = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
    const targets = info.importedFiles.map((f) => resolve(file, f.fileName)).filter((t): t is string => t !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every circle as the list of files around it (first file repeated at the end), found by depth-first search. */
function circles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, "open");
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === "open") found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return found;
}

const rel = (file: string) => path.relative(SRC, file).split(path.sep).join("/");

describe("the import graph of src/", () => {
  const graph = importGraph(sourceFiles(SRC));

  test("is read whole: type-only, re-export and dynamic imports are edges", () => {
    // The checks below mean something only if the graph sees every kind of import the project uses.
    const edges = (file: string) => (graph.get(path.join(SRC, file)) ?? []).map(rel);
    expect(edges("xlsx/workbook.ts")).toContain("scorecard/index.ts"); // import type
    expect(edges("scorecard/address.ts")).toContain("grid/address.ts"); // export * from
    expect(edges("scorecard/types.ts")).toContain("grid/types.ts"); // import type, then export type
    expect(edges("excel/excelHost.ts")).toContain("excel/exportSheet.ts"); // await import("./exportSheet")
  });

  test("has no circle", () => {
    const found = circles(graph);
    const said = found.map((c) => c.map(rel).join(" → "));
    expect(said).toEqual([]);
  });

  test("finds a circle when there is one (the check itself works)", () => {
    const a = path.join(SRC, "a.ts");
    const b = path.join(SRC, "b.ts");
    const c = path.join(SRC, "c.ts");
    const found = circles(new Map([[a, [b]], [b, [c]], [c, [a]]]));
    expect(found.map((x) => x.map(rel).join(" → "))).toEqual(["a.ts → b.ts → c.ts → a.ts"]);
  });
});

/** The engine modules a file takes values (not only types) from: what it needs at run time. */
function engineValueImports(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
  return source.statements.flatMap((st) => {
    if (!(ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) || !st.moduleSpecifier || !ts.isStringLiteral(st.moduleSpecifier)) return [];
    const target = resolve(file, st.moduleSpecifier.text);
    if (!target || !rel(target).startsWith("scorecard/")) return [];
    const typeOnly = ts.isImportDeclaration(st)
      ? st.importClause?.isTypeOnly === true ||
        (st.importClause?.namedBindings !== undefined && ts.isNamedImports(st.importClause.namedBindings) && !st.importClause.name && st.importClause.namedBindings.elements.every((e) => e.isTypeOnly))
      : st.isTypeOnly;
    return typeOnly ? [] : [`${rel(file)} → ${st.moduleSpecifier.text}`];
  });
}

describe("the grid and the .xlsx package", () => {
  test("the grid stands alone: it imports nothing outside src/grid", () => {
    const outside = sourceFiles(path.join(SRC, "grid")).flatMap((f) => (importGraph([f]).get(f) ?? []).map(rel).filter((t) => !t.startsWith("grid/")).map((t) => `${rel(f)} → ${t}`));
    expect(outside).toEqual([]);
  });

  test("the .xlsx package takes grid types and A1 helpers from src/grid, and nothing but types from the engine", () => {
    const files = sourceFiles(path.join(SRC, "xlsx")).filter((f) => !/\.test\.ts$/.test(f));
    expect(files.flatMap(engineValueImports)).toEqual([]);
  });

  test("the check sees a value import from the engine (the check itself works)", () => {
    expect(engineValueImports(path.join(SRC, "cli", "report.ts"))).toEqual(["cli/report.ts → ../scorecard"]);
  });
});
