/** An error that lists problems, one per line; synth reports it and exits 1. */
export class ProblemsError extends Error {
  constructor(
    what: string,
    readonly problems: readonly string[],
  ) {
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    super(`${what} (${count}):\n  ${problems.join('\n  ')}`);
    this.name = new.target.name;
  }
}
