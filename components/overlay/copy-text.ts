// Copies text to the clipboard on a user's click: the async Clipboard API, else a hidden textarea
// and execCommand (pages without clipboard permission, older browsers).

/** `near`: the clicked element; the fallback textarea goes into its shadow root or the page body. */
export async function copyText(text: string, near: Element): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const root = near.getRootNode();
    const parent = root instanceof ShadowRoot ? root : near.ownerDocument.body;
    const area = near.ownerDocument.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;opacity:0;pointer-events:none;';
    parent.appendChild(area);
    area.select();
    try {
      return near.ownerDocument.execCommand('copy');
    } finally {
      area.remove();
    }
  }
}
