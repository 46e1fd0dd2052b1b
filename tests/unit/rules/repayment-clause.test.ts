// repayment-clause: warning; serious when any of: more than 2 years' tie-in, a sum above £5,000 (or
// equivalent), interest, cash repayment, or it recovers agency fee / Immigration Skills Charge / CoS.
// Bonds, repayment, clawback, liquidated damages, exit fees for leaving early. Money paid before or
// on hiring is candidate-fee; recovering a domestic criminal-record check is neither.
import { describe, expect, it } from 'vitest';
import { expectFires, expectQuiet, rulesOf, summary, named, type Case } from './helpers';

const RULE = 'repayment-clause' as const;

const NURSE_UK = (extra: string, employer = 'Kingsbury Hospitals NHS Trust'): Case['ad'] => ({
  title: 'Registered Nurse – International Recruitment',
  employer,
  description:
    'We are recruiting internationally educated registered nurses for our medical and surgical wards, with Skilled Worker visa sponsorship, flights and a month of accommodation. ' +
    'Band 5, £29,970 to £36,483 per annum. ' + extra,
});

const EN_WARNING: Case[] = [
  {
    name: 'relocation repaid pro rata within 18 months',
    severity: 'warning',
    ad: NURSE_UK('If you leave within 18 months, you will repay £1,800 of relocation costs, reducing pro rata each month.'),
  },
  {
    name: 'stepped clawback £2,000 year 1, £1,000 year 2',
    severity: 'warning',
    ad: NURSE_UK('A repayment clause applies: £2,000 if you resign in your first year and £1,000 if you resign in your second year.'),
  },
  {
    name: 'NHS-trust style: £5,000 year 1 / £2,500 year 2 (not above £5,000)',
    severity: 'warning',
    ad: NURSE_UK('Should you leave the Trust within 12 months you will be required to pay back £5,000 of the relocation package, or £2,500 if you leave in the second year.'),
  },
  {
    name: "FAQ answered yes still fires",
    severity: "warning",
    ad: {
      title: "Registered Nurse – International Recruitment",
      employer: "Westmere Hospitals NHS Trust",
      description: "Band 5 registered nurses, £29,970 per annum, visa sponsorship. Is there a repayment clause? Yes: £2,000 if you leave within 12 months.",
    },
  },
];

const EN_SERIOUS: Case[] = [
  {
    name: 'three-year tie-in (more than 2 years)',
    severity: 'serious',
    ad: NURSE_UK('You agree to stay with us for 3 years; leaving early means repaying your relocation package of £3,000.'),
  },
  {
    name: 'sum above £5,000: early termination fee of £8,000',
    severity: 'serious',
    ad: NURSE_UK('An early termination fee of £8,000 applies if you resign within 24 months of your start date.', 'Ashdown Care Homes Ltd'),
  },
  {
    name: 'Observer-style bond: up to £14,000 over 5 years',
    severity: 'serious',
    ad: NURSE_UK('Your contract includes a training bond of up to £14,000, reducing over 5 years, payable if you leave before the end of the bond period.', 'Ashdown Care Homes Ltd'),
  },
  {
    name: 'interest on the outstanding amount',
    severity: 'serious',
    ad: NURSE_UK('If you leave within 12 months you must repay £1,500 of relocation costs plus interest at 8% per annum.'),
  },
  {
    name: 'cash repayment',
    severity: 'serious',
    ad: NURSE_UK('Staff who resign within one year must repay £1,200 in cash within 30 days of leaving.', 'Ashdown Care Homes Ltd'),
  },
  {
    name: 'recovers the Immigration Skills Charge and CoS',
    severity: 'serious',
    ad: NURSE_UK('If you leave within 2 years, you will repay the Immigration Skills Charge and the cost of your Certificate of Sponsorship.', 'Ashdown Care Homes Ltd'),
  },
  {
    name: 'recovers the agency fee',
    severity: 'serious',
    ad: NURSE_UK('If you leave before 12 months you must reimburse the agency fee of £1,000 that we paid on your behalf.', 'Ashdown Care Homes Ltd'),
  },
  {
    name: 'ALL CAPS: liquidated damages of £6,000',
    severity: 'serious',
    ad:
      'UK NURSING HOME – REGISTERED NURSES – VISA SPONSORSHIP – £30,000 PER YEAR. ' +
      'LIQUIDATED DAMAGES OF £6,000 ARE PAYABLE IF THE NURSE LEAVES BEFORE COMPLETING 18 MONTHS. APPLY TO CASTLEGATE CARE LTD.',
  },
  {
    name: 'bond in naira above the equivalent of £5,000',
    severity: 'serious',
    ad: NURSE_UK('Nurses who leave within 18 months must repay a bond of ₦15,000,000 to the agency.', 'Ashdown Care Homes Ltd'),
  },
];

