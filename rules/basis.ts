// Turns a rule's basis references into the Basis objects a finding carries (instrument name,
// provision, source URL, and a note where the article number is not confirmed).

import { instrumentById } from './data/index';
import type { BasisRef } from './rule';
import type { Basis } from './schema';

export function resolveBasis(refs: BasisRef[]): Basis[] {
  const seen = new Set<string>();
  const out: Basis[] = [];
  for (const ref of refs) {
    const key = `${ref.instrument}|${ref.provision ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const instrument = instrumentById.get(ref.instrument);
    if (!instrument) throw new Error(`unknown instrument ${ref.instrument}`);
    out.push({
      instrument: instrument.name,
      ...(ref.provision ? { provision: ref.provision } : {}),
      ...(instrument.url ? { url: instrument.url } : {}),
      ...(ref.note ? { note: ref.note } : {}),
    });
  }
  return out;
}
