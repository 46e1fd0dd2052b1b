// unequal-terms (warning): migrant staff on worse terms than domestic staff for the same role (lower
// band/pay after registration, no CPD). Not the normal pre-registration band for nurses awaiting
// their OSCE.
import { describe, it } from 'vitest';
import { expectFires, expectQuiet, named, type Case } from './helpers';

const RULE = 'unequal-terms' as const;

const EN_POSITIVE: Case[] = [
  {
    name: 'Band 4 even after NMC registration, UK nurses Band 5',
    ad: {
      title: 'Registered Nurses – International Programme',
      employer: 'Ashdown Care Homes Ltd',
      description:
        'Visa sponsorship for overseas nurses. International nurses are paid Band 4 for their first two years, even after NMC registration, while UK-trained nurses start on Band 5.',
    },
  },
  {
    name: 'CPD and study leave reserved for UK staff',
    ad: {
      title: 'Staff Nurses – Visa Sponsorship',
      employer: 'Castlegate Care Ltd',
      description:
        'Band 5, £29,970, visa sponsorship. CPD funding and study leave are available to UK staff only; internationally recruited nurses are not eligible for CPD funding.',
    },
  },
  {
    name: 'different pay: overseas £24,000, British £30,000',
    ad: {
      title: 'Registered Nurses – Nursing Homes',
      employer: 'Castlegate Care Ltd',
      description:
        'Visa sponsorship available. Registered nurse salary: overseas nurses £24,000 per year; British nurses £30,000 per year for the same post.',
    },
  },
  {
    name: "migrants excluded from the pay award, no domestic group named",
    ad: {
      title: "Care Assistants – Sponsorship Available",
      employer: "Hollybrook Care Group",
      description: "£12.60 per hour. Visa-sponsored carers are not included in the annual pay award or the retention bonus during their first three years.",
    },
  },
];

const EN_NEGATIVE: Case[] = [
  {
    name: 'normal pre-registration band until the OSCE',
    ad: {
      title: 'Internationally Educated Nurses',
      employer: 'Meadowbank Hospitals NHS Trust',
      description:
        'Visa sponsorship and OSCE training. Until you pass your OSCE and receive your NMC PIN you will be paid Band 4 as a pre-registration nurse; on registration you move to Band 5, like all of our nurses.',
    },
  },
  {
    name: 'same pay, terms and CPD as UK-trained colleagues',
    ad: {
      title: 'Registered Nurses – International',
      employer: 'Elmfield Healthcare NHS Foundation Trust',
      description:
        'International nurses receive the same pay, terms and access to CPD as UK-trained colleagues: Band 5, £29,970 to £36,483, with visa sponsorship.',
    },
  },
  {
    name: 'Band 5 for all nurses including international recruits',
    ad: {
      title: 'Staff Nurse',
      employer: 'Kingsbury Hospitals NHS Trust',
      description: 'Band 5 for all registered nurses, including international recruits and UK graduates. Visa sponsorship available.',
    },
  },
  {
    name: "migrants alone, on the normal band while awaiting the OSCE",
    ad: {
      title: "International Nurses – OSCE Programme",
      employer: "Wrekin Valley NHS Trust",
      description: "International nurses are not eligible for Band 5 while awaiting the OSCE; they are paid Band 4 and move to Band 5 as soon as they receive their NMC PIN.",
    },
  },
];

const FR_POSITIVE: Case[] = [
  {
    name: 'infirmiers étrangers moins payés, même après l\'autorisation d\'exercice',
    ad: {
      title: 'Infirmiers pour la France',
      employer: 'Groupe Santé Alliance',
      description:
        'Visa pris en charge. Les infirmiers étrangers sont rémunérés 1 800 € brut contre 2 200 € pour les infirmiers français, même après l\'obtention de l\'autorisation d\'exercice.',
    },
  },
  {
    name: 'formation continue réservée aux salariés français',
    ad: {
      title: 'Infirmiers pour la France',
      employer: 'Groupe Santé Alliance',
      description:
        'Salaire 2 200 € brut, visa pris en charge. La formation continue est réservée aux salariés français ; les recrues internationales n\'y ont pas accès.',
    },
  },
  {
    name: "nurses with a foreign diploma kept on the care-assistant scale even after authorisation",
    ad: {
      title: "Infirmiers diplômés hors UE – Clinique du Parc, Lyon",
      description: "Les infirmiers à diplôme étranger restent rémunérés sur la grille des aides-soignants (1 900 € brut) même après l'obtention de l'autorisation d'exercice.",
    },
  },
];

