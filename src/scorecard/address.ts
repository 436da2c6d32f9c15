// A1 references now live in src/grid/address.ts, shared with the .xlsx package without it depending on the
// engine; re-exported here so the engine's own `./address` imports stay as they are.
export * from "../grid/address";
