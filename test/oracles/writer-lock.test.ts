/**
 * The lock of the atomic writer (lib/write.ts `acquireLock`) in-process: one run at a time writes a
 * target; a live holder is waited for, then named; a dead holder's lock (on this host) is taken over;
 * another host's never. The same against real processes is in test/faults.test.ts (not in the kill set).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { acquireLock, WriteError } from '../../lib/write';
import { tempDir } from '../helpers';

// The module object lib/write.ts calls through (CommonJS): spied on to inject file-system failures.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fs = require('node:fs') as typeof import('node:fs');

const files = (dir: string) => readdirSync(dir).sort();
const setup = () => {
  const parent = tempDir();
  const target = join(parent, 'dist');
  mkdirSync(target);
  return { parent, target, lock: join(parent, '.dist.lock') };
};
/** A process id that no process has any more (a child that has exited). */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid;
const held = (target: string, lock: string, holder: string) =>
  new WriteError(
    `cannot write ${target}: another synth (${holder}) holds ${lock}; wait for it, or delete the lock if that process is gone`,
  );

afterEach(() => jest.restoreAllMocks());

test('a free lock: taken with this process’s id and host, released by the function returned', () => {
  const { parent, target, lock } = setup();
  const release = acquireLock(target);
  expect(files(parent)).toEqual(['.dist.lock', 'dist']);
  expect(readFileSync(lock, 'utf8')).toBe(`${process.pid} ${hostname()}\n`);
  release();
  expect(files(parent)).toEqual(['dist']);
  // A target that does not exist yet has a lock too.
  const fresh = tempDir();
  const releaseFresh = acquireLock(join(fresh, 'out'), { waitMs: 0 });
  expect(files(fresh)).toEqual(['.out.lock']);
  releaseFresh();
  expect(files(fresh)).toEqual([]);
});

test('held by a live process: waited for, polling, then its holder named; its lock left as it was', () => {
  const { parent, target, lock } = setup();
  writeFileSync(lock, `${process.pid} ${hostname()}\n`);
  const reads = jest.spyOn(fs, 'readFileSync');
  const started = Date.now();
  expect(() => acquireLock(target, { waitMs: 150 })).toThrow(held(target, lock, `pid ${process.pid} on ${hostname()}`));
  const waited = Date.now() - started;
  expect(waited).toBeGreaterThanOrEqual(150);
  // It sleeps between looks (50 ms): a handful of reads of the lock, not a busy loop.
  const looks = reads.mock.calls.filter(([path]) => path === lock).length;
  expect(looks).toBeGreaterThanOrEqual(2);
  expect(looks).toBeLessThanOrEqual(waited / 50 + 2);
  expect(files(parent)).toEqual(['.dist.lock', 'dist']);
  expect(readFileSync(lock, 'utf8')).toBe(`${process.pid} ${hostname()}\n`);
});

test('a dead process’s lock on this host is taken over; on another host it is not', () => {
  const { parent, target, lock } = setup();
  const pid = deadPid();
  writeFileSync(lock, `${pid} ${hostname()}\n`);
  const release = acquireLock(target, { waitMs: 0 });
  expect(readFileSync(lock, 'utf8')).toBe(`${process.pid} ${hostname()}\n`);
  release();
  writeFileSync(lock, `${pid} build-42\n`);
  expect(() => acquireLock(target, { waitMs: 0 })).toThrow(held(target, lock, `pid ${pid} on build-42`));
  expect(files(parent)).toEqual(['.dist.lock', 'dist']);
  expect(readFileSync(lock, 'utf8')).toBe(`${pid} build-42\n`);
});

test('a process this user may not signal (EPERM) is alive: its lock is not taken over', () => {
  const { target, lock } = setup();
  const pid = deadPid();
  writeFileSync(lock, `${pid} ${hostname()}\n`);
  jest.spyOn(process, 'kill').mockImplementation(() => {
    throw Object.assign(new Error('kill EPERM'), { code: 'EPERM' });
  });
  expect(() => acquireLock(target, { waitMs: 0 })).toThrow(held(target, lock, `pid ${pid} on ${hostname()}`));
  jest.restoreAllMocks();
  acquireLock(target, { waitMs: 0 })();
});

