// JSON objects embedded in inline scripts, e.g. `window._initialData = {…};`.

/** Index just past the object that starts at `open` ('{'), or -1 if it never closes. Linear. */
function objectEnd(text: string, open: number): number {
  let depth = 0;
  let inString = false;
  for (let i = open; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92 /* \ */) i++;
      else if (ch === 34 /* " */) inString = false;
      continue;
    }
    if (ch === 34) inString = true;
    else if (ch === 123 /* { */) depth++;
    else if (ch === 125 /* } */) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** The object assigned to `name` in any inline script of the page, parsed; undefined if none or bad. */
export function scriptAssignedObject(doc: Document, name: string): Record<string, unknown> | undefined {
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    if (script.hasAttribute('src')) continue;
    const text = script.textContent ?? '';
    const at = text.indexOf(name);
    if (at === -1) continue;
    const open = text.indexOf('{', at + name.length);
    if (open === -1 || !/^\s*=\s*$/.test(text.slice(at + name.length, open))) continue;
    const end = objectEnd(text, open);
    if (end === -1) continue;
    try {
      const value: unknown = JSON.parse(text.slice(open, end));
      if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    } catch {
      // not JSON (a JS object literal): ignore
    }
  }
  return undefined;
}

/** Value at a dotted path ("a.b.0.c") in parsed JSON, or undefined. */
export function pathValue(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** String at a dotted path, trimmed, or undefined. */
export function pathString(root: unknown, path: string): string | undefined {
  const value = pathValue(root, path);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
