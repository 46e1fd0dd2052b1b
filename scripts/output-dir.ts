// Where `wxt build` writes the extension. RL_OUTDIR lets two builds run side by side (a test run
// and a benchmark) without one deleting the other's output.
import { resolve } from 'node:path';

export const OUTPUT_DIR = process.env.RL_OUTDIR ?? '.output';

export const outputPath = (...parts: string[]): string => resolve(OUTPUT_DIR, ...parts);
