// pressure-tactics (caution): "limited slots", "pay today", deadlines measured in hours. "May close
// early" is not pressure; "3 slots left, apply in 48 hours" is.
import { describe, it } from 'vitest';
import { expectFires, expectQuiet, named, type Case } from './helpers';

const RULE = 'pressure-tactics' as const;

const EN_POSITIVE: Case[] = [
  {
    name: '3 slots left, apply within 48 hours',
    ad: {
      title: 'Care Assistants – UK',
      employer: 'Goldline Travels & Recruitment Ltd',
      description: 'Care assistants for UK care homes, £11.90 per hour, visa sponsorship. Only 3 slots left – apply within 48 hours!',
    },
  },
  {
    name: 'pay today to hold your place',
    ad: {
      title: 'Registered Nurses – UK',
      employer: 'Pinnacle Overseas Careers Ltd',
      description: 'Registered nurses for UK nursing homes, £30,000 per year. Pay the £200 admin fee today to hold your place on the next intake.',
    },
  },
  {
    name: 'ALL CAPS emoji: LIMITED SLOTS, offer closes in 24 hours',
    ad: '⏰⏰ LIMITED SLOTS!!! UK JOBS FOR REGISTERED NURSES 🇬🇧 £29K + VISA. OFFER CLOSES IN 24 HOURS ⏰ DON\'T MISS OUT!!! Brightpath Staffing Ltd',
  },
  {
    name: "a count of places that remain",
    ad: "UK care homes are sponsoring carers from Ghana. Pay £12.60/hr. Only 6 spaces remain, inbox me today. Bright Path Care Ltd.",
  },
  {
    name: "hours left with no verb",
    ad: "Carers for UK care homes – Bright Path Care Ltd. £12.60/hr. Only 48 hours left! Apply on our website.",
  },
  {
    name: "Spanish: solo quedan N cupos, cerramos esta noche",
    ad: "Auxiliares de enfermería para España – Clínica Sol Ltda. 1.800 € netos. Solo quedan 3 cupos, cerramos esta noche.",
  },
  {
    name: "German: nur noch N Stunden, N freie Plätze",
    ad: "Pflegefachkräfte für Bayern – Alpen Pflege GmbH. 3.300 € brutto. Nur noch 24 Stunden! Noch 2 freie Plätze im Kurs.",
  },
  {
    name: "Portuguese: só até às 18h de hoje",
    ad: "SÓ ATÉ ÀS 20H DE HOJE! Enfermeiros para lares no Minho, 1.400 € brutos. Agência Minho Talentos, Lda.",
  },
];

const EN_NEGATIVE: Case[] = [
  {
    name: 'this vacancy may close early',
    ad: {
      title: 'Staff Nurse',
      employer: 'Kingsbury Hospitals NHS Trust',
      description: 'Band 5, £29,970, visa sponsorship for international nurses. This vacancy may close early if we receive a high number of applications.',
    },
  },
  {
    name: 'a closing date',
    ad: {
      title: 'Staff Nurse',
      employer: 'Kingsbury Hospitals NHS Trust',
      description: 'Band 5, £29,970. Closing date: 30 June 2025. Interviews will be held in the week of 14 July.',
    },
  },
  {
    name: '12-hour shifts and a 24-hour care home',
    ad: {
      title: 'Healthcare Assistant – Nights',
      employer: 'Meadowsweet Care Homes Ltd',
      description: 'Our 24-hour nursing home in Lincoln needs healthcare assistants for 12-hour night shifts, 36 hours per week, £12.40 per hour.',
    },
  },
  {
    name: "a travel time, not a deadline",
    ad: {
      title: "Staff Nurse – Neonatal Unit",
      employer: "Fellside Hospitals NHS Trust",
      description: "Our hospital is only two hours from London by train, and applications close on 30 April. Band 5, £29,970.",
    },
  },
  {
    name: "a rare training place, not scarcity pressure",
    ad: {
      title: "Staff Nurse – Neurosciences ICU",
      employer: "Fellside Hospitals NHS Trust",
      description: "We are one of only two places in the UK offering this neuro-critical care course. Band 5, £29,970.",
    },
  },
];

const FR_POSITIVE: Case[] = [
  {
    name: 'places limitées, postulez sous 48 heures',
    ad: {
      title: 'Aides-soignants pour la France',
      employer: 'Agence Nord-Sud Placement',
      description: 'Aides-soignants pour des EHPAD en France, 1 850 € brut, visa pris en charge. Places limitées ! Plus que 5 places, postulez sous 48 heures.',
    },
  },
  {
    name: 'payez aujourd\'hui pour réserver votre place',
    ad: {
      title: 'Infirmiers pour le Canada',
      employer: 'Cabinet Avenir Santé International',
      description: 'Infirmiers pour des hôpitaux au Québec, 35 $ de l\'heure. Payez aujourd\'hui les frais de dossier de 100 € pour réserver votre place.',
    },
  },
];

const FR_NEGATIVE: Case[] = [
  {
    name: 'l\'offre peut être clôturée avant la date limite',
    ad: {
      title: 'Infirmier(ère) – Clinique du Parc',
      employer: 'Clinique du Parc',
      description: '2 200 € brut par mois, visa accompagné pour les infirmiers étrangers. L\'offre peut être clôturée avant la date limite en cas de nombreuses candidatures.',
    },
  },
  {
    name: 'postes de 12 heures',
    ad: {
      title: 'Aide-soignant(e) de nuit',
      employer: 'Résidence Les Tilleuls',
      description: 'Aide-soignant(e) de nuit, postes de 12 heures, 1 900 € brut par mois.',
    },
  },
];

const PT_POSITIVE: Case[] = [
  {
    name: 'vagas limitadas, candidate-se em 24 horas',
    ad: {
      title: 'Cuidadores para Portugal',
      employer: 'Agência Atlântida Recrutamento',
      description: 'Cuidadores para lares em Portugal, 900 € por mês, com visto. Vagas limitadas! Restam apenas 3 vagas, candidate-se nas próximas 24 horas.',
    },
  },
  {
    name: 'últimas vagas, pague hoje',
    ad: '🚨 ÚLTIMAS VAGAS 🚨 Enfermeiros para o Reino Unido 🇬🇧 £29.970/ano. Pague hoje a taxa de 150 € para garantir a sua vaga! Agência Horizonte Recrutamento Lda.',
  },
];

const PT_NEGATIVE: Case[] = [
  {
    name: 'a vaga pode encerrar antecipadamente',
    ad: {
      title: 'Enfermeiro(a) – Serviço de Urgência',
      employer: 'Hospital de São Rafael',
      description: '1 500 € por mês. A vaga pode encerrar antecipadamente caso se atinja o número de candidaturas pretendido.',
    },
  },
  {
    name: 'turnos de 12 horas',
    ad: {
      title: 'Cuidadores para lares em Portugal',
      employer: 'Grupo Sénior Atlântico',
      description: 'Cuidadores para os nossos lares no Algarve, 900 € por mês, turnos de 12 horas, lar com funcionamento 24 horas.',
    },
  },
];

describe(RULE, () => {
  describe('English', () => {
    it.each(named(EN_POSITIVE))('fires: %s', (_name, c) => {
      expectFires(c.ad, RULE, 'caution');
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
