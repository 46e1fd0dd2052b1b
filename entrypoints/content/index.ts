import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['https://www.jobs.nhs.uk/*'],
  main() {
    // Filled in by the board issue.
  },
});
