// Shared by the board tests: where fixtures and the (optional) real corpus live, and loading them.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../../../boards/parse-html';

const here = path.dirname(fileURLToPath(import.meta.url));

export const FIXTURES_DIR = path.resolve(here, '../../fixtures/boards');
/** Real saved pages, kept outside the repository (licences); tests skip when absent. */
export const REAL_DIR = path.resolve(here, '../../../../shared/corpus/real');
export const HAS_REAL = existsSync(REAL_DIR);

export function fixtureHtml(name: string): string {
  return readFileSync(path.join(FIXTURES_DIR, name), 'utf8');
}

export function fixtureDoc(name: string): Document {
  return parseHtml(fixtureHtml(name));
}

export function realHtml(name: string): string {
  return readFileSync(path.join(REAL_DIR, name), 'utf8');
}

export function realDoc(name: string): Document {
  return parseHtml(realHtml(name));
}
