// Turns files given to `npm run check` into JobAds: .txt (one ad), .html (every ad on the saved
// page, through the board readers), .json (a schema.org JobPosting or an array of them), .jsonl
// (one ad per line: id, kind, text|html, url; other fields ignored) and folders.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { jobPostingToAd, readPage, uniqueAds } from '../../boards/index';
import { parseHtml } from '../../boards/parse-html';
import type { JobAd } from '../../rules/schema';

export interface SourcedAd {
  source: string;
  ad: JobAd;
}

export class InputError extends Error {}

export const SUPPORTED = ['.txt', '.html', '.htm', '.json', '.jsonl'];

function firstLine(text: string): string | undefined {
  return text.split('\n').map((l) => l.trim()).find((l) => l.length > 0);
}

export function textAd(id: string, text: string, url?: string): JobAd {
  return { id, source: 'text', description: text, title: firstLine(text), ...(url ? { url } : {}) };
}

function safeUrl(url: string | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

export function htmlAds(html: string, url?: string): JobAd[] {
  const doc = parseHtml(html, safeUrl(url)?.href);
  const page = readPage(doc, safeUrl(url));
  if (page.status === 'unreadable') throw new InputError('no job ad could be read from this page');
  return uniqueAds(page.ads).map((ad) => (url && !ad.url ? { ...ad, url } : ad));
}

function jsonAds(text: string, file: string): JobAd[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`not valid JSON (${(error as Error).message})`);
  }
  const items = Array.isArray(value) ? value : [value];
  const ads: JobAd[] = [];
  items.forEach((item, i) => {
    if (!item || typeof item !== 'object') throw new InputError(`item ${i + 1} is not an object`);
    const record = item as Record<string, unknown>;
    const type = JSON.stringify(record['@type'] ?? '');
    if (/JobPosting/.test(type)) ads.push(jobPostingToAd(record, { source: 'json', onlyPosting: items.length === 1 }));
    else if (typeof record.description === 'string' || typeof record.text === 'string') {
      ads.push(textAd(String(record.id ?? `${basename(file)}-${i + 1}`), String(record.description ?? record.text)));
    } else throw new InputError(`item ${i + 1} is not a schema.org JobPosting`);
  });
  return ads;
}

function jsonlAds(text: string, file: string): SourcedAd[] {
  const out: SourcedAd[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line);
    } catch {
      throw new InputError(`line ${i + 1} is not valid JSON`);
    }
    const id = typeof row.id === 'string' || typeof row.id === 'number' ? String(row.id) : `line-${i + 1}`;
    const url = typeof row.url === 'string' ? row.url : undefined;
    const kind = row.kind === 'html' || (row.kind === undefined && typeof row.html === 'string') ? 'html' : 'text';
    if (kind === 'html') {
      if (typeof row.html !== 'string') throw new InputError(`line ${i + 1} (${id}) has kind "html" but no html`);
      const ads = htmlAds(row.html, url);
      for (const ad of ads) out.push({ source: ads.length === 1 ? `${file}#${id}` : `${file}#${id}/${ad.id}`, ad });
    } else {
      if (typeof row.text !== 'string') throw new InputError(`line ${i + 1} (${id}) has no text`);
      out.push({ source: `${file}#${id}`, ad: textAd(id, row.text, url) });
    }
  });
  return out;
}

/** Every ad in one file. Throws InputError with a message meant for a person. */
export function readFileAds(file: string, url?: string): SourcedAd[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : `cannot be read (${code ?? (error as Error).message})`);
  }
  if (text.includes('\u0000')) throw new InputError('looks like a binary file, not text');
  const ext = extname(file).toLowerCase();
  const one = (ads: JobAd[]) => ads.map((ad) => ({ source: ads.length === 1 ? file : `${file}#${ad.id}`, ad }));
  switch (ext) {
    case '.txt':
      if (!text.trim()) throw new InputError('is empty');
      return [{ source: file, ad: textAd(basename(file, ext), text, url) }];
    case '.html':
    case '.htm':
      return one(htmlAds(text, url));
    case '.json':
      return one(jsonAds(text, file));
    case '.jsonl':
      return jsonlAds(text, file);
    default:
      throw new InputError(`unsupported file type "${ext || 'none'}" (use ${SUPPORTED.join(', ')})`);
  }
}

/** The files a path stands for: itself, or every supported file under a folder (sorted). */
export function expandPath(path: string): string[] {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return [path];
  }
  if (!stats.isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = join(path, entry.name);
      if (entry.isDirectory()) return expandPath(full);
      return SUPPORTED.includes(extname(entry.name).toLowerCase()) ? [full] : [];
    });
}
