// document-retention (serious): the employer or agency keeps the worker's passport, ID,
// certificates or licence. Not when the worker keeps them, when originals are only checked and
// handed back, or when the ad says it never holds them.
import { describe, it } from 'vitest';
import { expectFires, expectQuiet, named, type Case } from './helpers';

const RULE = 'document-retention' as const;

const EN_POSITIVE: Case[] = [
  {
    name: 'passport kept by the agency for safekeeping',
    ad: {
      title: 'Care Assistants – UK',
      employer: 'Bluebell Healthcare Recruitment Ltd',
      description:
        'Care assistants for care homes in Yorkshire, £12.21 per hour, visa sponsorship. ' +
        'On arrival your passport will be kept by the agency for safekeeping until your contract ends.',
    },
  },
  {
    name: 'employer holds original certificates and passport during the bond',
    ad: {
      title: 'Registered Nurses – Nursing Homes',
      employer: 'Ashdown Care Homes Ltd',
      description:
        'Registered nurses for our homes in Sussex, £30,000 per year, visa sponsorship. ' +
        'The employer will hold your original nursing certificates and passport for the duration of your two-year bond.',
    },
  },
  {
    name: 'ALL CAPS: hand over your passport on arrival',
    ad:
      'UK CARE JOBS – CARERS NEEDED – VISA SPONSORED – £11.50/HR. CASTLEGATE CARE LTD. ' +
      'ALL WORKERS MUST HAND OVER THEIR PASSPORT TO THE MANAGER ON ARRIVAL. IT WILL BE RETURNED AFTER 2 YEARS OF SERVICE.',
  },
  {
    name: 'long advert, retention buried in the fifth paragraph',
    ad: {
      title: 'Healthcare Assistant – Nights',
      employer: 'Silverline Care Staffing Ltd',
      description: [
        'Silverline Care Staffing supplies healthcare assistants to nursing homes across the West Midlands.',
        'You will support residents with personal care, mobility, nutrition and social activities, working 12-hour night shifts.',
        'Pay £12.40 per hour with weekly payroll, paid training and uniform.',
        'We sponsor Skilled Worker visas for suitable overseas candidates.',
        'For the first year, the company retains workers\' passports and biometric residence permits in its office safe.',
        'Apply through our website.',
      ].join('\n\n'),
    },
  },
  {
    name: "passport and certificates stay with HR during probation",
    ad: {
      title: "Care Assistants – UK",
      employer: "Larkspur Care Ltd",
      description: "Care assistants for our homes in Devon, £12.30 per hour, visa sponsorship. Your passport and nursing certificates stay with HR until you finish probation.",
    },
  },
  {
    name: "FAQ answered yes still fires",
    ad: {
      title: "Care Assistants – UK",
      employer: "Larkspur Care Ltd",
      description: "Care assistants, £12.30 per hour, visa sponsorship. Will the agency keep my passport? Yes, until your first year is complete.",
    },
  },
];

