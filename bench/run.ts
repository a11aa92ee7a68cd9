/**
 * The benchmark (`npm run bench`, after a build): the CLI against the parse
 * floor (the same files through bare unified + remark-parse + remark-gfm +
 * remark-frontmatter in a child node process), cold start (bin/candor.cjs)
 * against `node -e 0`, linear growth, and the language server's keystroke
 * latency for every document shape (bench/lsp.ts), and hostile inputs against
 * an ordinary draft of the same size.
 * Prints a table and writes bench/results/latest.json.
 *
 *   npm run bench               1 MB and 10 MB corpora, 20 KB and 1 MB documents
 *   npm run bench -- --smoke    the smallest sizes only, no targets checked
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { rewriteDraft } from '../core/rewrite/draft.js';
import { generateCorpus, hostileDocuments, markdownDocument, writeCorpus } from './corpus.js';
import type { LspFigures } from './lsp.js';
import { salesDraft } from './lsp/corpus.js';

const smoke = process.argv.includes('--smoke');
const root = resolve(import.meta.dirname, '..');
/** The entry users run: it loads dist/cli.cjs with its code cache. */
const cli = join(root, 'bin/candor.cjs');
const MB = 1024 * 1024;

interface Run {
  wallMs: number;
  peakRssMb: number;
}

