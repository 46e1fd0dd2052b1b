// Stable ids for ads that carry no id of their own. Not cryptographic: only needs to be stable.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a over UTF-16 code units, as 8 hex digits. */
export function fnv1a(text: string, seed = FNV_OFFSET): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** 64 bits from two FNV-1a runs with different seeds: 16 hex digits, collisions unlikely. */
export function stableHash(text: string): string {
  return fnv1a(text) + fnv1a(text, 0x01000193 ^ 0x5bd1e995);
}

/** An id from the ad's own words, e.g. "text:3f2a…", the same on every read of the same ad. */
export function contentId(prefix: string, ...parts: Array<string | undefined>): string {
  const key = parts.map((p) => (p ?? '').replace(/\s+/g, ' ').trim().toLowerCase()).join('\u241f');
  return `${prefix}:${stableHash(key)}`;
}
