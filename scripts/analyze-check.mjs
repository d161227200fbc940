#!/usr/bin/env node
/**
 * npm run analyze:check: regenerates the Custom Elements Manifest into a scratch folder and
 * fails when it differs from the committed custom-elements.json (the manifest is generated from
 * the components' JSDoc; a component change without `npm run analyze` leaves it stale).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const committed = join(root, 'custom-elements.json');

// The analyzer joins --outdir onto the working directory, so the scratch folder lives in .tmp/
// (ignored by git) rather than in the system temp folder.
const scratchParent = join(root, '.tmp');
spawnSync('mkdir', ['-p', scratchParent]);
const scratch = mkdtempSync(join(scratchParent, 'analyze-check-'));

/** Compares the fresh manifest with the committed one; returns the exit code. */
function check() {
  const result = spawnSync(
    join(root, 'node_modules/.bin/cem'),
    [
      'analyze',
      '--config',
      'custom-elements-manifest.config.mjs',
      '--outdir',
      relative(root, scratch),
      '--quiet',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (result.status !== 0) {
    console.error('analyze:check: the analyzer failed.');
    return 1;
  }
  if (!existsSync(committed)) {
    console.error(
      'analyze:check: custom-elements.json is missing. Run `npm run analyze` and commit it.',
    );
    return 1;
  }
  const fresh = JSON.parse(readFileSync(join(scratch, 'custom-elements.json'), 'utf8'));
  const current = JSON.parse(readFileSync(committed, 'utf8'));
  if (JSON.stringify(fresh) === JSON.stringify(current)) {
    console.log(
      `analyze:check: custom-elements.json is up to date (${fresh.modules.length} modules).`,
    );
    return 0;
  }
  // Name the modules that differ, so the author knows which component's JSDoc changed.
  const byPath = (manifest) => new Map(manifest.modules.map((m) => [m.path, JSON.stringify(m)]));
  const [a, b] = [byPath(current), byPath(fresh)];
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  const changed = paths.filter((path) => a.get(path) !== b.get(path));
  console.error('analyze:check: custom-elements.json is stale. Modules that differ:');
  for (const path of changed) {
    const state = !a.has(path) ? 'new' : !b.has(path) ? 'removed' : 'changed';
    console.error(`  ${state.padEnd(8)} ${path}`);
  }
  if (changed.length === 0) console.error('  (top-level fields differ)');
  console.error('Run `npm run analyze` and commit custom-elements.json.');
  return 1;
}

try {
  process.exitCode = check();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
