// What identifies an ad's content: the same job id with different content (the detail pane
// opened, or the board re-rendered another job into the same place) must be analysed again.
// The serialised ad itself: comparing strings is cheaper than hashing them in a cold script.

import type { JobAd } from '../../rules/schema';

export function fingerprint(ad: JobAd): string {
  return JSON.stringify(ad);
}
