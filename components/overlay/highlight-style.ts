// The names of our highlights in the page (CSS Custom Highlight API) and their colours: a tint and
// an underline (solid for concerns, dotted for cautions), so they never rest on colour alone.

export const HIGHLIGHT_NAMES = { concern: 'recruit-lens-concern', caution: 'recruit-lens-caution' } as const;

/** Added to the page by the background as an extension stylesheet (background/page-style.ts). */
export const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAMES.concern}) { background-color: #ffd6d1; color: #5c0f0b; text-decoration: underline 2px solid #b3261e; }
::highlight(${HIGHLIGHT_NAMES.caution}) { background-color: #ffe9b3; color: #4a3000; text-decoration: underline 2px dotted #8a5a00; }`;