const EN_NEGATIVE: Case[] = [
  {
    name: 'you keep your passport at all times',
    ad: {
      title: 'Care Assistants – UK',
      employer: 'Meadowsweet Care Homes Ltd',
      description: 'Care assistants, £12.40 per hour, visa sponsorship. You keep your passport and all of your documents at all times.',
    },
  },
  {
    name: 'originals checked at interview and returned the same day',
    ad: {
      title: 'Staff Nurse',
      employer: 'Kingsbury Hospitals NHS Trust',
      description:
        'Band 5, £29,970. Please bring your original passport and nursing certificates to the interview; they will be checked, copied and returned to you the same day.',
    },
  },
  {
    name: 'we will never hold your passport',
    ad: {
      title: 'Healthcare Assistants',
      employer: 'Northern Lights Care Homes Ltd',
      description: 'Healthcare assistants in Aberdeen, £12.60 per hour, visa sponsorship. We will never hold your passport or identity documents.',
    },
  },
  {
    name: "the worker will hold a diploma",
    ad: {
      title: "Dental Nurse",
      employer: "Riverside Dental Care Ltd",
      description: "You will hold the National Diploma in Dental Nursing or equivalent and be registered with the GDC.",
    },
  },
  {
    name: "keeping documents up to date",
    ad: {
      title: "Biomedical Scientist",
      employer: "Northgate Pathology Services",
      description: "Biomedical scientists in our hospital laboratory will keep their documents and designated assets up to date and take part in audits.",
    },
  },
  {
    name: "FAQ: will you keep my passport? No.",
    ad: {
      title: "Care Assistants – UK",
      employer: "Larkspur Care Ltd",
      description: "Care assistants, £12.30 per hour, visa sponsorship. Will the home keep my passport? No. It stays with you at all times.",
    },
  },
  {
    name: "copies taken, originals stay with the worker",
    ad: {
      title: "Staff Nurse",
      employer: "Kingsbury Hospitals NHS Trust",
      description: "Band 5 staff nurse. Please bring your passport and certificates to HR on your first day so that we can take copies; the originals stay with you.",
    },
  },
];

const FR_POSITIVE: Case[] = [
  {
    name: 'passeport conservé par l\'agence',
    ad: {
      title: 'Aides-soignants pour la France',
      employer: 'Agence Nord-Sud Placement',
      description:
        'Aides-soignants pour des EHPAD en France, 1 850 € brut, visa pris en charge. Votre passeport sera conservé par l\'agence pendant toute la durée du contrat.',
    },
  },
  {
    name: 'diplômes originaux gardés par l\'employeur',
    ad: {
      title: 'Infirmiers pour la Belgique',
      employer: 'Agence EuroSoins Conseil',
      description:
        'Infirmiers pour des hôpitaux en Belgique, 2 600 € brut. Les diplômes originaux et le passeport restent en possession de l\'employeur jusqu\'à la fin de l\'engagement.',
    },
  },
  {
    name: "l'agence garde votre passeport",
    ad: {
      title: "Aides-soignants pour la France",
      employer: "Agence Horizon Soins",
      description: "Aides-soignants pour des EHPAD, 1 900 € brut, visa pris en charge. L'agence garde votre passeport pendant la première année.",
    },
  },
  {
    name: "passeport et diplômes restent auprès du service RH",
    ad: {
      title: "Infirmiers pour la France",
      employer: "Clinique des Cèdres",
      description: "Infirmiers, 2 250 € brut, visa pris en charge. Le passeport et les diplômes originaux restent auprès du service RH pendant la période d'essai.",
    },
  },
];

const FR_NEGATIVE: Case[] = [
  {
    name: 'vous conservez votre passeport',
    ad: {
      title: 'Aides-soignants – EHPAD',
      employer: 'Résidence Les Tilleuls',
      description: 'Aides-soignants pour notre EHPAD à Nantes, 1 900 € brut, visa accompagné. Vous conservez votre passeport et vos diplômes en permanence.',
    },
  },
  {
    name: 'originaux vérifiés et restitués le jour même',
    ad: {
      title: 'Infirmier(ère) – Clinique du Parc',
      employer: 'Clinique du Parc',
      description: '2 200 € brut par mois. Les originaux de vos diplômes seront vérifiés lors de l\'entretien et restitués le jour même.',
    },
  },
  {
    name: 'nous ne conservons jamais vos documents',
    ad: {
      title: 'Infirmiers pour la France',
      employer: 'Groupe Santé Alliance',
      description: 'Infirmiers pour nos cliniques, 2 300 € brut, visa pris en charge. Nous ne conservons jamais vos documents d\'identité ni votre passeport.',
    },
  },
  {
    name: "FAQ : l'employeur garde-t-il mon passeport ? Non, jamais.",
    ad: {
      title: "Aides-soignants pour la France",
      employer: "Agence Horizon Soins",
      description: "Aides-soignants, 1 900 € brut, visa pris en charge. L'employeur conserve-t-il mon passeport ? Non, jamais : il reste avec vous.",
    },
  },
  {
    name: "le passeport reste avec vous",
    ad: {
      title: "Aides-soignants pour la France",
      employer: "Agence Horizon Soins",
      description: "Aides-soignants, 1 900 € brut, visa pris en charge. Votre passeport reste avec vous ; vous le gardez pendant tout le contrat.",
    },
  },
];

