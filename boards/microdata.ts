// schema.org microdata (itemscope/itemtype/itemprop) → plain objects shaped like JSON-LD.

type Item = Record<string, unknown>;

const MAX_DEPTH = 6;

/** Last segment of a type or property URL: "https://schema.org/JobPosting" → "JobPosting". */
export function schemaName(value: string): string {
  return value.trim().replace(/^.*[/#:]/, '');
}

/** Elements that are JobPosting items (itemtype may list several URLs). */
export function jobPostingScopes(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll('[itemscope][itemtype]')).filter((el) =>
    (el.getAttribute('itemtype') ?? '').split(/\s+/).some((t) => schemaName(t).toLowerCase() === 'jobposting'),
  );
}

const URL_VALUE_ATTRIBUTE: Record<string, string> = {
  a: 'href',
  area: 'href',
  link: 'href',
  img: 'src',
  audio: 'src',
  video: 'src',
  source: 'src',
  iframe: 'src',
  embed: 'src',
  object: 'data',
};

/** The value of one itemprop element. Descriptions keep their markup for htmlToText. */
function propertyValue(el: Element, name: string): string {
  const tag = el.localName.toLowerCase();
  if (tag === 'meta') return el.getAttribute('content') ?? '';
  const urlAttribute = URL_VALUE_ATTRIBUTE[tag];
  if (urlAttribute && el.hasAttribute(urlAttribute)) return el.getAttribute(urlAttribute) ?? '';
  if (tag === 'time' && el.hasAttribute('datetime')) return el.getAttribute('datetime') ?? '';
  if ((tag === 'data' || tag === 'meter') && el.hasAttribute('value')) return el.getAttribute('value') ?? '';
  if (el.hasAttribute('content')) return el.getAttribute('content') ?? '';
  if (name === 'description') return el.innerHTML;
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function addProperty(item: Item, name: string, value: unknown): void {
  const existing = item[name];
  if (existing === undefined) item[name] = value;
  else if (Array.isArray(existing)) existing.push(value);
  else item[name] = [existing, value];
}

/** One microdata item with its properties; nested items become nested objects. */
export function microdataItem(scope: Element, depth = 0): Item {
  const item: Item = {};
  const type = (scope.getAttribute('itemtype') ?? '').split(/\s+/)[0];
  if (type) item['@type'] = schemaName(type);
  const stack: Element[] = Array.from(scope.children).reverse();
  while (stack.length > 0) {
    const el = stack.pop() as Element;
    const names = (el.getAttribute('itemprop') ?? '').split(/\s+/).filter(Boolean).map(schemaName);
    const isScope = el.hasAttribute('itemscope');
    if (names.length > 0) {
      const value = isScope
        ? depth < MAX_DEPTH
          ? microdataItem(el, depth + 1)
          : {}
        : undefined;
      for (const name of names) addProperty(item, name, value ?? propertyValue(el, name));
    }
    // A nested item owns its own descendants.
    if (!isScope) for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as Element);
  }
  return item;
}
