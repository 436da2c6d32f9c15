// The middle value (the upper one of an even count): how every figure of the bench is taken, by the runner
// (run.mjs) and by the engine processes it starts (engine.cjs) alike.
exports.median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