const EN_NEGATIVE: Case[] = [
  {
    name: 'no repayment clause, you owe us nothing if you leave',
    ad: NURSE_UK('There is no repayment clause: if you decide to leave, you owe us nothing.'),
  },
  {
    name: 'notice period only',
    ad: NURSE_UK('If you wish to leave, the notice period is four weeks.'),
  },
  {
    name: 'retention bonus paid after 12 months',
    ad: NURSE_UK('A retention bonus of £2,000 is paid after 12 months in post.'),
  },
  {
    name: 'DBS check recovery from first salary',
    ad: {
      title: 'Support Worker – Learning Disabilities',
      employer: 'Brookside Support Services Ltd',
      description: 'Support workers needed in Norwich, £12.00 per hour. The cost of your enhanced DBS check (£54.40) will be deducted from your first salary.',
    },
  },
  {
    name: 'an upfront fee is a candidate fee, not a repayment clause',
    ad: NURSE_UK('A registration fee of £300 is payable upfront by the candidate.', 'Ashdown Care Homes Ltd'),
  },
  {
    name: "FAQ: is there a repayment clause? No.",
    ad: {
      title: "Registered Nurse – International Recruitment",
      employer: "Westmere Hospitals NHS Trust",
      description: "Band 5 registered nurses, £29,970 per annum, visa sponsorship paid by the Trust. Is there a repayment clause? No.",
    },
  },
  {
    name: "FAQ: must I repay relocation if I leave early? No, never.",
    ad: {
      title: "Registered Nurse – International Recruitment",
      employer: "Westmere Hospitals NHS Trust",
      description: "Band 5 registered nurses, £29,970 per annum, visa sponsorship paid by the Trust. Do I have to repay my relocation costs if I leave early? No, never.",
    },
  },
];

const FR_WARNING: Case[] = [
  {
    name: 'départ avant 12 mois : remboursement de 1 500 €',
    severity: 'warning',
    ad: {
      title: 'Infirmiers pour la France',
      employer: 'Clinique du Parc',
      description:
        'Infirmiers diplômés pour notre clinique à Lyon, 2 200 € brut par mois, visa et billet pris en charge. ' +
        'En cas de départ avant 12 mois, vous devrez rembourser 1 500 € de frais de relocalisation.',
    },
  },
  {
    name: 'clause de dédit de 2 000 € sur 18 mois',
    severity: 'warning',
    ad: {
      title: 'Infirmiers pour la Belgique',
      employer: 'Agence EuroSoins Conseil',
      description:
        'Infirmiers pour des hôpitaux en Belgique, 2 600 € brut par mois, visa pris en charge. ' +
        'Une clause de dédit prévoit le remboursement de 2 000 € en cas de démission dans les 18 premiers mois.',
    },
  },
];

const FR_SERIOUS: Case[] = [
  {
    name: 'dédit-formation de 7 000 € (au-dessus de l\'équivalent de 5 000 £)',
    severity: 'serious',
    ad: {
      title: 'Infirmiers pour la France',
      employer: 'Clinique du Parc',
      description:
        'Infirmiers diplômés pour notre clinique à Lyon, 2 200 € brut par mois, visa et billet pris en charge. ' +
        'En cas de démission avant 2 ans, un dédit-formation de 7 000 € devra être remboursé à l\'employeur.',
    },
  },
  {
    name: 'engagement de 3 ans avec remboursement',
    severity: 'serious',
    ad: {
      title: 'Infirmiers pour le Royaume-Uni',
      employer: 'Agence Horizon Soins International',
      description:
        'Infirmiers pour des maisons de retraite au Royaume-Uni, 29 000 £ par an, visa pris en charge. ' +
        'Engagement de 3 ans : en cas de départ anticipé, vous devrez rembourser les frais de relocalisation de 3 000 £.',
    },
  },
];