const FR_NEGATIVE: Case[] = [
  {
    name: 'avant l\'autorisation d\'exercice, puis même grille',
    ad: {
      title: 'Infirmiers diplômés hors UE',
      employer: 'Clinique du Parc',
      description:
        'Visa pris en charge. En attendant l\'autorisation d\'exercice, vous serez rémunéré comme aide-soignant ; ensuite, même grille salariale que les infirmiers français.',
    },
  },
  {
    name: 'mêmes conditions que les salariés français',
    ad: {
      title: 'Infirmiers pour la France',
      employer: 'Groupe Santé Alliance',
      description: 'Les infirmiers recrutés à l\'étranger bénéficient des mêmes conditions et du même salaire que les infirmiers français : 2 200 € brut.',
    },
  },
];

const PT_POSITIVE: Case[] = [
  {
    name: 'enfermeiros estrangeiros recebem menos que os portugueses',
    ad: {
      title: 'Enfermeiros para Portugal',
      employer: 'Grupo Saúde Tejo',
      description:
        'Visto incluído. Os enfermeiros estrangeiros recebem 1 100 € por mês, enquanto os enfermeiros portugueses recebem 1 500 € pela mesma função.',
    },
  },
  {
    name: 'formação contínua exclusiva para profissionais portugueses',
    ad: {
      title: 'Enfermeiros para Portugal',
      employer: 'Grupo Saúde Tejo',
      description:
        'Vencimento 1 400 € por mês, visto incluído. A formação contínua é exclusiva para os profissionais portugueses; os enfermeiros estrangeiros não têm acesso.',
    },
  },
];

const PT_NEGATIVE: Case[] = [
  {
    name: 'igualdade salarial com os enfermeiros portugueses',
    ad: {
      title: 'Enfermeiros para Portugal',
      employer: 'Grupo Saúde Tejo',
      description: 'Os enfermeiros estrangeiros têm igualdade salarial com os enfermeiros portugueses: 1 500 € por mês, com visto incluído.',
    },
  },
  {
    name: 'até à cédula profissional; depois, o mesmo vencimento',
    ad: {
      title: 'Enfermeiros formados no estrangeiro',
      employer: 'Hospital de São Rafael',
      description:
        'Visto incluído. Até à obtenção da cédula profissional da Ordem dos Enfermeiros, trabalhará como auxiliar; depois, recebe o mesmo vencimento que os enfermeiros portugueses.',
    },
  },
];

describe(RULE, () => {
  describe('English', () => {
    it.each(named(EN_POSITIVE))('fires: %s', (_name, c) => {
      expectFires(c.ad, RULE, 'warning');
    });
    it.each(named(EN_NEGATIVE))('does not fire: %s', (_name, c) => {
      expectQuiet(c.ad, RULE);
    });
  });
  describe('French', () => {
    it.each(named(FR_POSITIVE))('fires: %s', (_name, c) => {
      expectFires(c.ad, RULE, 'warning');
    });
    it.each(named(FR_NEGATIVE))('does not fire: %s', (_name, c) => {
      expectQuiet(c.ad, RULE);
    });
  });
  describe('Portuguese', () => {
    it.each(named(PT_POSITIVE))('fires: %s', (_name, c) => {
      expectFires(c.ad, RULE, 'warning');
    });
    it.each(named(PT_NEGATIVE))('does not fire: %s', (_name, c) => {
      expectQuiet(c.ad, RULE);
    });
  });
});