const PT_POSITIVE: Case[] = [
  {
    name: 'passaporte retido pela agência',
    ad: {
      title: 'Cuidadores para Portugal',
      employer: 'Agência Atlântida Recrutamento',
      description:
        'Cuidadores para lares em Portugal, 900 € por mês, com visto. O passaporte fica retido pela agência até ao fim do contrato.',
    },
  },
  {
    name: 'certificados originais na posse da entidade empregadora',
    ad: {
      title: 'Enfermeiros para o Reino Unido',
      employer: 'Agência Global Saúde Recrutamento',
      description:
        'Enfermeiros para hospitais do NHS, £29.970 por ano, com visto. Os certificados originais e o passaporte ficam na posse da entidade empregadora durante 2 anos.',
    },
  },
  {
    name: "o lar guarda os passaportes e os diplomas",
    ad: {
      title: "Cuidadores para o Reino Unido",
      employer: "Agência Ponte Atlântica",
      description: "Cuidadores para lares no Reino Unido, £12 por hora, com visto. O lar guarda os passaportes e os diplomas originais dos cuidadores.",
    },
  },
  {
    name: "o passaporte fica com os recursos humanos",
    ad: {
      title: "Enfermeiros para o Reino Unido",
      employer: "Agência Ponte Atlântica",
      description: "Enfermeiros, £29.970 por ano, com visto. O passaporte fica com os recursos humanos durante o período experimental.",
    },
  },
];

const PT_NEGATIVE: Case[] = [
  {
    name: 'o passaporte fica sempre consigo',
    ad: {
      title: 'Cuidadores para lares em Portugal',
      employer: 'Grupo Sénior Atlântico',
      description: 'Cuidadores para os nossos lares no Algarve, 900 € por mês, com visto. O passaporte e os documentos ficam sempre consigo.',
    },
  },
  {
    name: 'originais verificados e devolvidos no mesmo dia',
    ad: {
      title: 'Enfermeiro(a) – Serviço de Urgência',
      employer: 'Hospital de São Rafael',
      description: '1 500 € por mês. Os documentos originais serão verificados na entrevista e devolvidos no mesmo dia.',
    },
  },
  {
    name: "FAQ: a agência fica com o passaporte? Não.",
    ad: {
      title: "Cuidadores para o Reino Unido",
      employer: "Agência Ponte Atlântica",
      description: "Cuidadores, £12 por hora, com visto. A agência fica com o meu passaporte? Não. O passaporte é seu.",
    },
  },
  {
    name: "o trabalhador guarda o seu passaporte",
    ad: {
      title: "Enfermeiros para o Reino Unido",
      employer: "Agência Ponte Atlântica",
      description: "Enfermeiros, £29.970 por ano, com visto. O senhor guarda o seu passaporte e os seus diplomas durante todo o contrato.",
    },
  },
];

