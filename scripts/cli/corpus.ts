// Where the shared corpus lives (../shared/corpus next to the repository) and how to read the NHS
// archive (a .tar.gz of JobPosting JSON files) without extra dependencies.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(here, '../..');
export const CORPUS = process.env.RECRUIT_LENS_CORPUS ?? resolve(REPO, '../shared/corpus');

export function corpusPath(...parts: string[]): string | undefined {
  const path = join(CORPUS, ...parts);
  return existsSync(path) ? path : undefined;
}

export interface TarEntry {
  name: string;
  data: Buffer;
}

/** Regular files of a gzip'd tar archive (ustar; enough for `git archive` output). */
export function readTarGz(path: string): TarEntry[] {
  const tar = gunzipSync(readFileSync(path));
  const entries: TarEntry[] = [];
  let offset = 0;
  let longName: string | undefined;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const field = (start: number, length: number) => header.subarray(start, start + length).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    const prefix = field(345, 155);
    const name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    longName = undefined;
    const data = tar.subarray(offset + 512, offset + 512 + size);
    if (type === 'L') longName = data.toString('utf8').replace(/\0.*$/s, '');
    else if (type === '0' || type === '') entries.push({ name, data });
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return entries;
}
