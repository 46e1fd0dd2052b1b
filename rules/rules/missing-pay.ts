// missing-pay (caution): an international post states no pay, or only "competitive/attractive
// salary" (UK guidance: get a contract with salary, hours and location before accepting). Pay in
// the page's structured data, a pay scale ("Band 5", "TVöD P7", "barème IFIC") or an amount for a
// period all count.

import { payAmounts, payInWords } from '../detect/pay';
import { hitsOf } from '../query';
import type { Rule, RuleInput } from '../rule';

function structuredPay(input: RuleInput): boolean {
  const salary = input.ad.salary;
  if (!salary) return false;
  if (salary.min !== undefined || salary.max !== undefined) return true;
  return /\d/.test(salary.text ?? '');
}

export function statesPay(input: RuleInput): boolean {
  if (structuredPay(input)) return true;
  if (hitsOf(input, 'pay:pay-scale').length) return true;
  return payAmounts(input).length > 0 || payInWords(input);
}

export const missingPay: Rule = {
  id: 'missing-pay',
  severity: 'caution',
  basis: [{ instrument: 'uk-applicant-guidance', provision: 'Get a contract stating salary, hours, location and any repayment clause before accepting' }],
  detect(input) {
    if (!input.places.international || statesPay(input)) return null;
    const vague = hitsOf(input, 'pay:vague-pay');
    const evidence = vague.length ? vague.map((h) => ({ start: h.start, end: h.end })) : [input.title.end > input.title.start ? input.title : { start: 0, end: Math.min(input.text.length, 80) }];
    return { evidence, variant: vague.length ? 'vague' : undefined };
  },
};
