/**
 * The dependency floor: what the kit's runtime dependencies cost on their own, bundled and
 * minified the same way, importing exactly the names the kit imports from them. The kit can
 * never be smaller than this; kit/floor says how much the kit's own code adds.
 *
 * Two bundles, as the kit loads them:
 * - ui:  lit, @lit/*, rxjs, ... (every runtime dependency except sip.js)
 * - sip: sip.js, loaded by the kit only when a SIP back end starts.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chunksOf } from '../context.mjs';

const SOURCE_DIRS = ['core', 'components'];
const SKIP = /\.(test|stories)\.ts$|\.d\.ts$/;

/** The package a bare specifier belongs to: "lit/decorators.js" -> "lit", "@lit/context" -> "@lit/context". */
function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function sourceFiles(root) {
  return SOURCE_DIRS.flatMap((dir) => {
    try {
      return readdirSync(join(root, dir), { recursive: true })
        .map(String)
        .filter((file) => /\.(ts|js|mjs)$/.test(file) && !SKIP.test(file))
        .map((file) => join(root, dir, file));
    } catch {
      return [];
    }
  });
}

/**
 * What the kit's sources import at run time from its dependencies: for each bare specifier, the
 * imported names (type-only imports excluded), namespaces and side-effect imports.
 */
export async function scanDependencyImports(root) {
  const { parseSync } = await import('vite');
  const dependencies = new Set(
    Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).dependencies ?? {}),
  );
  /** specifier -> { names: Set, namespace: boolean, bare: boolean, files: Set } */
  const uses = new Map();
  const use = (specifier, file) => {
    if (!uses.has(specifier)) {
      uses.set(specifier, {
        names: new Set(),
        namespace: false,
        sideEffect: false,
        files: new Set(),
      });
    }
    const entry = uses.get(specifier);
    entry.files.add(relative(root, file));
    return entry;
  };
  for (const file of sourceFiles(root)) {
    const { module } = parseSync(file, readFileSync(file, 'utf8'));
    const requests = [
      ...module.staticImports.map((item) => ({
        specifier: item.moduleRequest.value,
        entries: item.entries,
        kind: 'import',
      })),
      ...module.staticExports.flatMap((item) =>
        item.entries
          .filter((entry) => entry.moduleRequest)
          .map((entry) => ({
            specifier: entry.moduleRequest.value,
            entries: [entry],
            kind: 'export',
          })),
      ),
      ...module.dynamicImports
        .map((item) => ({
          specifier: readStringLiteral(file, item.moduleRequest),
          entries: null,
          kind: 'dynamic',
        }))
        .filter((item) => item.specifier),
    ];
    for (const { specifier, entries, kind } of requests) {
      if (!dependencies.has(packageOf(specifier))) continue;
      const runtime = entries?.filter((entry) => !entry.isType) ?? null;
      if (entries && runtime.length === 0 && entries.length > 0) continue; // type-only
      const entry = use(specifier, file);
      if (kind === 'dynamic') {
        entry.namespace = true;
        continue;
      }
      if (runtime.length === 0) entry.sideEffect = true;
      for (const item of runtime) {
        const name = item.importName;
        if (name.kind === 'Name') entry.names.add(name.name);
        else if (name.kind === 'Default') entry.names.add('default');
        else entry.namespace = true; // import * as x / export * from
      }
    }
  }
  return uses;
}

function readStringLiteral(file, span) {
  if (!span) return null;
  const text = readFileSync(file, 'utf8').slice(span.start, span.end).trim();
  const match = /^(['"`])([^'"`]+)\1$/.exec(text);
  return match ? match[2] : null;
}

/** An entry module that re-exports what the kit imports from `specifiers`. */
function entrySource(uses, specifiers) {
  const lines = [];
  let n = 0;
  for (const specifier of specifiers) {
    const { names, namespace, sideEffect } = uses.get(specifier);
    const quoted = JSON.stringify(specifier);
    if (namespace) lines.push(`export * as ns${n++} from ${quoted};`);
    if (names.size > 0) {
      const list = [...names].sort().map((name) => `${name} as m${n++}`);
      lines.push(`export { ${list.join(', ')} } from ${quoted};`);
    }
    if (sideEffect && !namespace && names.size === 0) lines.push(`import ${quoted};`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Builds the floor bundles with Vite (same resolver conditions and minifier settings as the
 * kit) inside `dir`, a folder under the repository so that bare imports resolve.
 * Returns { ui, sip } with the chunks of each and the source each was built from.
 */
export async function buildDependencyFloor(root, dir) {
  const { build } = await import('vite');
  const uses = await scanDependencyImports(root);
  const specifiers = [...uses.keys()].sort();
  const groups = {
    ui: specifiers.filter((s) => packageOf(s) !== 'sip.js'),
    sip: specifiers.filter((s) => packageOf(s) === 'sip.js'),
  };
  // Until the kit imports sip.js somewhere, the floor is the whole library.
  if (groups.sip.length === 0) {
    uses.set('sip.js', { names: new Set(), namespace: true, sideEffect: false, files: new Set() });
    groups.sip = ['sip.js'];
  }
  const result = {};
  for (const [name, group] of Object.entries(groups)) {
    const entry = join(dir, `floor-${name}.js`);
    const source = entrySource(uses, group);
    writeFileSync(entry, source);
    const output = await build({
      configFile: false,
      root: dir,
      logLevel: 'warn',
      resolve: { conditions: ['es2015', 'module', 'browser', 'production'] },
      build: {
        outDir: join(dir, `out-${name}`),
        emptyOutDir: true,
        target: 'es2022',
        reportCompressedSize: false,
        lib: {
          entry: { [`floor-${name}`]: entry },
          formats: ['es'],
          fileName: (_f, n) => `${n}.js`,
        },
        rolldownOptions: { output: { minify: true, comments: { annotation: false } } },
      },
    });
    result[name] = { chunks: chunksOf(output), source, specifiers: group };
  }
  return { ...result, uses };
}
