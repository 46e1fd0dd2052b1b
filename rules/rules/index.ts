// The rule set, in the order findings are listed (most serious kinds first).

import type { Rule } from '../rule';
import { amberCountryOutsideAgreement } from './amber-country-outside-agreement';
import { candidateFee } from './candidate-fee';
import { documentRetention } from './document-retention';
import { g2gAgreement } from './g2g-agreement';
import { hiddenEmployer } from './hidden-employer';
import { informalContact } from './informal-contact';
import { misleadingGuarantee } from './misleading-guarantee';
import { missingPay } from './missing-pay';
import { pressureTactics } from './pressure-tactics';
import { referralIncentiveTargeting } from './referral-incentive-targeting';
import { repaymentClause } from './repayment-clause';
import { safeguardListTargeting } from './safeguard-list-targeting';
import { unequalTerms } from './unequal-terms';

export const RULES: readonly Rule[] = [
  safeguardListTargeting,
  referralIncentiveTargeting,
  candidateFee,
  documentRetention,
  repaymentClause,
  amberCountryOutsideAgreement,
  misleadingGuarantee,
  unequalTerms,
  hiddenEmployer,
  missingPay,
  informalContact,
  pressureTactics,
  g2gAgreement,
];
