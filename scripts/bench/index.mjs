#!/usr/bin/env node
/**
 * npm run bench: the kit's numbers, printed as markdown tables, one section after another.
 *
 *   npm run bench                               every section
 *   npm run bench -- --only size                only the named sections (comma-separated)
 *   npm run bench -- --check-budgets            exit 1 when a budget is exceeded
 *   npm run bench -- --json .tmp/bench.json     also write the results as JSON
 *   npm run bench -- --list                     list the sections
 *
 * Sections are the files in scripts/bench/sections/*.mjs, run in file-name order (prefix them
 * with a number: 10-size.mjs, 20-...). Each default-exports
 *
 *   {
 *     name: 'size',               // the --only key
 *     title: 'Size',              // the heading
 *     async run(ctx) {            // ctx: see context.mjs (kit build, Chromium, static server, stats)
 *       return {
 *         columns: ['What', 'gzip'],
 *         rows: [['dist/core.js', '12.3 KiB']],       // cells are strings or numbers
 *         notes: ['optional lines printed under the table'],
 *         budgets: [{ name, actual, limit, unit }],   // optional; unit 'B' or 'ms'
 *       };
 *     },
 *   }
 *
 * A section may return several tables as `{ tables: [{ title?, columns, rows }], notes, budgets }`.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createContext } from './context.mjs';
import { formatValue, renderTable } from './format.mjs';

const here = dirname(fileURLToPath(import.meta.url));

function parseArgs(argv) {
  const args = { only: null, checkBudgets: false, json: null, list: false, raw: argv };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      const inline = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : undefined;
      if (inline !== undefined) return inline;
      i += 1;
      if (argv[i] === undefined) throw new Error(`${arg} needs a value`);
      return argv[i];
    };
    if (arg === '--only' || arg.startsWith('--only=')) {
      args.only = [...(args.only ?? []), ...value().split(',').filter(Boolean)];
    } else if (arg === '--check-budgets') args.checkBudgets = true;
    else if (arg === '--json' || arg.startsWith('--json=')) args.json = value();
    else if (arg === '--list') args.list = true;
    else if (arg === '--write-size-baseline') continue;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else throw new Error(`Unknown argument ${arg} (see the header of scripts/bench/index.mjs)`);
  }
  return args;
}

async function loadSections() {
  const dir = join(here, 'sections');
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.mjs'))
    .sort();
  const sections = [];
  for (const file of files) {
    const { default: section } = await import(pathToFileURL(join(dir, file)).href);
    if (!section || typeof section.run !== 'function' || !section.name) {
      throw new Error(`scripts/bench/sections/${file} must default-export { name, title, run }`);
    }
    sections.push({ file, ...section });
  }
  return sections;
}

function printBudgets(budgets) {
  if (budgets.length === 0) return [];
  // A budget of kind 'target' is a goal not yet enforced: reported, never failing the run.
  const over = budgets.filter((budget) => budget.kind !== 'target' && budget.actual > budget.limit);
  console.log('\n## Budgets\n');
  console.log(
    renderTable(
      ['Budget', 'Actual', 'Limit', 'Status'],
      budgets.map((budget) => [
        budget.name,
        formatValue(budget.actual, budget.unit),
        formatValue(budget.limit, budget.unit),
        budget.actual <= budget.limit
          ? 'ok'
          : budget.kind === 'target'
            ? 'OVER (target, not met yet)'
            : 'OVER',
      ]),
    ),
  );
  return over;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const sections = await loadSections();
  if (args.help || args.list) {
    for (const section of sections)
      console.log(`${section.name.padEnd(16)} ${section.title ?? ''}`);
    return 0;
  }
  const unknown = (args.only ?? []).filter((name) => !sections.some((s) => s.name === name));
  if (unknown.length > 0) {
    throw new Error(
      `No bench section named ${unknown.join(', ')}; there are: ${sections.map((s) => s.name).join(', ')}`,
    );
  }
  const chosen = args.only ? sections.filter((s) => args.only.includes(s.name)) : sections;

  const ctx = createContext({ args });
  const results = [];
  const budgets = [];
  let failures = 0;
  try {
    for (const section of chosen) {
      const started = performance.now();
      console.log(`\n## ${section.title ?? section.name}\n`);
      try {
        const result = (await section.run(ctx)) ?? {};
        const tables = result.tables ?? (result.columns ? [result] : []);
        for (const table of tables) {
          if (table.title) console.log(`### ${table.title}\n`);
          console.log(renderTable(table.columns, table.rows));
          console.log('');
        }
        for (const note of result.notes ?? []) console.log(`- ${note}`);
        budgets.push(
          ...(result.budgets ?? []).map((budget) => ({ section: section.name, ...budget })),
        );
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        console.log(`\n_${section.name}: ${seconds} s_`);
        results.push({
          name: section.name,
          title: section.title,
          ...result,
          seconds: Number(seconds),
        });
      } catch (error) {
        failures += 1;
        console.error(
          `Section ${section.name} failed:`,
          error instanceof Error ? error.stack : error,
        );
        results.push({ name: section.name, title: section.title, error: String(error) });
      }
    }
  } finally {
    await ctx.close();
  }

  const over = printBudgets(budgets);
  if (args.json) {
    writeFileSync(args.json, JSON.stringify({ results, budgets }, null, 2));
    console.log(`\nWrote ${args.json}`);
  }
  if (failures > 0) return 1;
  if (args.checkBudgets && over.length > 0) {
    console.error(`\n${over.length} budget(s) exceeded: ${over.map((b) => b.name).join('; ')}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
