// misleading-guarantee (warning): "guaranteed visa / job / registration / 100% success" for any
// health role; "no IELTS/OET/English test" only for registered nursing/medical roles in destinations
// that require English evidence (GB, IE, US, CA, AU, NZ) — not for care assistants, not for the
// Gulf, not when the ad describes the regulator's alternative-evidence route. "Guaranteed interview
// scheme" and "guaranteed hours" are not misleading.
import { describe, it } from 'vitest';
import { expectFires, expectQuiet, named, type Case } from './helpers';

const RULE = 'misleading-guarantee' as const;

const EN_POSITIVE: Case[] = [
  {
    name: 'guaranteed UK visa',
    ad: {
      title: 'Care Assistants – UK',
      employer: 'Goldline Travels & Recruitment Ltd',
      description: 'Care assistants wanted for UK care homes, £11.90 per hour. Guaranteed UK visa for every selected candidate!',
    },
  },
  {
    name: '100% success rate for NMC registration',
    ad: {
      title: 'Registered Nurses – UK',
      employer: 'Pinnacle Overseas Careers Ltd',
      description: 'Registered nurses for NHS-partner hospitals in the UK, £29,970 per year, visa sponsorship. 100% success rate for NMC registration with our coaching!',
    },
  },
  {
    name: 'no IELTS or OET needed for registered nurses in the UK',
    ad: {
      title: 'Registered Nurses – UK Hospitals',
      employer: 'Pinnacle Overseas Careers Ltd',
      description: 'Registered nurses for hospitals in England, Band 5 £29,970, visa sponsorship. No IELTS or OET needed – apply today!',
    },
  },
  {
    name: 'emoji: job guaranteed on arrival',
    ad: '🇬🇧 UK NURSING JOBS 🇬🇧 Registered nurses ✅ £30k ✅ visa ✅ JOB GUARANTEED on arrival 💯 Contact Primecare Staffing Ltd.',
  },
  {
    name: 'no English test for doctors in Ireland',
    ad: {
      title: 'Doctors – General Medicine, Ireland',
      employer: 'Emerald Medical Recruitment Ltd',
      description: 'Doctors at registrar level in general medicine for hospitals in Ireland, €55,000 per year. No English test required for this role!',
    },
  },
  {
    name: "a hook question not answered no still fires",
    ad: {
      title: "Registered Nurses – UK",
      employer: "Brightline Global Staffing Ltd",
      description: "Registered nurses for NHS hospitals, Band 5, visa sponsorship. Looking for a guaranteed UK visa? Apply with us today!",
    },
  },
];

const EN_NEGATIVE: Case[] = [
  {
    name: 'guaranteed interview scheme',
    ad: {
      title: 'Staff Nurse',
      employer: 'Kingsbury Hospitals NHS Trust',
      description: 'Band 5, £29,970. As a Disability Confident employer we offer a guaranteed interview scheme for disabled applicants who meet the essential criteria.',
    },
  },
  {
    name: 'guaranteed hours',
    ad: {
      title: 'Healthcare Assistant',
      employer: 'Meadowsweet Care Homes Ltd',
      description: 'Healthcare assistant, £12.40 per hour, guaranteed hours of 37.5 per week, visa sponsorship available.',
    },
  },
  {
    name: 'no IELTS needed for care assistants',
    ad: {
      title: 'Care Assistants – UK Care Homes',
      employer: 'Meadowsweet Care Homes Ltd',
      description: 'Care assistants for our care homes in Lincolnshire with visa sponsorship, £12.40 per hour. No IELTS needed for this care assistant role.',
    },
  },
  {
    name: 'no IELTS for nurses in the Gulf',
    ad: {
      title: 'Staff Nurses – Riyadh',
      employer: 'Gulf Horizon Medical Staffing LLC',
      description: 'Staff nurses for government hospitals in Riyadh, Saudi Arabia. SAR 7,000 per month, free accommodation. No IELTS required.',
    },
  },
  {
    name: 'the regulator\'s alternative-evidence route',
    ad: {
      title: 'Internationally Educated Nurses',
      employer: 'Meadowbank Hospitals NHS Trust',
      description:
        'Band 5, £29,970, visa sponsorship. No IELTS or OET? The NMC accepts supporting information from a UK employer as alternative evidence of English language competence; we will guide you through this route.',
    },
  },
  {
    name: 'we cannot guarantee a visa',
    ad: {
      title: 'Registered Nurses – UK',
      employer: 'Bluebell Healthcare Recruitment Ltd',
      description: 'Registered nurses for UK nursing homes, £30,000 per year. We cannot guarantee a visa: every application is decided by the Home Office.',
    },
  },
  {
    name: "FAQ: can you guarantee my visa? No – the Home Office decides",
    ad: {
      title: "Registered Nurses – UK",
      employer: "Westmere Hospitals NHS Trust",
      description: "Registered nurses for our NHS hospitals, Band 5, visa sponsorship. Can you guarantee my visa? No – every application is decided by the Home Office.",
    },
  },
  {
    name: "FAQ with Q:/A: labels answered no",
    ad: {
      title: "Registered Nurses – UK",
      employer: "Westmere Hospitals NHS Trust",
      description: "Registered nurses for our NHS hospitals, Band 5, visa sponsorship.\nQ: Is the job guaranteed once I apply?\nA: No. Every candidate is interviewed.",
    },
  },
  {
    name: "a warning against agents who promise guaranteed visas",
    ad: {
      title: "Registered Nurses – UK",
      employer: "Westmere Hospitals NHS Trust",
      description: "Registered nurses for our NHS hospitals, Band 5, visa sponsorship. Be wary of any agent who promises you a guaranteed visa or job.",
    },
  },
  {
    name: "nobody can guarantee a visa",
    ad: {
      title: "Registered Nurses – UK",
      employer: "Westmere Hospitals NHS Trust",
      description: "Registered nurses for our NHS hospitals, Band 5, visa sponsorship. Nobody can guarantee you a visa or NMC registration.",
    },
  },
];