test('a folder that cannot hold the lock: one line, nothing left beside the target', () => {
  const missing = join(tempDir(), 'missing', 'dist');
  expect(() => acquireLock(missing)).toThrow(
    new WriteError(`cannot write ${missing}: ${join(missing, '..')} is missing or not writable`),
  );
  const { parent } = setup();
  const dangling = join(parent, 'link');
  symlinkSync(join(parent, 'nowhere'), dangling);
  expect(() => acquireLock(dangling)).toThrow(
    new WriteError(`cannot write ${dangling}: it is a symbolic link to a missing folder`),
  );
  // The file this run links as the lock cannot be written (a folder in its place).
  const { parent: p2, target: t2 } = setup();
  mkdirSync(join(p2, `.dist.lock.${process.pid}`));
  expect(() => acquireLock(t2)).toThrow(
    new WriteError(
      `cannot write ${t2}: EISDIR: illegal operation on a directory, open '${join(p2, `.dist.lock.${process.pid}`)}'`,
    ),
  );
  expect(files(p2)).toEqual([`.dist.lock.${process.pid}`, 'dist']);
});

test('a file system without hard links: one line with its reason, nothing left', () => {
  const { parent, target, lock } = setup();
  jest.spyOn(fs, 'linkSync').mockImplementation(() => {
    throw Object.assign(new Error(`EPERM: operation not permitted, link 'a' -> '${lock}'\n    at linkSync`), {
      code: 'EPERM',
    });
  });
  expect(() => acquireLock(target)).toThrow(
    new WriteError(`cannot write ${target}: EPERM: operation not permitted, link 'a' -> '${lock}'`),
  );
  expect(files(parent)).toEqual(['dist']);
});

test('an empty lock (a crash cut its file short): waited for, polling, then named as such', () => {
  const { parent, target, lock } = setup();
  writeFileSync(lock, '');
  const reads = jest.spyOn(fs, 'readFileSync');
  const started = Date.now();
  expect(() => acquireLock(target, { waitMs: 120 })).toThrow(
    new WriteError(
      `cannot write ${target}: ${lock} names no holder (a run stopped by a crash left it empty); delete it if no synth is running`,
    ),
  );
  const waited = Date.now() - started;
  expect(reads.mock.calls.filter(([path]) => path === lock).length).toBeLessThanOrEqual(waited / 50 + 2);
  expect(files(parent)).toEqual(['.dist.lock', 'dist']);
});

test('a lock released between a look at it and the read of its holder: taken', () => {
  const { target, lock } = setup();
  writeFileSync(lock, `${process.pid} ${hostname()}\n`);
  const read = fs.readFileSync;
  jest.spyOn(fs, 'readFileSync').mockImplementationOnce((...args: Parameters<typeof read>) => {
    fs.rmSync(lock); // the holder releases it just now
    return read(...args);
  });
  const release = acquireLock(target, { waitMs: 0 });
  expect(readFileSync(lock, 'utf8')).toBe(`${process.pid} ${hostname()}\n`);
  release();
});

test('a lock that cannot be read (a folder in its place): one line with the reason', () => {
  const { parent, target, lock } = setup();
  mkdirSync(lock);
  expect(() => acquireLock(target, { waitMs: 0 })).toThrow(
    new WriteError(`cannot write ${target}: EISDIR: illegal operation on a directory, read`),
  );
  expect(files(parent)).toEqual(['.dist.lock', 'dist']);
});

test('a dead holder’s lock that another run takes over in between is left to that run', () => {
  const { target, lock } = setup();
  const dead = `${deadPid()} ${hostname()}`;
  writeFileSync(lock, `${dead}\n`);
  const read = fs.readFileSync;
  let reads = 0;
  jest.spyOn(fs, 'readFileSync').mockImplementation((...args: Parameters<typeof read>) => {
    // Between this run's first look (a dead holder) and its second, another live run took the lock over.
    if (args[0] === lock && ++reads === 2) writeFileSync(lock, `${process.pid} other-run\n`);
    return read(...args);
  });
  expect(() => acquireLock(target, { waitMs: 0 })).toThrow(held(target, lock, `pid ${process.pid} on other-run`));
  expect(readFileSync(lock, 'utf8')).toBe(`${process.pid} other-run\n`);
});

test('released after someone deleted the lock (as its message invites): no error', () => {
  const { parent, target, lock } = setup();
  const release = acquireLock(target, { waitMs: 0 });
  fs.rmSync(lock);
  expect(() => release()).not.toThrow();
  expect(files(parent)).toEqual(['dist']);
});

test('two runs taking over the same dead lock: the one that finds it gone already takes it afresh', () => {
  const { target, lock } = setup();
  writeFileSync(lock, `${deadPid()} ${hostname()}\n`);
  const read = fs.readFileSync;
  let reads = 0;
  jest.spyOn(fs, 'readFileSync').mockImplementation((...args: Parameters<typeof read>) => {
    const content = read(...args);
    // The other run removes the dead lock just after this run's second look at it.
    if (args[0] === lock && ++reads === 2) fs.rmSync(lock);
    return content;
  });
  const release = acquireLock(target, { waitMs: 0 });
  expect(readFileSync(lock, 'utf8')).toBe(`${process.pid} ${hostname()}\n`);
  release();
});
