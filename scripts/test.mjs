#!/usr/bin/env node
// `npm test`: the type-check, the lint, the format check and Jest, run side by side (each is
// single-threaded, Jest excepted), each one's output printed whole once it is done, in that order. Fails
// if any of them fails. Extra arguments go to Jest, which runs with jest-light-runner
// (jest.light.config.js: modules loaded once per worker, not once per test file).
//
// The type-check is TypeScript 7's native compiler (the `typescript-7` alias; `typescript` stays 5.9 for
// Stryker's checker, which uses its JavaScript API): the same diagnostics in about a tenth of the CPU time
// (docs/design/tests.md). Single-threaded: it shares the cores with Jest's workers. The lint and the format
// check are oxlint and oxfmt (.oxlintrc.json: ESLint's and typescript-eslint's recommended rules;
// .oxfmtrc.json: Prettier's style), native, under half a second each.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const steps = [
  {
    name: 'typecheck',
    command: join(root, 'node_modules', 'typescript-7', 'bin', 'tsc'),
    args: ['--noEmit', '--singleThreaded', '-p', '.'],
  },
  { name: 'lint', command: bin('oxlint'), args: [] },
  { name: 'format', command: bin('oxfmt'), args: ['--check'] },
  { name: 'jest', command: bin('jest'), args: ['-c', join(root, 'jest.light.config.js'), ...process.argv.slice(2)] },
];

const runs = steps.map(
  (step) =>
    new Promise((resolve) => {
      const chunks = [];
      const child = spawn(step.command, step.args, { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.on('data', (c) => chunks.push(c));
      child.stderr.on('data', (c) => chunks.push(c));
      child.on('close', (code) => resolve({ ...step, code, output: Buffer.concat(chunks).toString() }));
    }),
);

let failed = false;
for (const run of runs) {
  const result = await run;
  process.stdout.write(`\n> ${result.name}\n${result.output}`);
  if (result.code !== 0) {
    failed = true;
    process.stdout.write(`\n${result.name} failed (exit code ${result.code})\n`);
  }
}
process.exitCode = failed ? 1 : 0;
