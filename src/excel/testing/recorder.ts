// A stand-in for Office.js objects whose sets and calls a test only needs to see (formats, charts, page layout).
import type { Batch } from "./batch";
import { bytesOf } from "./payloadMeter";

/** A range passed to a recorded call (setPosition(range), add(type, range)) is reported by its address. */
const isRange = (a: unknown): a is { addressAtSync(): string } => typeof a === "object" && a !== null && typeof (a as { addressAtSync?: unknown }).addressAtSync === "function";

/**
 * A stand-in for an Office.js object whose sets and calls the test only needs to see: a property set is
 * queued and, at sync, reported as ("font.bold", true); a call as ("setPosition()", [args]); reading a
 * property gives a nested recorder (format.borders.getItem("EdgeTop").style = … → "borders.EdgeTop.style").
 */
export function recorder(ctx: Batch, path: string, sink: (path: string, value: unknown) => void): unknown {
  const join = (name: string) => (path ? `${path}.${name}` : name);
  const call = (name: string) => (...args: unknown[]) => {
    if (name === "getItem") return recorder(ctx, join(String(args[0])), sink);
    ctx.enqueue(() => sink(`${join(name)}()`, args.map((a) => (isRange(a) ? a.addressAtSync() : a))));
    return undefined;
  };
  return new Proxy(function () {} as unknown as Record<string, unknown>, {
    get: (_t, prop) => {
      if (typeof prop !== "string" || prop === "then") return undefined;
      if (/^(getItem|set[A-Z]\w*|add\w*|delete|clear)$/.test(prop)) return call(prop);
      return recorder(ctx, join(prop), sink);
    },
    set: (_t, prop, value) => {
      const copy = value !== null && typeof value === "object" ? JSON.parse(JSON.stringify(value)) : value;
      ctx.enqueue(() => sink(join(String(prop)), copy), bytesOf(copy) + 60);
      return true;
    },
  });
}
