// missing-pay (caution): an international post states no pay, or "attractive salary" only. Only for
// international posts; pay in the page's structured data counts.
import { describe, expect, it } from 'vitest';
import { expectFires, expectQuiet, summary, named, type Case } from './helpers';

const RULE = 'missing-pay' as const;

const EN_POSITIVE: Case[] = [
  {
    name: 'visa sponsorship, no pay at all',
    ad: {
      title: 'Registered Nurses – UK Care Homes',
      employer: 'Bluebell Healthcare Recruitment Ltd',
      description:
        'We are recruiting overseas registered nurses for nursing homes in Kent. Full visa sponsorship, flights and accommodation. Minimum two years of experience and a CBT pass required.',
    },
  },
  {
    name: '"attractive salary" only',
    ad: {
      title: 'Staff Nurses – Relocate to Ireland',
      employer: 'Emerald Medical Recruitment Ltd',
      description: 'International nurses wanted for hospitals in Dublin. Attractive salary and relocation package. Visa support provided.',
    },
  },
  {
    name: 'ALL CAPS: "COMPETITIVE SALARY + BENEFITS"',
    ad: 'UK CARE HOME NURSES – VISA SPONSORSHIP – COMPETITIVE SALARY + BENEFITS – FLIGHTS PAID. APPLY TO PRIMECARE STAFFING LTD.',
  },
  {
    name: "only a repayment written in words, no pay",
    ad: {
      title: "Overseas Nurses – UK",
      employer: "Thistle Global Nursing Ltd",
      description: "We recruit nurses from Ghana and Kenya for UK hospitals. If you leave within two years you repay three thousand pounds.",
    },
  },
];

const EN_NEGATIVE: Case[] = [
  {
    name: 'domestic post with no pay (not international)',
    ad: {
      title: 'Staff Nurse – Day Surgery',
      employer: 'Kingsbury Hospitals NHS Trust',
      description: 'Join our friendly day surgery team in Leeds. Monday to Friday, no nights or weekends. Full NMC registration required.',
    },
  },
  {
    name: 'international post with an annual salary',
    ad: {
      title: 'Registered Nurses – UK Care Homes',
      employer: 'Bluebell Healthcare Recruitment Ltd',
      description: 'Overseas registered nurses for nursing homes in Kent. Full visa sponsorship. Salary £31,000 per annum.',
    },
  },
  {
    name: 'international post with pay only in structured data',
    ad: {
      title: 'Registered Nurses – UK Care Homes',
      employer: 'Bluebell Healthcare Recruitment Ltd',
      salary: { currency: 'GBP', min: 30000, max: 33000, unit: 'YEAR' },
      description: 'Overseas registered nurses for nursing homes in Kent. Full visa sponsorship, flights and accommodation.',
    },
  },
  {
    name: 'international post with a stated hourly rate',
    ad: {
      title: 'Care Assistants – Visa Sponsorship',
      employer: 'Meadowsweet Care Homes Ltd',
      description: 'Care assistants for our homes in Lincolnshire. Skilled Worker visa sponsorship. Pay: £12.40 per hour.',
    },
  },
  {
    name: "pay written in words with a period",
    ad: {
      title: "Senior Carers – Sponsorship Available",
      employer: "Ashdown Lodge Care Home, Hereford",
      description: "Pay: twelve pounds eighty an hour, 40 hours a week. We pay your Certificate of Sponsorship, visa and flights for carers recruited from overseas.",
    },
  },
  {
    name: "a salary with a trailing plus",
    ad: {
      title: "Zambian Nurses – UK Jobs",
      employer: "Kafue Health Careers Ltd, Lusaka",
      description: "We recruit nurses in Lusaka for NHS trusts. £37,000+, OSCE paid.",
    },
  },
];