const FR_POSITIVE: Case[] = [
  {
    name: 'visa garanti',
    ad: {
      title: 'Infirmiers pour le Canada',
      employer: 'Agence Nord-Sud Placement',
      description: 'Infirmiers pour des hôpitaux au Québec, 35 $ de l\'heure. Visa garanti pour tous les candidats retenus !',
    },
  },
  {
    name: 'réussite garantie à 100 %',
    ad: {
      title: 'Infirmiers pour la Belgique',
      employer: 'Agence EuroSoins Conseil',
      description: 'Infirmiers pour des hôpitaux en Belgique, 2 600 € brut. Reconnaissance du diplôme : réussite garantie à 100 % !',
    },
  },
  {
    name: 'sans IELTS ni OET pour le Royaume-Uni',
    ad: {
      title: 'Infirmiers diplômés pour le Royaume-Uni',
      employer: 'Agence Horizon Soins International',
      description: 'Infirmiers diplômés pour des hôpitaux au Royaume-Uni, 29 970 £ par an, visa pris en charge. Pas besoin d\'IELTS ni d\'OET !',
    },
  },
  {
    name: "question d'accroche suivie d'un oui",
    ad: {
      title: "Infirmiers pour le Royaume-Uni",
      employer: "Agence Horizon Soins",
      description: "Infirmiers pour des hôpitaux du NHS, 2 500 £ par mois. Un emploi garanti ? Oui, dès votre arrivée !",
    },
  },
];

const FR_NEGATIVE: Case[] = [
  {
    name: 'entretien garanti pour les candidats en situation de handicap',
    ad: {
      title: 'Infirmier(ère) – Clinique du Parc',
      employer: 'Clinique du Parc',
      description: '2 200 € brut par mois. Entretien garanti pour les candidats en situation de handicap qui remplissent les critères.',
    },
  },
  {
    name: 'heures garanties',
    ad: {
      title: 'Aide-soignant(e) – EHPAD',
      employer: 'Résidence Les Tilleuls',
      description: 'Aide-soignant(e), 1 900 € brut, 35 heures garanties par semaine.',
    },
  },
  {
    name: 'pas de test d\'anglais pour un poste en France',
    ad: {
      title: 'Infirmiers pour la France',
      employer: 'Groupe Santé Alliance',
      description: 'Infirmiers diplômés pour nos cliniques en France, 2 300 € brut, visa pris en charge. Pas de test d\'anglais requis, seul le français est exigé.',
    },
  },
  {
    name: "FAQ : le visa est-il garanti ? Non",
    ad: {
      title: "Infirmiers pour le Royaume-Uni",
      employer: "Agence Horizon Soins",
      description: "Infirmiers pour des hôpitaux du NHS, 2 500 £ par mois. Le visa est-il garanti ? Non : c'est le Home Office qui décide.",
    },
  },
  {
    name: "méfiez-vous des agences qui promettent un emploi garanti",
    ad: {
      title: "Infirmiers pour le Royaume-Uni",
      employer: "Agence Horizon Soins",
      description: "Infirmiers pour des hôpitaux du NHS, 2 500 £ par mois. Méfiez-vous des agences qui promettent un emploi garanti.",
    },
  },
];

