// The small phrase language of the lexicons (rules/data/lexicons/*.json):
//   words separated by spaces       "registration fee"
//   word* — any word starting so    "recrut* infirmi*"
//   (a|b c) — alternatives          "(registration|processing) fee*"
//   (…)? — optional group           "(non )?refundable deposit"
//   _ — any one word                "pay _ today"
// Phrases are folded and tokenized exactly like the text, so "d'État" and "d etat" are the same.
// Expansion is bounded, so a lexicon entry can never explode into millions of sequences.

import { fold } from './fold';

export interface PatternToken {
  text: string;
  prefix: boolean;
  any: boolean;
}
export type TokenSequence = PatternToken[];

const MAX_EXPANSIONS = 2048;

type Node = { kind: 'word'; text: string } | { kind: 'group'; options: Node[][]; optional: boolean };

function parse(source: string): Node[] {
  let pos = 0;
  const parseSequence = (closers: string): Node[] => {
    const nodes: Node[] = [];
    let word = '';
    const flush = () => {
      if (word) nodes.push({ kind: 'word', text: word });
      word = '';
    };
    while (pos < source.length) {
      const ch = source[pos]!;
      if (closers.includes(ch)) break;
      pos++;
      if (ch === '(') {
        flush();
        const options: Node[][] = [parseSequence('|)')];
        while (source[pos] === '|') {
          pos++;
          options.push(parseSequence('|)'));
        }
        if (source[pos] !== ')') throw new Error(`unclosed group in phrase "${source}"`);
        pos++;
        const optional = source[pos] === '?';
        if (optional) pos++;
        nodes.push({ kind: 'group', options, optional });
      } else if (ch === ')' || ch === '|' || ch === '?') {
        throw new Error(`unexpected "${ch}" in phrase "${source}"`);
      } else if (ch === ' ') {
        flush();
      } else {
        word += ch;
      }
    }
    flush();
    return nodes;
  };
  const nodes = parseSequence('');
  if (pos !== source.length) throw new Error(`unexpected "${source[pos]}" in phrase "${source}"`);
  return nodes;
}

const WORD_PART = /[\p{L}\p{N}]+|[%&+#@]/gu;

function wordTokens(word: string): PatternToken[] {
  if (word === '_') return [{ text: '', prefix: false, any: true }];
  const prefix = word.endsWith('*');
  const body = fold(prefix ? word.slice(0, -1) : word);
  const parts = body.match(WORD_PART) ?? [];
  return parts.map((text, i) => ({ text, prefix: prefix && i === parts.length - 1, any: false }));
}

function expand(nodes: Node[]): TokenSequence[] {
  let results: TokenSequence[] = [[]];
  for (const node of nodes) {
    let variants: TokenSequence[];
    if (node.kind === 'word') {
      variants = [wordTokens(node.text)];
    } else {
      variants = node.options.flatMap(expand);
      if (node.optional) variants.push([]);
    }
    const next: TokenSequence[] = [];
    for (const head of results) for (const tail of variants) next.push([...head, ...tail]);
    if (next.length > MAX_EXPANSIONS) throw new Error(`phrase expands to over ${MAX_EXPANSIONS} forms`);
    results = next;
  }
  return results;
}

/** All token sequences a phrase stands for. Throws on malformed phrases (tests check every lexicon). */
export function compilePhrase(source: string): TokenSequence[] {
  const sequences = expand(parse(source.trim())).filter((seq) => seq.length > 0);
  for (const seq of sequences) {
    if (seq[0]!.any || seq[seq.length - 1]!.any) throw new Error(`phrase may not start or end with _: "${source}"`);
    if (seq.some((t) => t.prefix && t.text.length < 3)) throw new Error(`prefix too short in "${source}"`);
  }
  return sequences;
}
