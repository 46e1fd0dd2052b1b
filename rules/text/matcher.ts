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
  /** Prefix patterns ("recrut*"), bucketed by their first three letters (as a number, see key3). */
  prefixes: Map<number, Array<[string, TrieNode]>>;
  wildcard?: TrieNode;
  concepts: number[];
}

const newNode = (): TrieNode => ({ exact: new Map(), prefixes: new Map(), concepts: [] });

const MAX_DEPTH = 12;

/** The first three UTF-16 units of a word as one number: a Map key without allocating a string. */
function key3(text: string): number {
  return text.charCodeAt(0) * 4294967296 + text.charCodeAt(1) * 65536 + text.charCodeAt(2);
}

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
      const key = key3(token.text);
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
    const names = this.conceptNames;
    const root = this.root;
    const keys = tokens.map((t) => (t.text.length >= 3 ? key3(t.text) : -1));
    const nodes: TrieNode[] = [];
    const positions: number[] = [];
    let local: Hit[] = [];
    const step = (node: TrieNode, first: number, at: number): void => {
      const token = tokens[at]!;
      const exact = node.exact.get(token.text);
      if (exact) {
        for (const id of exact.concepts) local.push({ concept: names[id]!, first, last: at + 1, start: tokens[first]!.start, end: token.end });
        nodes.push(exact);
        positions.push(at + 1);
      }
      if (node.prefixes.size && keys[at]! >= 0) {
        const bucket = node.prefixes.get(keys[at]!);
        if (bucket) {
          for (const [prefix, next] of bucket) {
            if (!token.text.startsWith(prefix)) continue;
            for (const id of next.concepts) local.push({ concept: names[id]!, first, last: at + 1, start: tokens[first]!.start, end: token.end });
            nodes.push(next);
            positions.push(at + 1);
          }
        }
      }
      if (node.wildcard && at > first) {
        nodes.push(node.wildcard);
        positions.push(at + 1);
      }
    };
    for (let first = 0; first < tokens.length; first++) {
      step(root, first, first);
      while (nodes.length) {
        const node = nodes.pop()!;
        const at = positions.pop()!;
        if (at >= tokens.length || at - first >= MAX_DEPTH || tokens[at]!.breakBefore) continue;
        step(node, first, at);
      }
      if (local.length) {
        // Same start: longer matches first.
        if (local.length > 1) local.sort((a, b) => b.end - a.end);
        for (const hit of local) hits.push(hit);
        local = [];
      }
    }
    return hits;
  }
}
