// The background script: runs the rules engine for the pages, keeps each tab's results for the
// popup and the toolbar badge, stores evidence, and serves the context menu. Each job is a module.

import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Modules register their listeners here (see the board and pages issues).
});
