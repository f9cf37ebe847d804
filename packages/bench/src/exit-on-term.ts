// Preloaded into daibiao's server by the benchmark (`node --import`): SIGTERM ends the process at
// once, so that a CPU profile (--cpu-prof) is written and the run does not wait on a graceful stop.
// (daibiao's own stop hangs: Apollo Server installs its own SIGTERM handler as well — its default
// stopOnTerminationSignals — and the two stop() calls never settle; reported, not fixed here.)
process.prependListener("SIGTERM", () => process.exit(0));
export {};