const FR_NEGATIVE: Case[] = [
  {
    name: 'aucune clause de remboursement',
    ad: {
      title: 'Infirmiers pour la France',
      employer: 'Clinique du Parc',
      description:
        'Infirmiers diplômés pour notre clinique à Lyon, 2 200 € brut par mois, visa pris en charge. Aucune clause de remboursement : vous êtes libre de partir à tout moment.',
    },
  },
  {
    name: 'préavis d\'un mois en cas de démission',
    ad: {
      title: 'Infirmier(ère) de nuit',
      employer: 'Clinique des Cèdres',
      description: 'Poste en CDI, 2 250 € brut par mois. En cas de démission, le préavis est d\'un mois.',
    },
  },
  {
    name: 'prime de fidélisation après 12 mois',
    ad: {
      title: 'Aides-soignants – EHPAD',
      employer: 'Résidence Les Tilleuls',
      description: 'Aides-soignants pour notre EHPAD à Nantes, 1 900 € brut. Une prime de fidélisation de 1 000 € est versée après 12 mois de présence.',
    },
  },
  {
    name: "FAQ : dois-je rembourser si je pars avant deux ans ? Non",
    ad: {
      title: "Infirmiers pour le Royaume-Uni",
      employer: "Agence Horizon Soins",
      description: "Infirmiers pour le NHS, 2 500 £ par mois. Dois-je rembourser les frais si je pars avant deux ans ? Non, jamais.",
    },
  },
];

const PT_WARNING: Case[] = [
  {
    name: 'saída antes de 18 meses: reembolso de 2 000 €',
    severity: 'warning',
    ad: {
      title: 'Enfermeiros para Portugal',
      employer: 'Grupo Saúde Tejo',
      description:
        'Enfermeiros para os nossos hospitais em Lisboa, 1 400 € por mês, visto e alojamento incluídos. ' +
        'Se sair antes de 18 meses, terá de reembolsar 2 000 € das despesas de relocalização.',
    },
  },
  {
    name: 'devolução proporcional da viagem se rescindir no primeiro ano',
    severity: 'warning',
    ad: {
      title: 'Cuidadores para lares em Portugal',
      employer: 'Grupo Sénior Atlântico',
      description:
        'Cuidadores para os nossos lares no Algarve, 900 € por mês, com visto. ' +
        'Caso rescinda o contrato no primeiro ano, deverá devolver o valor da viagem (800 €) de forma proporcional.',
    },
  },
];

const PT_SERIOUS: Case[] = [
  {
    name: 'indemnização de 6 500 € nos primeiros 3 anos',
    severity: 'serious',
    ad: {
      title: 'Enfermeiros para o Reino Unido',
      employer: 'Agência Global Saúde Recrutamento',
      description:
        'Enfermeiros para hospitais do NHS, £29.970 por ano, com patrocínio de visto. ' +
        'Se rescindir o contrato nos primeiros 3 anos, terá de pagar uma indemnização de 6.500 €.',
    },
  },
  {
    name: 'reembolso com juros',
    severity: 'serious',
    ad: {
      title: 'Enfermeiros para Portugal',
      employer: 'Grupo Saúde Tejo',
      description:
        'Enfermeiros para os nossos hospitais em Lisboa, 1 400 € por mês, visto incluído. ' +
        'Quem sair antes de 12 meses terá de reembolsar 1 500 € das despesas, acrescidos de juros de 10% ao ano.',
    },
  },
];

const PT_NEGATIVE: Case[] = [
  {
    name: 'sem penalização se sair',
    ad: {
      title: 'Enfermeiros para Portugal',
      employer: 'Grupo Saúde Tejo',
      description:
        'Enfermeiros para os nossos hospitais em Lisboa, 1 400 € por mês, visto incluído. Não existe cláusula de reembolso nem qualquer penalização se decidir sair.',
    },
  },
  {
    name: 'aviso prévio de 30 dias',
    ad: {
      title: 'Enfermeiro(a) – Serviço de Urgência',
      employer: 'Hospital de São Rafael',
      description: 'Contrato sem termo, 1 500 € por mês. Em caso de saída, o aviso prévio é de 30 dias.',
    },
  },
  {
    name: 'prémio de permanência após 12 meses',
    ad: {
      title: 'Cuidadores para lares em Portugal',
      employer: 'Grupo Sénior Atlântico',
      description: 'Cuidadores para os nossos lares no Algarve, 900 € por mês. Prémio de permanência de 1 000 € pago após 12 meses de casa.',
    },
  },
  {
    name: "FAQ: tenho de devolver os custos se sair antes? Não",
    ad: {
      title: "Enfermeiros para o Reino Unido",
      employer: "Agência Ponte Atlântica",
      description: "Enfermeiros para hospitais do NHS, £29.970 por ano. Tenho de devolver os custos da viagem se sair antes de dois anos? Não.",
    },
  },
];