const FR_POSITIVE: Case[] = [
  {
    name: 'visa et relocalisation, « salaire attractif » seulement',
    ad: {
      title: 'Infirmiers pour la Belgique',
      employer: 'Agence EuroSoins Conseil',
      description: 'Infirmiers étrangers pour des hôpitaux en Belgique. Visa, billet et logement pris en charge. Salaire attractif.',
    },
  },
  {
    name: 'recrutement international sans rémunération',
    ad: {
      title: 'Aides-soignants pour le Canada',
      employer: 'Agence Nord-Sud Placement',
      description: 'Recrutement international d\'aides-soignants pour des résidences au Québec. Permis de travail et billet d\'avion pris en charge. Rémunération motivante.',
    },
  },
];

const FR_NEGATIVE: Case[] = [
  {
    name: 'poste international avec salaire mensuel',
    ad: {
      title: 'Infirmiers pour la Belgique',
      employer: 'Agence EuroSoins Conseil',
      description: 'Infirmiers étrangers pour des hôpitaux en Belgique. Visa et billet pris en charge. Salaire : 2 600 € brut par mois.',
    },
  },
  {
    name: 'poste local sans salaire (pas international)',
    ad: {
      title: 'Infirmier(ère) de nuit',
      employer: 'Clinique des Cèdres',
      description: 'La Clinique des Cèdres à Toulouse recrute un(e) infirmier(ère) de nuit en CDI. Diplôme d\'État exigé.',
    },
  },
];

const PT_POSITIVE: Case[] = [
  {
    name: 'visto incluído, « salário atrativo » apenas',
    ad: {
      title: 'Enfermeiros para o Reino Unido',
      employer: 'Agência Global Saúde Recrutamento',
      description: 'Enfermeiros estrangeiros para hospitais do NHS. Visto, viagem e alojamento incluídos. Salário atrativo.',
    },
  },
  {
    name: 'recrutamento internacional, remuneração competitiva',
    ad: {
      title: 'Cuidadores para a Irlanda',
      employer: 'Agência Atlântida Recrutamento',
      description: 'Recrutamento internacional de cuidadores para lares na Irlanda. Apoio no visto de trabalho. Remuneração competitiva.',
    },
  },
];

const PT_NEGATIVE: Case[] = [
  {
    name: 'posto internacional com vencimento mensal',
    ad: {
      title: 'Enfermeiros para Portugal',
      employer: 'Grupo Saúde Tejo',
      description: 'Enfermeiros estrangeiros para os nossos hospitais em Lisboa. Visto e alojamento incluídos. Vencimento: 1 500 € por mês.',
    },
  },
  {
    name: 'posto local sem vencimento (não internacional)',
    ad: {
      title: 'Enfermeiro(a) – Serviço de Urgência',
      employer: 'Hospital de São Rafael',
      description: 'O Hospital de São Rafael, em Coimbra, procura enfermeiros para o serviço de urgência. Inscrição na Ordem dos Enfermeiros obrigatória.',
    },
  },
];

describe(RULE, () => {
  describe('English', () => {
    it.each(named(EN_POSITIVE))('fires: %s', (_name, c) => {
      const analysis = expectFires(c.ad, RULE, 'caution');
      expect(analysis.international, summary(analysis)).toBe(true);
    });
    it.each(named(EN_NEGATIVE))('does not fire: %s', (_name, c) => {
      expectQuiet(c.ad, RULE);
    });
  });
  describe('French', () => {
    it.each(named(FR_POSITIVE))('fires: %s', (_name, c) => {
      expectFires(c.ad, RULE, 'caution');
    });
    it.each(named(FR_NEGATIVE))('does not fire: %s', (_name, c) => {
      expectQuiet(c.ad, RULE);
    });
  });
  describe('Portuguese', () => {
    it.each(named(PT_POSITIVE))('fires: %s', (_name, c) => {
      expectFires(c.ad, RULE, 'caution');
    });
    it.each(named(PT_NEGATIVE))('does not fire: %s', (_name, c) => {
      expectQuiet(c.ad, RULE);
    });
  });
});
