// One matcher for every phrase of every lexicon: a trie over word tokens, walked once from each
// token of the text (Aho-Corasick style, reporting overlapping matches of all concepts in one
// pass). Cost is linear in the text for a fixed lexicon; there is no backtracking regex.

import { compilePhrase, type PatternToken } from './phrase';
import type { Token } from './tokens';

export interface Hit {
  concept: string;
  /** Index of the first and one past the last token. */
  first: number;
  last: number;
  start: number;
  end: number;
}

interface TrieNode {
  exact: Map<string, TrieNode>;
  /** Prefix patterns ("recrut*"), bucketed by their first three letters. */
  prefixes: Map<string, Array<[string, TrieNode]>>;
  wildcard?: TrieNode;
  concepts: number[];
}

const newNode = (): TrieNode => ({ exact: new Map(), prefixes: new Map(), concepts: [] });

const MAX_DEPTH = 12;

export class PhraseMatcher {
  private readonly root = newNode();
  private readonly conceptNames: string[] = [];
  private readonly conceptIndex = new Map<string, number>();

  /** Adds a phrase (see phrase.ts) under a concept name. Returns the number of token sequences. */
  add(concept: string, phrase: string): number {
    let id = this.conceptIndex.get(concept);
    if (id === undefined) {
      id = this.conceptNames.length;
      this.conceptNames.push(concept);
      this.conceptIndex.set(concept, id);
    }
    const sequences = compilePhrase(phrase);
    for (const sequence of sequences) {
      if (sequence.length > MAX_DEPTH) throw new Error(`phrase too long: "${phrase}"`);
      let node = this.root;
      for (const token of sequence) node = this.child(node, token);
      if (!node.concepts.includes(id)) node.concepts.push(id);
    }
    return sequences.length;
  }

  private child(node: TrieNode, token: PatternToken): TrieNode {
    if (token.any) return (node.wildcard ??= newNode());
    if (token.prefix) {
      const key = token.text.slice(0, 3);
      let bucket = node.prefixes.get(key);
      if (!bucket) node.prefixes.set(key, (bucket = []));
      const found = bucket.find(([prefix]) => prefix === token.text);
      if (found) return found[1];
      const created = newNode();
      bucket.push([token.text, created]);
      return created;
    }
    let next = node.exact.get(token.text);
    if (!next) node.exact.set(token.text, (next = newNode()));
    return next;
  }

  /** Every match of every concept, in text order (by start, then longer first). */
  scan(tokens: readonly Token[]): Hit[] {
    const hits: Hit[] = [];
    const emit = (node: TrieNode, first: number, last: number) => {
      for (const id of node.concepts) {
        hits.push({
          concept: this.conceptNames[id]!,
          first,
          last,
          start: tokens[first]!.start,
          end: tokens[last - 1]!.end,
        });
      }
    };
    const walk = (node: TrieNode, first: number, at: number) => {
      if (at >= tokens.length || at - first >= MAX_DEPTH) return;
      const token = tokens[at]!;
      if (at > first && token.breakBefore) return;
      const exact = node.exact.get(token.text);
      if (exact) {
        emit(exact, first, at + 1);
        walk(exact, first, at + 1);
      }
      const bucket = token.text.length >= 3 ? node.prefixes.get(token.text.slice(0, 3)) : undefined;
      if (bucket) for (const [prefix, next] of bucket) {
        if (token.text.startsWith(prefix)) {
          emit(next, first, at + 1);
          walk(next, first, at + 1);
        }
      }
      if (node.wildcard && at > first) walk(node.wildcard, first, at + 1);
    };
    for (let i = 0; i < tokens.length; i++) walk(this.root, i, i);
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    return hits;
  }
}
