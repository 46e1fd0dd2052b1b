// The background script: runs the rules engine for the pages, keeps each tab's results for the
// popup and the toolbar badge, stores evidence, and serves the context menu. Each job is a module.

import { defineBackground } from 'wxt/utils/define-background';
import { z } from 'zod';
import { registerAnalysis } from './analysis';
import { registerAnySite } from './any-site';
import { registerContextMenu } from './context-menu';
import { DismissedAds, registerDismissed } from './dismissed';
import { registerEvidence } from './evidence';
import { registerOverlayCatalog } from './overlay-catalog';
import { registerPageStyle } from './page-style';
import { TabResultsStore, registerTabResults } from './tab-results';

export default defineBackground(() => {
  z.config({ jitless: true }); // MV3 forbids eval: validate without zod's compiled fast path
  const tabs = new TabResultsStore();
  const dismissed = new DismissedAds();
  registerAnalysis(tabs, dismissed);
  registerTabResults(tabs);
  registerDismissed(dismissed);
  registerEvidence();
  registerOverlayCatalog();
  registerPageStyle();
  registerAnySite();
  registerContextMenu();
});
