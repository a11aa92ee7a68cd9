/**
 * The `candor` command's entry (bundled to dist/cli.cjs). It wires the real
 * process into `run` and guarantees the contract: an exit code of 0, 1 or 2,
 * and never a stack trace, only one line `candor: <message>`.
 */
import picocolors from 'picocolors';
import { boundYoungGeneration } from '../core/heap.js';
import { setMemoBudget } from '../core/memo.js';
import { oneLine } from './errors.js';
import { run } from './run.js';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin as AsyncIterable<Buffer | string>) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  }
  return Buffer.concat(chunks);
}

// Each file is read once: remember only recent paragraphs (a template's
// repeated text), not the megabytes an editor's draft needs (core/memo.ts).
setMemoBudget(256 * 1024);

// A closed pipe (`candor | head`) is not an error worth a trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

// The young generation stays as it is through the first file, and grows between files up to its bound (core/heap.ts).
boundYoungGeneration();

run(process.argv.slice(2), {
  cwd: process.cwd(),
  writeOut: (text) => process.stdout.write(text),
  writeErr: (text) => process.stderr.write(text),
  stderrIsTTY: process.stderr.isTTY === true,
  colorByDefault: picocolors.isColorSupported,
  readStdin,
  afterFile: boundYoungGeneration,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`candor: ${oneLine(error)}\n`);
    process.exitCode = 2;
  },
);
