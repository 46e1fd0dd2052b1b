// A tiny element builder for the badges. They are built with the DOM directly rather than with
// Preact: a results page carries a hundred of them, drawn when the content script is still cold,
// and this is about ten times cheaper there (measured with scripts/bench/page.ts).

type Attributes = Record<string, string>;

export function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attributes: Attributes = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** Sets an attribute only when it changed (no needless style or accessibility-tree work). */
export function setAttr(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

export function setText(element: Element, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}
