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
  {
    name: "sponsored carers £11.60 an hour, UK carers £12.75, in two clauses",
    ad: {
      title: "Care Assistants – Visa Sponsorship",
      employer: "Thornfield Care Homes Ltd",
      description: "Care assistants for our homes in Dorset, visa sponsorship available. Sponsored carers are paid £11.60 an hour; carers recruited in the UK receive £12.75.",
    },
  },
  {
    name: "kept on the first pay step for three years after NMC registration",
    ad: {
      title: "Registered Nurses – Overseas Programme",
      employer: "Harrowgate Nursing Homes Ltd",
      description: "Registered nurses for our nursing homes, visa sponsorship. Nurses recruited from overseas stay on the first pay step for three years after they join the NMC register.",
    },
  },
  {
    name: "no training budget for staff recruited outside the EU",
    ad: {
      title: "Staff Nurses – International",
      employer: "Harrowgate Nursing Homes Ltd",
      description: "Staff nurses, £29,970, visa sponsorship. Staff recruited outside the EU have no training budget during their first two years with us.",
    },
  },
  {
    name: "non-EEA recruits cannot use CPD funding or study leave after registration",
    ad: {
      title: "Staff Nurses – International",
      employer: "Westmere Hospitals NHS Trust",
      description: "Band 5 staff nurses, visa sponsorship. Non-EEA recruits are unable to access CPD funding or study leave for 36 months after registration.",
    },
  },
  {
    name: "nurses trained in India start lower than nurses trained here",
    ad: {
      title: "Staff Nurses – NHS",
      employer: "Westmere Hospitals NHS Trust",
      description: "Staff nurses for our NHS hospitals in Leeds, visa sponsorship. Indian-trained nurses start on £26,500 whereas nurses trained here start on £29,970.",
    },
  },
  {
    name: "a share of the standard salary even once on the register",
    ad: {
      title: "Staff Nurses – NHS",
      employer: "Westmere Hospitals NHS Trust",
      description: "Staff nurses for our NHS hospitals in Leeds, visa sponsorship. Internationally educated nurses receive 85% of the standard Band 5 salary, even once they hold an NMC PIN.",
    },
  },
  {
    name: "overseas nurses one pay point below UK-trained colleagues",
    ad: {
      title: "Staff Nurses – NHS",
      employer: "Westmere Hospitals NHS Trust",
      description: "Staff nurses, visa sponsorship. Overseas nurses are appointed one pay point below their UK-trained colleagues doing the same job.",
    },
  },
  {
    name: "list under a heading naming the migrants",
    ad: {
      title: "Staff Nurses – International Recruitment",
      employer: "Westmere Hospitals NHS Trust",
      description: "Staff nurses, visa sponsorship.\nPackage for overseas nurses:\n• Band 5 from your start date\n• No study leave in the first year\n• NHS pension",
    },
  },
  {
    name: "a pronoun carries the migrants into the next sentence",
    ad: {
      title: "Care Workers – Sponsorship",
      employer: "Thornfield Care Homes Ltd",
      description: "Care workers, £12.40 per hour. Our sponsored care workers start in March. They are not eligible for the annual pay rise until their third year.",
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
  {
    name: "Band 3 until they pass the OSCE, then Band 5",
    ad: {
      title: "International Nurses – OSCE Programme",
      employer: "Westmere Hospitals NHS Trust",
      description: "Visa sponsorship and OSCE support. International nurses are employed on Band 3 until they pass the OSCE, then move onto Band 5.",
    },
  },
  {
    name: "not eligible for Band 5 pay; paid Band 4 until registration (one statement over a semicolon)",
    ad: {
      title: "International Nurses – OSCE Programme",
      employer: "Westmere Hospitals NHS Trust",
      description: "International nurses who have not yet passed the OSCE are not eligible for Band 5 pay; they are paid Band 4 until registration.",
    },
  },
  {
    name: "accommodation at a reduced rate is not pay",
    ad: {
      title: "Staff Nurses – International",
      employer: "Westmere Hospitals NHS Trust",
      description: "Band 5 staff nurses, visa sponsorship. International nurses can rent hospital accommodation at a reduced rate for the first three months.",
    },
  },
  {
    name: "sponsorship eligibility of a Band 3 post",
    ad: {
      title: "Healthcare Support Worker",
      employer: "Westmere Hospitals NHS Trust",
      description: "Band 3 healthcare support worker. Sponsored workers are not eligible for this Band 3 post because it is below the salary threshold.",
    },
  },
  {
    name: "pay by experience for everyone",
    ad: {
      title: "Staff Nurses – International",
      employer: "Westmere Hospitals NHS Trust",
      description: "Staff nurses, visa sponsorship. Overseas nurses with more than three years' experience start on Band 6; those with less start on Band 5.",
    },
  },
  {
    name: "a legal floor for sponsored workers and one rate for all",
    ad: {
      title: "Care Assistants",
      employer: "Thornfield Care Homes Ltd",
      description: "Care assistants, £12.60 per hour. Sponsored workers must be paid at least £11.44 per hour under Home Office rules; we pay all staff £12.60.",
    },
  },
  {
    name: "relocation packages that differ by distance",
    ad: {
      title: "Staff Nurses",
      employer: "Westmere Hospitals NHS Trust",
      description: "Band 5 staff nurses. We offer a £5,000 relocation package to international nurses; UK nurses moving more than 50 miles get £8,000.",
    },
  },
  {
    name: "no fees for training",
    ad: {
      title: "Staff Nurses – International",
      employer: "Westmere Hospitals NHS Trust",
      description: "Band 5 staff nurses, visa sponsorship. International nurses pay no fees for training and no OSCE costs.",
    },
  },
  {
    name: "equal-opportunities statement",
    ad: {
      title: "Staff Nurses",
      employer: "Westmere Hospitals NHS Trust",
      description: "Band 5 staff nurses. We are an equal opportunities employer and do not discriminate on nationality. Overseas nurses receive the same CPD, study leave and pay progression as every member of staff.",
    },
  },
  {
    name: "no difference in pay between UK and international nurses",
    ad: {
      title: "Staff Nurses",
      employer: "Westmere Hospitals NHS Trust",
      description: "Band 5 staff nurses, visa sponsorship. There is no difference in pay between UK and international nurses.",
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
  {
    name: "premier échelon pendant trois ans après l'autorisation d'exercice",
    ad: {
      title: "Infirmiers diplômés hors UE",
      employer: "Clinique des Cèdres",
      description: "Infirmiers pour notre clinique de Grenoble, visa pris en charge. Les infirmiers recrutés à l'étranger restent au premier échelon pendant trois ans après l'autorisation d'exercice.",
    },
  },
  {
    name: "pas droit aux formations ni aux primes",
    ad: {
      title: "Infirmiers – Clinique des Cèdres",
      employer: "Clinique des Cèdres",
      description: "2 250 € brut, visa pris en charge. Le personnel recruté à l'étranger n'a pas droit aux formations ni aux primes pendant les deux premières années.",
    },
  },
  {
    name: "prime seulement après deux ans pour les soignants hors UE",
    ad: {
      title: "Infirmiers – Clinique des Cèdres",
      employer: "Clinique des Cèdres",
      description: "2 250 € brut, visa pris en charge. Les soignants recrutés hors UE ne touchent la prime annuelle qu'après deux ans de présence.",
    },
  },
  {
    name: "10 % de moins que les collègues français",
    ad: {
      title: "Infirmiers – Clinique des Cèdres",
      employer: "Clinique des Cèdres",
      description: "Visa pris en charge. Les infirmiers recrutés à l'étranger sont payés 10 % de moins que leurs collègues français au même poste.",
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
  {
    name: "80 % du salaire pendant la période d'adaptation",
    ad: {
      title: "Infirmiers diplômés hors UE",
      employer: "Clinique des Cèdres",
      description: "Visa pris en charge. Les infirmiers étrangers perçoivent 80 % du salaire pendant la période d'adaptation, puis le salaire complet.",
    },
  },
  {
    name: "aucun frais de formation",
    ad: {
      title: "Infirmiers – Clinique des Cèdres",
      employer: "Clinique des Cèdres",
      description: "2 250 € brut, visa. Les infirmiers étrangers ne paient aucun frais de formation.",
    },
  },
  {
    name: "jamais inférieur au salaire des infirmiers français",
    ad: {
      title: "Infirmiers – Clinique des Cèdres",
      employer: "Clinique des Cèdres",
      description: "Visa pris en charge. Le salaire des infirmiers étrangers n'est jamais inférieur à celui des infirmiers français.",
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
  {
    name: "primeiro escalão mesmo após o reconhecimento",
    ad: {
      title: "Enfermeiros para Portugal",
      employer: "Hospital da Ribeira",
      description: "Visto incluído. Os profissionais estrangeiros ficam no primeiro escalão durante três anos, mesmo após o reconhecimento do diploma.",
    },
  },
  {
    name: "formados no Brasil recebem menos que os portugueses",
    ad: {
      title: "Enfermeiros para Portugal",
      employer: "Hospital da Ribeira",
      description: "Visto incluído. Os enfermeiros formados no Brasil recebem 1 250 €, os enfermeiros portugueses 1 600 € na mesma função.",
    },
  },
  {
    name: "prémio só a partir do terceiro ano",
    ad: {
      title: "Enfermeiros para Portugal",
      employer: "Hospital da Ribeira",
      description: "1 600 € por mês, visto incluído. Os enfermeiros estrangeiros só têm direito ao prémio de assiduidade a partir do terceiro ano.",
    },
  },
  {
    name: "85 % do salário base",
    ad: {
      title: "Enfermeiros para Portugal",
      employer: "Hospital da Ribeira",
      description: "Visto incluído. Os enfermeiros recrutados no estrangeiro recebem 85% do salário base durante os dois primeiros anos.",
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
  {
    name: "70 % até à obtenção da cédula",
    ad: {
      title: "Enfermeiros formados no estrangeiro",
      employer: "Hospital da Ribeira",
      description: "Visto incluído. Os enfermeiros estrangeiros recebem 70% do salário até à obtenção da cédula profissional.",
    },
  },
  {
    name: "não pagam formação",
    ad: {
      title: "Enfermeiros para Portugal",
      employer: "Hospital da Ribeira",
      description: "1 600 € por mês, visto incluído. Os enfermeiros estrangeiros não pagam nenhuma formação.",
    },
  },
  {
    name: "acesso à formação desde o primeiro dia",
    ad: {
      title: "Enfermeiros para Portugal",
      employer: "Hospital da Ribeira",
      description: "1 600 € por mês, visto incluído. Os enfermeiros estrangeiros têm acesso a formação contínua desde o primeiro dia, tal como todos os colegas.",
    },
  },
];

const OTHER_POSITIVE: Case[] = [
  {
    name: "ES: 80 % del salario pactado aunque tengan el título homologado",
    ad: {
      title: "Enfermeros para España",
      employer: "Residencias Sol de Levante",
      description: "Enfermeros para nuestras residencias, visado incluido. El personal contratado en origen cobra el 80 % del salario pactado aunque tenga el título homologado.",
    },
  },
  {
    name: "ES: formados en Perú cobran menos que los españoles",
    ad: {
      title: "Enfermeros para España",
      employer: "Residencias Sol de Levante",
      description: "Enfermeros, visado incluido. Los enfermeros formados en Perú cobran 1 500 € y los enfermeros españoles 1 900 € por el mismo puesto.",
    },
  },
  {
    name: "ES: no perciben el complemento",
    ad: {
      title: "Enfermeros para España",
      employer: "Residencias Sol de Levante",
      description: "Enfermeros, 1 900 € brutos, visado incluido. Los enfermeros extranjeros no perciben el complemento de productividad durante dos años.",
    },
  },
  {
    name: "DE: aus Drittstaaten in P7, deutsche Kolleginnen in P8",
    ad: {
      title: "Pflegefachkräfte (m/w/d)",
      employer: "Klinikum Lindenau",
      description: "Pflegefachkräfte für unsere Stationen, Visum inklusive. Pflegekräfte aus Drittstaaten bleiben auch nach der Anerkennung zwei Jahre in P7, deutsche Kolleginnen starten in P8.",
    },
  },
  {
    name: "DE: erst nach drei Jahren Zugang zu Fortbildungen",
    ad: {
      title: "Pflegefachkräfte (m/w/d)",
      employer: "Klinikum Lindenau",
      description: "Pflegefachkräfte, 3.300 € brutto, Visum inklusive. Fachkräfte aus Drittstaaten erhalten erst nach drei Jahren Zugang zu Fortbildungen.",
    },
  },
  {
    name: "DE: 90 % des Tarifgehalts",
    ad: {
      title: "Pflegefachkräfte (m/w/d)",
      employer: "Klinikum Lindenau",
      description: "Pflegefachkräfte, Visum inklusive. Ausländische Pflegefachkräfte erhalten nach der Anerkennung 90 % des Tarifgehalts.",
    },
  },
];

const OTHER_NEGATIVE: Case[] = [
  {
    name: "ES: hasta la homologación, después según convenio",
    ad: {
      title: "Enfermeros para España",
      employer: "Residencias Sol de Levante",
      description: "Visado incluido. Hasta la homologación del título, los enfermeros extranjeros trabajan como auxiliares; después, cobran según convenio.",
    },
  },
  {
    name: "ES: mismas condiciones que el personal nacional",
    ad: {
      title: "Enfermeros para España",
      employer: "Residencias Sol de Levante",
      description: "Enfermeros, visado incluido. Los enfermeros extranjeros tienen las mismas condiciones que el personal nacional.",
    },
  },
  {
    name: "DE: bis zur Anerkennung als Pflegehelfer",
    ad: {
      title: "Pflegefachkräfte (m/w/d)",
      employer: "Klinikum Lindenau",
      description: "Pflegefachkräfte, Visum inklusive. Ausländische Pflegekräfte werden bis zur Anerkennung als Pflegehelfer (P5) eingruppiert, danach in P7.",
    },
  },
  {
    name: "DE: gleiches Gehalt wie deutsche Kolleginnen",
    ad: {
      title: "Pflegefachkräfte (m/w/d)",
      employer: "Klinikum Lindenau",
      description: "Pflegefachkräfte, Visum inklusive. Ausländische Fachkräfte erhalten das gleiche Gehalt wie deutsche Kolleginnen, P8 nach TVöD.",
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
  describe('Spanish and German', () => {
    it.each(named(OTHER_POSITIVE))('fires: %s', (_name, c) => {
      expectFires(c.ad, RULE, 'warning');
    });
    it.each(named(OTHER_NEGATIVE))('does not fire: %s', (_name, c) => {
      expectQuiet(c.ad, RULE);
    });
  });
});
