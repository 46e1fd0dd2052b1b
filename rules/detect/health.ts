// Is this a post for health or care personnel? (RULES.md, "What the engine decides first")
// The title decides when it names a role; a hospital's accountant, secretary or network engineer is
// not health personnel even though the ad is full of hospital words.

import type { AdContext } from '../context';
import { hitsOf, inTitle } from '../query';
import type { Hit } from '../text/matcher';

const HEALTH_ROLES = ['occupations:registered-clinical', 'occupations:care-worker', 'occupations:allied-health'];
const NON_HEALTH = 'occupations:non-health-role';
/** Registration cues only health personnel have (not IELTS or a CQC rating). */
const HEALTH_REGULATOR = /nmc|gmc|hcpc|gphc|nmbi|ahpra|nclex|osce|plab|oet|council|board|ordre|ordem|coren|colegi|approbation|kenntnisprufung|anpassungslehrgang|pin/;

/** Role hits not swallowed by a longer hit of the other kind ("pharmacy technician" beats "technician"). */
function roleHits(ctx: AdContext): { health: Hit[]; other: Hit[] } {
  const health = HEALTH_ROLES.flatMap((c) => hitsOf(ctx, c));
  const other = hitsOf(ctx, NON_HEALTH);
  const inside = (a: Hit, b: Hit) => b.first <= a.first && a.last <= b.last && b.last - b.first > a.last - a.first;
  return {
    health: health.filter((h) => !other.some((o) => inside(h, o))),
    other: other.filter((o) => !health.some((h) => inside(o, h))),
  };
}

/** A separator (– | / , ( ) between two title hits means two roles, not a compound. */
function separated(ctx: AdContext, a: Hit, b: Hit): boolean {
  const [left, right] = a.end <= b.start ? [a, b] : [b, a];
  return /[–—|/,(]|\s-\s/.test(ctx.text.slice(left.end, right.start));
}

export function isHealthPost(ctx: AdContext): boolean {
  const { health, other } = roleHits(ctx);
  const titleHealth = health.filter((h) => inTitle(ctx, h.start));
  const titleOther = other.filter((h) => inTitle(ctx, h.start));
  if (titleHealth.length && !titleOther.length) return true;
  if (titleOther.length && !titleHealth.length) return false;
  if (titleHealth.length && titleOther.length) {
    // "Nurse Recruitment Consultant": the head noun comes last in a compound.
    const lastOther = titleOther[titleOther.length - 1]!;
    const compound = titleHealth.some((h) => h.end <= lastOther.start && !separated(ctx, h, lastOther));
    return !compound || titleHealth.some((h) => h.start > lastOther.start);
  }
  const careWork = hitsOf(ctx, 'occupations:care-work');
  // "…returned after you receive your NMC PIN": no role named, but only health personnel register there.
  if (health.length === 0 && careWork.length === 0) return other.length === 0 && hitsOf(ctx, 'occupations:registration-cue').some((h) => HEALTH_REGULATOR.test(ctx.folded.slice(h.start, h.end)));
  if (other.length === 0) return true;
  const titleCare = careWork.some((h) => inTitle(ctx, h.start));
  return titleCare || health.length + careWork.length >= other.length;
}

/** Registered nursing, midwifery or medical roles (for the English-test guarantee rule). */
export function hasRegisteredRole(ctx: AdContext): boolean {
  const { health } = roleHits(ctx);
  return health.some((h) => h.concept === 'occupations:registered-clinical');
}