const PT_POSITIVE: Case[] = [
  {
    name: 'visto garantido',
    ad: {
      title: 'Cuidadores para o Reino Unido',
      employer: 'Agência Atlântida Recrutamento',
      description: 'Cuidadores para lares no Reino Unido, £12 por hora. Visto garantido para todos os selecionados!',
    },
  },
  {
    name: 'emprego garantido, 100% de sucesso',
    ad: '🇵🇹➡️🇩🇪 ENFERMEIROS PARA A ALEMANHA 💶 2 800 €/mês. Emprego garantido e 100% de sucesso no reconhecimento! Agência Horizonte Recrutamento Lda.',
  },
  {
    name: 'sem IELTS para enfermeiros no Reino Unido',
    ad: {
      title: 'Enfermeiros para o Reino Unido',
      employer: 'Agência Global Saúde Recrutamento',
      description: 'Enfermeiros para hospitais do NHS, £29.970 por ano, com visto. Não é necessário IELTS nem OET!',
    },
  },
  {
    name: "sem IELTS, vaga garantida: a negação é do IELTS",
    ad: {
      title: "Enfermeiros para a Irlanda",
      employer: "Agência Ponte Atlântica",
      description: "ENFERMEIROS PARA A IRLANDA\nSEM IELTS 🚫 VAGA GARANTIDA ✅",
    },
  },
];

const PT_NEGATIVE: Case[] = [
  {
    name: 'horário garantido',
    ad: {
      title: 'Cuidadores para lares em Portugal',
      employer: 'Grupo Sénior Atlântico',
      description: 'Cuidadores para os nossos lares no Algarve, 900 € por mês, 40 horas semanais com horário garantido.',
    },
  },
  {
    name: 'sem IELTS para um posto em Portugal',
    ad: {
      title: 'Enfermeiros para Portugal',
      employer: 'Grupo Saúde Tejo',
      description: 'Enfermeiros para os nossos hospitais em Lisboa, 1 400 € por mês, visto incluído. Não é necessário IELTS; exigimos apenas português.',
    },
  },
  {
    name: 'não garantimos o visto',
    ad: {
      title: 'Enfermeiros para o Reino Unido',
      employer: 'Agência Global Saúde Recrutamento',
      description: 'Enfermeiros para hospitais do NHS, £29.970 por ano. Não garantimos o visto: a decisão é sempre do Home Office.',
    },
  },
  {
    name: "FAQ: o visto é garantido? Não",
    ad: {
      title: "Enfermeiros para o Reino Unido",
      employer: "Agência Ponte Atlântica",
      description: "Enfermeiros para hospitais do NHS, £29.970 por ano. O visto é garantido? Não. A decisão é sempre do Home Office.",
    },
  },
  {
    name: "desconfie de quem promete vaga garantida",
    ad: {
      title: "Enfermeiros para o Reino Unido",
      employer: "Agência Ponte Atlântica",
      description: "Enfermeiros para hospitais do NHS, £29.970 por ano. Desconfie de quem lhe promete uma vaga garantida.",
    },
  },
];

const OTHER_POSITIVE: Case[] = [
  {
    name: 'ES: visado garantizado',
    ad: {
      title: 'Enfermeras para Alemania',
      employer: 'Agencia Salud Europa',
      description: 'Enfermeras para hospitales en Alemania, 2 800 € brutos al mes. ¡Visado garantizado y 100% de éxito en la homologación!',
    },
  },
  {
    name: 'DE: Visum garantiert',
    ad: {
      title: 'Pflegefachkräfte (m/w/d) aus dem Ausland',
      employer: 'Medicus Personalservice GmbH',
      description: 'Pflegefachkräfte für Kliniken in Bayern, 3.100 € brutto im Monat. Visum garantiert – 100 % Erfolgsquote bei der Anerkennung!',
    },
  },
];

const OTHER_NEGATIVE: Case[] = [
  {
    name: 'DE: garantierte Arbeitszeiten',
    ad: {
      title: 'Pflegefachkraft (m/w/d)',
      employer: 'Klinikum Nordstadt',
      description: 'Pflegefachkraft für unsere Intensivstation, 3.400 € brutto, garantierte Arbeitszeiten und verlässliche Dienstpläne.',
    },
  },
  {
    name: "ES: ¿Está garantizado el visado? No",
    ad: {
      title: "Enfermeras para el Reino Unido",
      employer: "Agencia Salud Europa",
      description: "Enfermeras para hospitales del NHS, 2 500 £ al mes. ¿Está garantizado el visado? No, decide el Home Office.",
    },
  },
  {
    name: "DE: Ist das Visum garantiert? Nein",
    ad: {
      title: "Pflegefachkräfte für England",
      employer: "Medicus Personalservice GmbH",
      description: "Pflegefachkräfte für den NHS, 2.500 £ im Monat. Ist das Visum garantiert? Nein, darüber entscheidet das Home Office.",
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
