/**
 * Build-time checks on the chunk graph, so that a stray import cannot silently break the two
 * promises the package makes:
 * - the headless core (dist/core.js) carries no Lit;
 * - sip.js is downloaded only when a SIP back end starts, i.e. it is never reachable from an
 *   entry through static imports, only through a dynamic import().
 * A violation fails `vite build` with the import chain that caused it.
 */
import type { Plugin } from 'vite';

export interface BundleGuardOptions {
  /** Entry chunk names (as in build.lib.entry) to their source file, for messages. */
  readonly entries: Readonly<Record<string, string>>;
  /** Modules that must not be in an entry's static graph at all. */
  readonly forbidden?: ReadonlyArray<{ readonly entry: string; readonly modules: RegExp }>;
  /** Modules that may only be reached through dynamic imports, from every entry. */
  readonly lazyOnly?: ReadonlyArray<{ readonly name: string; readonly modules: RegExp }>;
}

interface ChunkLike {
  readonly type: 'chunk';
  readonly name: string;
  readonly fileName: string;
  readonly isEntry: boolean;
  readonly imports: readonly string[];
  readonly moduleIds: readonly string[];
}

/** Chunks reachable from `start` through static imports, each with the path that reached it. */
function staticClosure(
  start: ChunkLike,
  chunks: ReadonlyMap<string, ChunkLike>,
): Map<string, string[]> {
  const paths = new Map<string, string[]>([[start.fileName, [start.fileName]]]);
  const queue = [start];
  for (let chunk = queue.shift(); chunk; chunk = queue.shift()) {
    for (const imported of chunk.imports) {
      const next = chunks.get(imported);
      if (!next || paths.has(imported)) continue;
      paths.set(imported, [...(paths.get(chunk.fileName) ?? []), imported]);
      queue.push(next);
    }
  }
  return paths;
}

export function bundleGuards(options: BundleGuardOptions): Plugin {
  return {
    name: 'cc-phone-kit:bundle-guards',
    apply: 'build',
    generateBundle(_output, bundle) {
      const chunks = new Map<string, ChunkLike>();
      for (const item of Object.values(bundle)) {
        if (item.type === 'chunk') chunks.set(item.fileName, item as unknown as ChunkLike);
      }
      const problems: string[] = [];
      for (const [entryName, source] of Object.entries(options.entries)) {
        const entry = [...chunks.values()].find((c) => c.isEntry && c.name === entryName);
        if (!entry) {
          problems.push(`entry "${entryName}" (${source}) produced no chunk`);
          continue;
        }
        const closure = staticClosure(entry, chunks);
        const rules = [
          ...(options.forbidden ?? [])
            .filter((rule) => rule.entry === entryName)
            .map((rule) => ({
              what: `${rule.modules}`,
              modules: rule.modules,
              why: 'is forbidden in',
            })),
          ...(options.lazyOnly ?? []).map((rule) => ({
            what: rule.name,
            modules: rule.modules,
            why: 'must only be loaded through import() but is statically reachable from',
          })),
        ];
        for (const [fileName, path] of closure) {
          const chunk = chunks.get(fileName);
          for (const rule of rules) {
            const hit = chunk?.moduleIds.find((id) => rule.modules.test(id));
            if (hit) {
              problems.push(
                `${rule.what} ${rule.why} ${entryName}: ${path.join(' -> ')} contains ${hit}`,
              );
            }
          }
        }
      }
      if (problems.length > 0) {
        this.error(`Bundle guard failed:\n  ${problems.join('\n  ')}`);
      }
    },
  };
}