const OTHER: Case[] = [
  {
    name: 'DE: Rückzahlung von 2.000 € bei Kündigung im ersten Jahr (warning)',
    severity: 'warning',
    ad: {
      title: 'Pflegefachkräfte (m/w/d) aus dem Ausland',
      employer: 'Medicus Personalservice GmbH',
      description:
        'Pflegefachkräfte für Kliniken in Bayern, 3.100 € brutto im Monat, Visum und Anerkennung inklusive. ' +
        'Bei einer Kündigung innerhalb des ersten Jahres sind die Umzugskosten von 2.000 € anteilig zurückzuzahlen.',
    },
  },
  {
    name: 'ES: penalización de 9.000 € si deja el puesto antes de 3 años (serious)',
    severity: 'serious',
    ad: {
      title: 'Enfermeras para Alemania',
      employer: 'Agencia Salud Europa',
      description:
        'Enfermeras para hospitales en Alemania, 2 800 € brutos al mes. Si abandona el puesto antes de 3 años, deberá pagar una penalización de 9.000 €.',
    },
  },
];

const OTHER_NEGATIVE: Case[] = [
  {
    name: 'DE: keine Rückzahlungsklausel',
    ad: {
      title: 'Pflegefachkräfte (m/w/d) aus dem Ausland',
      employer: 'Medicus Personalservice GmbH',
      description: 'Pflegefachkräfte für Kliniken in Bayern, 3.100 € brutto im Monat. Es gibt keine Rückzahlungsklausel; Sie können jederzeit mit der gesetzlichen Frist kündigen.',
    },
  },
  {
    name: "ES: ¿Tengo que devolver los gastos si me voy antes? No",
    ad: {
      title: "Enfermeras para el Reino Unido",
      employer: "Agencia Salud Europa",
      description: "Enfermeras para el NHS, 2.500 £ al mes. ¿Tengo que devolver los gastos de traslado si me voy antes de dos años? No, nunca.",
    },
  },
  {
    name: "DE: Muss ich die Umzugskosten zurückzahlen? Nein",
    ad: {
      title: "Pflegefachkräfte für England",
      employer: "Medicus Personalservice GmbH",
      description: "Pflegefachkräfte für den NHS, 2.500 £ im Monat. Muss ich die Umzugskosten zurückzahlen, wenn ich vor zwei Jahren kündige? Nein.",
    },
  },
];

function positive(c: Case) {
  expectFires(c.ad, RULE, c.severity);
}

describe(RULE, () => {
  describe('English', () => {
    it.each(named(EN_WARNING))('warning: %s', (_name, c) => positive(c));
    it.each(named(EN_SERIOUS))('serious: %s', (_name, c) => positive(c));
    it.each(named(EN_NEGATIVE))('does not fire: %s', (_name, c) => {
      expectQuiet(c.ad, RULE);
    });
  });
  describe('French', () => {
    it.each(named(FR_WARNING))('warning: %s', (_name, c) => positive(c));
    it.each(named(FR_SERIOUS))('serious: %s', (_name, c) => positive(c));
    it.each(named(FR_NEGATIVE))('does not fire: %s', (_name, c) => {
      expectQuiet(c.ad, RULE);
    });
  });
  describe('Portuguese', () => {
    it.each(named(PT_WARNING))('warning: %s', (_name, c) => positive(c));
    it.each(named(PT_SERIOUS))('serious: %s', (_name, c) => positive(c));
    it.each(named(PT_NEGATIVE))('does not fire: %s', (_name, c) => {
      expectQuiet(c.ad, RULE);
    });
  });

  describe('Spanish and German', () => {
    it.each(named(OTHER))('%s', (_name, c) => positive(c));
    it.each(named(OTHER_NEGATIVE))('does not fire: %s', (_name, c) => {
      expectQuiet(c.ad, RULE);
    });
  });

  it('a repayment clause is not also a candidate fee', () => {
    const analysis = expectFires(EN_WARNING[0]!.ad, RULE, 'warning');
    expect(rulesOf(analysis), summary(analysis)).not.toContain('candidate-fee');
  });
});