const OTHER_POSITIVE: Case[] = [
  {
    name: "ES: la residencia conserva el pasaporte y los títulos originales",
    ad: {
      title: "Gerocultores para España",
      employer: "Residencias Sol de Levante",
      description: "Gerocultores para nuestras residencias, 1 300 € brutos, visado incluido. La residencia conserva el pasaporte y los títulos originales de cada trabajador hasta el fin del contrato.",
    },
  },
  {
    name: "ES: el pasaporte se queda con recursos humanos",
    ad: {
      title: "Enfermeros para España",
      employer: "Residencias Sol de Levante",
      description: "Enfermeros, 1 900 € brutos, visado incluido. El pasaporte se queda con recursos humanos durante el periodo de prueba.",
    },
  },
  {
    name: "DE: Pass und Originalzeugnisse verbleiben bei der Pflegedienstleitung",
    ad: {
      title: "Pflegefachkräfte (m/w/d)",
      employer: "Seniorenresidenz Am Park",
      description: "Pflegefachkräfte, 3.200 € brutto, Visum inklusive. Pass und Originalzeugnisse verbleiben während der Probezeit bei der Pflegedienstleitung.",
    },
  },
  {
    name: "DE: die Agentur verwahrt die Originalurkunden",
    ad: {
      title: "Pflegefachkräfte (m/w/d)",
      employer: "Seniorenresidenz Am Park",
      description: "Pflegefachkräfte, 3.200 € brutto, Visum inklusive. Die Agentur verwahrt die Originalurkunden bis zur Anerkennung.",
    },
  },
];

const OTHER_NEGATIVE: Case[] = [
  {
    name: "ES: usted guarda su pasaporte",
    ad: {
      title: "Enfermeros para España",
      employer: "Residencias Sol de Levante",
      description: "Enfermeros, 1 900 € brutos, visado incluido. Usted guarda su pasaporte y sus títulos en todo momento.",
    },
  },
  {
    name: "ES: ¿Se queda la empresa con mi pasaporte? No, nunca.",
    ad: {
      title: "Enfermeros para España",
      employer: "Residencias Sol de Levante",
      description: "Enfermeros, 1 900 € brutos, visado incluido. ¿Retiene la empresa mi pasaporte? No, nunca.",
    },
  },
  {
    name: "DE: den Pass behalten selbstverständlich Sie (Verbzweitstellung)",
    ad: {
      title: "Pflegefachkräfte (m/w/d)",
      employer: "Seniorenresidenz Am Park",
      description: "Pflegefachkräfte, 3.200 € brutto, Visum inklusive. Ihren Pass und Ihre Zeugnisse behalten selbstverständlich Sie.",
    },
  },
  {
    name: "DE: Dokumente bleiben bei Ihnen",
    ad: {
      title: "Pflegefachkräfte (m/w/d)",
      employer: "Seniorenresidenz Am Park",
      description: "Pflegefachkräfte, 3.200 € brutto, Visum inklusive. Ihr Reisepass und Ihre Urkunden bleiben immer bei Ihnen.",
    },
  },
  {
    name: "DE: Frage mit Antwort Nein",
    ad: {
      title: "Pflegefachkräfte (m/w/d)",
      employer: "Seniorenresidenz Am Park",
      description: "Pflegefachkräfte, 3.200 € brutto, Visum inklusive. Wird mein Reisepass einbehalten? Nein.",
    },
  },
];

describe(RULE, () => {
  describe('English', () => {
    it.each(named(EN_POSITIVE))('fires: %s', (_name, c) => {
      expectFires(c.ad, RULE, 'serious');
    });
    it.each(named(EN_NEGATIVE))('does not fire: %s', (_name, c) => {
      expectQuiet(c.ad, RULE);
    });
  });
  describe('French', () => {
    it.each(named(FR_POSITIVE))('fires: %s', (_name, c) => {
      expectFires(c.ad, RULE, 'serious');
    });
    it.each(named(FR_NEGATIVE))('does not fire: %s', (_name, c) => {
      expectQuiet(c.ad, RULE);
    });
  });
  describe('Portuguese', () => {
    it.each(named(PT_POSITIVE))('fires: %s', (_name, c) => {
      expectFires(c.ad, RULE, 'serious');
    });
    it.each(named(PT_NEGATIVE))('does not fire: %s', (_name, c) => {
      expectQuiet(c.ad, RULE);
    });
  });
  describe('Spanish and German', () => {
    it.each(named(OTHER_POSITIVE))('fires: %s', (_name, c) => {
      expectFires(c.ad, RULE, 'serious');
    });
    it.each(named(OTHER_NEGATIVE))('does not fire: %s', (_name, c) => {
      expectQuiet(c.ad, RULE);
    });
  });
});
