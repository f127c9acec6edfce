/**
 * The pre-commit check, run by `.githooks/pre-commit` inside a throw-away checkout of the index (what is
 * staged, not the working tree): the staged description must synthesize to exactly the staged `dist/`
 * and `docs/`, and a commit with destructive changes against HEAD (see plan.ts) must be acknowledged
 * with `ALLOW_DESTRUCTIVE=1`.
 */
import { driftOf, type DiffCommand } from './diff';
import { ProblemsError } from './errors';
import { sisterProblem } from './platforms';
import { formatPlan, planChanges, treeAtRevision, PlanError } from './plan';

export interface PreCommitCommand extends DiffCommand {
  /** The repository, whose HEAD is the base of the plan. */
  readonly repo: string;
  /** `ALLOW_DESTRUCTIVE=1`: the committer acknowledges the destructive changes. */
  readonly allowDestructive: boolean;
}

/**
 * Returns 0 when the commit may go in, 1 otherwise (with the reason on the last line). `outDir` and
 * `docsDir` are the staged dist/ and docs/ (in the checkout of the index).
 */
export function runPreCommit(
  command: PreCommitCommand,
  log: Pick<Console, 'log' | 'error'> = console,
  /** The other platforms (platforms/<name>/), checked the same way. */
  sisters: readonly DiffCommand[] = [],
): number {
  for (const platform of [command, ...sisters]) {
    const code = preCommitOne({ ...platform, repo: command.repo, allowDestructive: command.allowDestructive }, log);
    if (code !== 0) return code;
  }
  return 0;
}

function preCommitOne(command: PreCommitCommand, log: Pick<Console, 'log' | 'error'>): number {
  try {
    const { files, report: drift } = driftOf(command);
    if (drift.length > 0) {
      log.error(drift.slice(0, 30).join('\n'));
      log.error(
        "pre-commit: the staged dist/ or docs/ is not what the staged description synthesizes: run 'npm run synth' and stage dist/ and docs/",
      );
      return 1;
    }
    let head: Map<string, string>;
    try {
      head = treeAtRevision(command.repo, 'HEAD', command.sister ? `${command.sister.folder}/dist` : 'dist');
    } catch (error) {
      if (error instanceof PlanError) return 0; // the first commit: nothing to lose
      throw error;
    }
    const plan = planChanges(files, head);
    if (plan.destructive.length === 0) return 0;
    const lines = formatPlan(plan).map((l) => (l === '' ? l : sisterProblem(command.sister, l)));
    const heading = lines.indexOf('');
    log.error(lines.slice(0, heading).join('\n'));
    if (command.allowDestructive) {
      log.error('pre-commit: destructive changes acknowledged (ALLOW_DESTRUCTIVE=1)');
      return 0;
    }
    log.error(
      'pre-commit: destructive changes (above); commit them on purpose with: ALLOW_DESTRUCTIVE=1 git commit ...',
    );
    return 1;
  } catch (error) {
    if (error instanceof ProblemsError) {
      log.error(`pre-commit: the staged description does not synthesize: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
