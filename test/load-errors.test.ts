/**
 * Errors while loading the TypeScript description are one `synth failed` line that points at the
 * description's own file and line (through the bundle's source map), never a stack trace or a bundle
 * line: a syntax error, a missing import or export, a circular import, a runtime throw. Each is made in
 * a copy of this repository (its tracked files, node_modules linked) and synthesized there as
 * `npm run synth` does.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT, tempDir } from './helpers';

// Each case bundles the copy afresh (its sources changed).
jest.setTimeout(120_000);

const copy = join(tempDir(), 'repo');
const dist = join(copy, 'dist');

beforeAll(() => {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT })
    .toString()
    .split('\0')
    .filter(
      (f) =>
        f !== '' &&
        /^(main\.ts|package\.json|tsconfig\.json|environments\/|lib\/|charts\/|imports\/|scripts\/|platforms\/.*\.ts$)/.test(
          f,
        ),
    );
  for (const file of files) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(ROOT, file), join(copy, file));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
});

/** Synthesizes the copy with `file` changed by `edit`, then puts the file back. */
function synthWith(file: string, edit: (text: string) => string, env: Record<string, string> = {}) {
  const path = join(copy, file);
  const original = readFileSync(path, 'utf8');
  writeFileSync(path, edit(original));
  try {
    return spawnSync(process.execPath, ['scripts/run.mjs', 'main.ts'], {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
  } finally {
    writeFileSync(path, original);
  }
}

/** The 1-based line of the first occurrence of `text` in a file of the copy. */
const lineOf = (file: string, text: string) =>
  readFileSync(join(copy, file), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(text)) + 1;

const failed = (where: string, message: string) => `synth failed, ${dist} left unchanged: ${where}: ${message}\n`;

test('a syntax error', () => {
  const result = synthWith('environments/dev.ts', (t) => `${t}\nexport const broken = ;\n`);
  const line = readFileSync(join(copy, 'environments/dev.ts'), 'utf8').split('\n').length + 1;
  expect(result.status).toBe(1);
  expect(result.stderr).toBe(failed(`environments/dev.ts:${line}:23`, 'Unexpected ";"'));
});

test('an import of a file that does not exist', () => {
  const line = lineOf('environments/dev.ts', "from './operators'");
  const result = synthWith('environments/dev.ts', (t) => t.replace("from './operators'", "from './operatorz'"));
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(
    new RegExp(
      `^synth failed, ${dist} left unchanged: environments/dev\\.ts:${line}:\\d+: Could not resolve "\\./operatorz"\\n$`,
    ),
  );
});

test('an import of a name the file does not export', () => {
  const line = lineOf('environments/dev.ts', "from './operators'");
  const result = synthWith('environments/dev.ts', (t) => t.replaceAll('OPERATOR_CHARTS', 'OPERATOR_CHART'));
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(
    new RegExp(
      `^synth failed, ${dist} left unchanged: environments/dev\\.ts:${line}:\\d+: No matching export in "environments/operators\\.ts" for import "OPERATOR_CHART"\\n$`,
    ),
  );
});

test('a circular import', () => {
  // operators.ts reads dev's config while dev.ts is still waiting for operators.ts.
  const result = synthWith(
    'environments/operators.ts',
    (t) => `import { dev } from './dev';\n${t}\nexport const DEV_NAME = dev.name;\n`,
  );
  const line = readFileSync(join(copy, 'environments/operators.ts'), 'utf8').split('\n').length + 2;
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(
    new RegExp(
      `^synth failed, ${dist} left unchanged: environments/operators\\.ts:${line}:\\d+: TypeError: .* \\(circular import: environments/operators\\.ts -> environments/dev\\.ts -> environments/operators\\.ts\\)\\n$`,
    ),
  );
  expect(result.stderr).not.toContain('    at ');
});

test('a runtime throw: a missing environment variable', () => {
  const marker = 'export const dev: EnvironmentInput = {';
  const line = lineOf('environments/dev.ts', marker);
  const result = synthWith('environments/dev.ts', (t) =>
    t.replace(marker, `if (!process.env.OROFI_DEV_TAG) throw new Error('OROFI_DEV_TAG is not set');\n${marker}`),
  );
  expect(result.status).toBe(1);
  expect(result.stderr).toBe(failed(`environments/dev.ts:${line}:39`, 'Error: OROFI_DEV_TAG is not set'));
});
