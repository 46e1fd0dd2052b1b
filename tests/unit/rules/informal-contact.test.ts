// informal-contact (caution): the only contact is WhatsApp/Telegram/a personal mailbox, or the ad
// asks for passport copies or bank details up front — even from a named employer.
import { describe, it } from 'vitest';
import { expectFires, expectQuiet, named, type Case } from './helpers';

const RULE = 'informal-contact' as const;

const EN_POSITIVE: Case[] = [
  {
    name: 'WhatsApp only',
    ad: {
      title: 'Care Assistants – UK',
      employer: 'Goldline Travels & Recruitment Ltd',
      description: 'Care assistants for UK care homes, £11.90 per hour, visa sponsorship. Send your CV on WhatsApp only: +44 7700 900123.',
    },
  },
  {
    name: 'personal Gmail address as the only contact',
    ad: {
      title: 'Registered Nurses – UK Nursing Homes',
      employer: 'Pinnacle Overseas Careers Ltd',
      description: 'Registered nurses, £30,000 per year, visa sponsorship. Email your CV to ukjobsnurses2025@gmail.com.',
    },
  },
  {
    name: 'named NHS employer asking for passport copy and bank details up front',
    ad: {
      title: 'Staff Nurse – International',
      employer: 'Kingsbury Hospitals NHS Trust',
      description:
        'Band 5, £29,970, visa sponsorship. Apply at careers.kingsbury-nhs.example. With your application, please send a scanned copy of your passport and your bank account details.',
    },
  },
  {
    name: 'emoji: Telegram channel',
    ad: '🌍 UK CARE JOBS 🌍 carers + nurses 💷 £12/hr ✈️ visa paid 👉 join our Telegram channel @ukcarejobs2025 and DM the admin to apply — Brightpath Staffing Ltd',
  },
];

const EN_NEGATIVE: Case[] = [
  {
    name: 'official website and corporate email',
    ad: {
      title: 'Staff Nurse – International',
      employer: 'Kingsbury Hospitals NHS Trust',
      description: 'Band 5, £29,970, visa sponsorship. Apply via www.kingsbury-hospitals.nhs.uk/careers or email recruitment@kingsbury-hospitals.nhs.uk.',
    },
  },
  {
    name: 'fraud warning: we never ask for passport copies or bank details, never use WhatsApp',
    ad: {
      title: 'Registered Nurses – International',
      employer: 'Meadowbank Hospitals NHS Trust',
      description:
        'Band 5, £29,970, visa sponsorship. Apply only through jobs.nhs.uk. Beware of fraud: we will never ask you for a copy of your passport or your bank details, and we never recruit through WhatsApp.',
    },
  },
  {
    name: 'WhatsApp as an extra channel alongside the official portal',
    ad: {
      title: 'Care Assistants – UK',
      employer: 'Meadowsweet Care Homes Ltd',
      description:
        'Care assistants, £12.40 per hour, visa sponsorship. Apply through our careers portal at https://careers.meadowsweetcare.co.uk. Questions? You can also message our HR team on WhatsApp.',
    },
  },
];

const FR_POSITIVE: Case[] = [
  {
    name: 'CV uniquement par WhatsApp',
    ad: {
      title: 'Aides-soignants pour la France',
      employer: 'Agence Nord-Sud Placement',
      description: 'Aides-soignants pour des EHPAD en France, 1 850 € brut, visa pris en charge. Envoyez votre CV uniquement par WhatsApp au +237 6 99 00 00 00.',
    },
  },
  {
    name: 'copie du passeport et RIB demandés à la candidature',
    ad: {
      title: 'Infirmiers pour la Belgique',
      employer: 'Agence EuroSoins Conseil',
      description: 'Infirmiers pour des hôpitaux en Belgique, 2 600 € brut. Joindre à votre candidature une copie de votre passeport et un RIB.',
    },
  },
  {
    name: 'adresse Yahoo personnelle',
    ad: {
      title: 'Infirmiers pour le Canada',
      employer: 'Cabinet Avenir Santé International',
      description: 'Infirmiers pour des hôpitaux au Québec, 35 $ de l\'heure, visa pris en charge. Envoyez votre dossier à recrutement.canada2025@yahoo.fr.',
    },
  },
];

const FR_NEGATIVE: Case[] = [
  {
    name: 'candidature via le site officiel',
    ad: {
      title: 'Infirmier(ère) – Clinique du Parc',
      employer: 'Clinique du Parc',
      description: '2 200 € brut par mois. Candidatures sur www.cliniqueduparc-lyon.fr/recrutement ou à rh@cliniqueduparc-lyon.fr.',
    },
  },
  {
    name: 'mise en garde : jamais de copie de passeport ni de RIB',
    ad: {
      title: 'Infirmiers pour la France',
      employer: 'Groupe Santé Alliance',
      description:
        'Infirmiers pour nos cliniques, 2 300 € brut, visa pris en charge. Candidatures sur www.groupesantealliance.fr. Attention : nous ne vous demanderons jamais de copie de passeport ni de RIB.',
    },
  },
];

const PT_POSITIVE: Case[] = [
  {
    name: 'CV por WhatsApp',
    ad: {
      title: 'Cuidadores para Portugal',
      employer: 'Agência Atlântida Recrutamento',
      description: 'Cuidadores para lares em Portugal, 900 € por mês, com visto. Envie o CV apenas por WhatsApp para +244 923 000 000.',
    },
  },
  {
    name: 'cópia do passaporte e IBAN com a candidatura',
    ad: {
      title: 'Enfermeiros para o Reino Unido',
      employer: 'Agência Global Saúde Recrutamento',
      description: 'Enfermeiros para hospitais do NHS, £29.970 por ano, com visto. Envie com a candidatura uma cópia do passaporte e o seu IBAN.',
    },
  },
];

const PT_NEGATIVE: Case[] = [
  {
    name: 'candidatura pelo portal oficial',
    ad: {
      title: 'Enfermeiro(a) – Serviço de Urgência',
      employer: 'Hospital de São Rafael',
      description: '1 500 € por mês. Candidaturas através de www.hospitalsaorafael.pt/carreiras ou para rh@hospitalsaorafael.pt.',
    },
  },
  {
    name: 'aviso: nunca pedimos cópia do passaporte nem dados bancários',
    ad: {
      title: 'Enfermeiros para Portugal',
      employer: 'Grupo Saúde Tejo',
      description:
        'Enfermeiros para os nossos hospitais, 1 400 € por mês, com visto. Candidaturas em www.gruposaudetejo.pt. Atenção: nunca pedimos cópia do passaporte nem dados bancários.',
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