/** Runs a command to completion; peak RSS from /usr/bin/time -v, else by polling VmHWM. */
async function measure(command: string, args: string[], input?: string): Promise<Run> {
  const useTime = existsSync('/usr/bin/time');
  const started = performance.now();
  const child = spawn(useTime ? '/usr/bin/time' : command, useTime ? ['-v', command, ...args] : args, {
    cwd: root,
    stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'],
  });
  if (input !== undefined) child.stdin!.end(input);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let hwm = 0;
  const poll = useTime
    ? undefined
    : setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (m) hwm = Math.max(hwm, Number(m[1]));
        } catch {
          // The process has exited.
        }
      }, 5);
  const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)));
  const wallMs = performance.now() - started;
  if (poll) clearInterval(poll);
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  if (m) hwm = Number(m[1]);
  if (code > 1) throw new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.slice(-2000)}`);
  return { wallMs, peakRssMb: hwm / 1024 };
}

/** The parse floor: every file through the bare remark pipeline, nothing else, in a child node process. */
const FLOOR = `
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
for (const file of JSON.parse(readFileSync(process.argv[1], 'utf8'))) processor.parse(readFileSync(file, 'utf8'));
`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeSync(command: string, args: string[], input?: string): number {
  const started = performance.now();
  spawnSync(command, args, { cwd: root, input, stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'ignore'] });
  return performance.now() - started;
}

interface CorpusResult {
  size: string;
  bytes: number;
  files: number;
  cli: Run;
  floor: Run;
}

async function corpusRun(dir: string, bytes: number, label: string): Promise<CorpusResult> {
  const files = generateCorpus(bytes);
  const target = join(dir, label);
  const paths = writeCorpus(target, files);
  const list = join(dir, `${label}.json`);
  writeFileSync(list, JSON.stringify(paths));
  const total = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  // In turns, so a change in the machine's load hits both; each figure is the median of its runs
  // (one run of each read 0.67–0.87 × for the same build within ten minutes).
  const cliRuns: Run[] = [];
  const floorRuns: Run[] = [];
  for (let i = 0; i < CORPUS_RUNS; i++) {
    cliRuns.push(await measure(process.execPath, [cli, '--format', 'json', '--no-color', target]));
    floorRuns.push(await measure(process.execPath, ['--input-type=module', '-e', FLOOR, list]));
  }
  return { size: label, bytes: total, files: files.length, cli: medianRun(cliRuns), floor: medianRun(floorRuns) };
}

/** How many times each corpus is linted and parsed. */
const CORPUS_RUNS = smoke ? 1 : 3;

function medianRun(runs: Run[]): Run {
  return { wallMs: median(runs.map((run) => run.wallMs)), peakRssMb: median(runs.map((run) => run.peakRssMb)) };
}

/** bench/lsp.ts in its own process (it spawns the built server); its figures come back as JSON. */
function lspRun(dir: string): { lines: string[]; figures: LspFigures[] } {
  const json = join(dir, 'lsp.json');
  const args = smoke
    ? ['tsx', 'bench/lsp.ts', '--edits-20kb=20', '--edits-1mb=0', '--rss-edits=0', `--json=${json}`]
    : ['tsx', 'bench/lsp.ts', '--edits-20kb=200', '--edits-1mb=200', '--rss-edits=1000', `--json=${json}`];
  const out = execFileSync('npx', args, { cwd: root, encoding: 'utf8', maxBuffer: 16 * MB, stdio: ['ignore', 'pipe', 'inherit'] });
  return { lines: out.trim().split('\n'), figures: JSON.parse(readFileSync(json, 'utf8')) as LspFigures[] };
}

const fmt = (n: number, digits = 0): string => n.toFixed(digits);

async function main(): Promise<void> {
  const load = os.loadavg();
  const dir = mkdtempSync(join(os.tmpdir(), 'candor-bench-'));
  const results: Record<string, unknown> = { node: process.version, cpus: os.cpus().length, loadBefore: load, smoke };
  try {
    const corpora: CorpusResult[] = [await corpusRun(dir, MB, '1MB')];
    if (!smoke) corpora.push(await corpusRun(dir, 10 * MB, '10MB'));
    results.corpora = corpora;

    // Single documents through the CLI (stdin).
    const docs = (smoke ? [20 * 1024] : [20 * 1024, MB]).map((bytes) => ({ bytes, text: markdownDocument(bytes) }));
    const single = [];
    for (const doc of docs) {
      const run = await measure(process.execPath, [cli, '--stdin', '--stdin-filename', 'draft.md', '--format', 'json'], doc.text);
      single.push({ bytes: Buffer.byteLength(doc.text), ...run });
    }
    results.single = single;

    // Hostile inputs through the CLI, against an ordinary markdown draft of the same size: at most about 10×.
    const hostile: Array<{ name: string; bytes: number; ms: number; ratio: number }> = [];
    if (!smoke) {
      const ordinaryFile = join(dir, 'ordinary.md');
      writeFileSync(ordinaryFile, markdownDocument(MB));
      const ordinary = await measure(process.execPath, [cli, '--format', 'json', ordinaryFile]);
      for (const [name, text] of Object.entries(hostileDocuments(MB))) {
        const file = join(dir, `hostile-${name.replace(/\W+/g, '-')}.md`);
        writeFileSync(file, text);
        const run = await measure(process.execPath, [cli, '--format', 'json', file]);
        hostile.push({ name, bytes: Buffer.byteLength(text), ms: run.wallMs, ratio: run.wallMs / ordinary.wallMs });
      }
      results.hostile = { ordinaryMs: ordinary.wallMs, shapes: hostile };
      console.log(`hostile inputs, 1 MB each, CLI wall time against an ordinary 1 MB draft (${fmt(ordinary.wallMs)} ms):`);
      for (const h of hostile) console.log(`  ${h.name.padEnd(44)} ${fmt(h.ms).padStart(6)} ms  ×${fmt(h.ratio, 2)}`);
    }

    // Cold start on one small file, against node -e 0: the entry users run
    // (bin/candor.cjs, which loads the bundle with its code cache), the two
    // runs taken in turns so a change in the machine's load hits both.
    const small = join(dir, 'draft.md');
    writeFileSync(small, markdownDocument(2 * 1024));
    const n = smoke ? 3 : 10;
    const nodeRuns: number[] = [];
    const cliRuns: number[] = [];
    for (let i = 0; i < n; i++) {
      nodeRuns.push(timeSync(process.execPath, ['-e', '0']));
      cliRuns.push(timeSync(process.execPath, [cli, small]));
    }
    const nodeMs = median(nodeRuns);
    const cliMs = median(cliRuns);
    results.coldStart = { entry: 'bin/candor.cjs', nodeMs, cliMs, overheadMs: cliMs - nodeMs };

    // The whole-draft rewrite ("Rewrite this draft for trust") of a 20 KB draft, in process as the
    // language server runs it: the English model loaded once, each run on a draft one edit apart.
    const draft20 = salesDraft(20 * 1024);
    rewriteDraft(draft20, { format: 'markdown' });
    const rewriteRuns = Array.from({ length: smoke ? 3 : 10 }, (_, i) => {
      const started = performance.now();
      rewriteDraft(`${draft20}\n\nNote ${i}.\n`, { format: 'markdown' });
      return performance.now() - started;
    });
    const rewriteMs = median(rewriteRuns);
    results.rewrite20k = { medianMs: rewriteMs, maxMs: Math.max(...rewriteRuns) };

    const lsp = lspRun(dir);
    results.lsp = lsp.figures;
    results.loadAfter = os.loadavg();

    console.log(`\nCandor benchmark — node ${process.version}, ${os.cpus().length} cores, load ${load.map((l) => l.toFixed(1)).join(' ')}\n`);
    console.log('| corpus | files | MB | CLI wall ms | CLI MB/s | CLI peak RSS MB | parse floor ms | floor MB/s | CLI / floor |');
    console.log('|---|---|---|---|---|---|---|---|---|');
    for (const c of corpora) {
      const mb = c.bytes / MB;
      console.log(
        `| ${c.size} | ${c.files} | ${fmt(mb, 2)} | ${fmt(c.cli.wallMs)} | ${fmt(mb / (c.cli.wallMs / 1000), 2)} | ${fmt(c.cli.peakRssMb)} | ` +
          `${fmt(c.floor.wallMs)} | ${fmt(mb / (c.floor.wallMs / 1000), 2)} | ${fmt(c.cli.wallMs / c.floor.wallMs, 2)} |`,
      );
    }
    if (corpora.length > 1) {
      const growth = corpora[1].cli.wallMs / corpora[0].cli.wallMs;
      results.growth = growth;
      console.log(`\nlinear growth: 10 MB / 1 MB CLI time = ${fmt(growth, 2)} (target ≤ 11)`);
    }
    for (const s of single) console.log(`single document ${fmt(s.bytes / 1024)} KB via --stdin: ${fmt(s.wallMs)} ms, peak RSS ${fmt(s.peakRssMb)} MB`);
    console.log(`cold start: CLI ${fmt(nodeMs + (cliMs - nodeMs))} ms, node -e 0 ${fmt(nodeMs)} ms, overhead ${fmt(cliMs - nodeMs)} ms (target ≤ 150)`);
    console.log(`whole-draft rewrite, 20 KB draft (in process, warm): median ${fmt(rewriteMs)} ms, max ${fmt(Math.max(...rewriteRuns))} ms (target ≤ 200)`);
    console.log('\nlanguage server (bench/lsp.ts):');
    for (const line of lsp.lines) console.log(`  ${line}`);
    console.log(`\nload after: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);

    if (!smoke) {
      const [small1, big] = corpora;
      const doc = (label: string): LspFigures => lsp.figures.find((f) => f.label === label)!;
      const targets: Array<{ name: string; value: number; target: number; unit: string }> = [
        { name: 'CLI / parse floor, 10 MB corpus', value: big.cli.wallMs / big.floor.wallMs, target: 0.8, unit: '×' },
        { name: 'CLI peak RSS, 10 MB corpus', value: big.cli.peakRssMb, target: 200, unit: 'MB' },
        { name: 'CLI time 10 MB / 1 MB', value: big.cli.wallMs / small1.cli.wallMs, target: 11, unit: '×' },
        { name: 'CLI peak RSS 10 MB / 1 MB', value: big.cli.peakRssMb / small1.cli.peakRssMb, target: 11, unit: '×' },
        { name: 'cold start over node -e 0', value: cliMs - nodeMs, target: 150, unit: 'ms' },
        { name: 'whole-draft rewrite, 20 KB (median)', value: rewriteMs, target: 200, unit: 'ms' },
        { name: 'LSP keystroke p95, 20 KB', value: doc('20 KB').p95, target: 10, unit: 'ms' },
        ...lsp.figures
          .filter((f) => f.label !== '20 KB')
          .flatMap((f) => [
            { name: `LSP keystroke p95, ${f.label}`, value: f.p95, target: 30, unit: 'ms' },
            { name: `LSP RSS after ${f.rssAfterEdits} edits, ${f.label}`, value: f.rssMb, target: 150, unit: 'MB' },
          ]),
        ...hostile.map((h) => ({ name: `hostile ${h.name} / ordinary draft, 1 MB`, value: h.ratio, target: 10, unit: '×' })),
      ];
      results.targets = targets.map((t) => ({ ...t, met: t.value <= t.target }));
      console.log('\n| target | measured | limit | met |');
      console.log('|---|---|---|---|');
      for (const t of targets) {
        const digits = t.unit === '×' ? 2 : t.unit === 'MB' ? 0 : 1;
        console.log(`| ${t.name} | ${fmt(t.value, digits)} ${t.unit} | ≤ ${t.target} ${t.unit} | ${t.value <= t.target ? 'yes' : '**no**'} |`);
      }
    }
    mkdirSync(join(root, 'bench/results'), { recursive: true });
    writeFileSync(join(root, 'bench/results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
