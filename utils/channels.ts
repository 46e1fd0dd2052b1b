// Where to report an ad: the reporting channels of its destination country, exactly as recorded in
// rules/data/destinations.json (read directly: the content script must not bundle the rest of the data).

import destinations from '../rules/data/destinations.json';
import type { ReportingChannel } from '../rules/data/schema';

const byIso = new Map((destinations.destinations as Array<{ iso: string; channels: ReportingChannel[] }>).map((d) => [d.iso, d.channels]));

/** The channels for a destination (ISO code); none when unknown or none recorded. */
export function reportChannels(destination: string | null | undefined): ReportingChannel[] {
  return (destination && byIso.get(destination)) || [];
}
