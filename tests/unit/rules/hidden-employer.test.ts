// hidden-employer (caution): neither the employer nor the recruiting agency is named. An unnamed
// client is fine when the agency is named.
import { describe, it } from 'vitest';
import { expectFires, expectQuiet, named, type Case } from './helpers';

const RULE = 'hidden-employer' as const;

const EN_POSITIVE: Case[] = [
  {
    name: 'plain: "a leading NHS trust" with no name anywhere',
    ad:
      'Registered Nurses needed in the UK!\n' +
      'A leading NHS trust in the north of England is hiring registered nurses. Visa sponsorship, flights and accommodation provided. ' +
      'Band 5, £29,970 per annum. Send your CV to apply.',
  },
  {
    name: '"our client, a reputable care group" and no agency name',
    ad: {
      title: 'Senior Carers – Visa Sponsorship',
      description:
        'Our client, a reputable care group with homes across the Midlands, is looking for senior carers. £12.60 per hour, 40 hours a week, Skilled Worker visa sponsorship. Apply now.',
    },
  },
  {
    name: 'employer field is a placeholder ("Confidential")',
    ad: {
      title: 'Staff Nurses – UK',
      employer: 'Confidential',
      description: 'Staff nurses for hospitals in England. Band 5, £29,970. Visa sponsorship available for overseas nurses. Apply with your CV.',
    },
  },
  {
    name: 'emoji post with no name',
    ad: '🏥 NURSES & CARERS WANTED 🏥\n🇬🇧 UK jobs, visa sponsored ✅\n💷 £28,000/year\n📩 send CV + passport page today',
  },
  {
    name: "a generic \"NHS Trust\" with no name",
    ad: "A leading NHS Trust in the North West is seeking Band 5 nurses from overseas.\nSalary £29,970 – £36,483. Relocation package.\nApply via the form below.",
  },
  {
    name: "a title-case slogan is not a company",
    ad: "Visa Sponsorship Available For Care Assistants\n£12.00 per hour, 40 hours. Apply by email.",
  },
  {
    name: "a list of perks in capitals under the title is not a name",
    ad: "🔥 NURSES FOR CANADA 🔥\n✅ Visa ✅ Flights ✅ Housing\nSend your CV on WhatsApp +234 803 000 1111",
  },
  {
    name: "the line under the title names applicants and countries, not an employer",
    ad: "Care Workers for the UK\nCandidates From Ghana And Nigeria\nSend your CV on WhatsApp +233 20 000 1111",
  },
];

const EN_NEGATIVE: Case[] = [
  {
    name: 'employer named in the text',
    ad:
      'Staff Nurse – Acute Medicine\n' +
      "St Bartholomew's Hospitals NHS Trust is recruiting staff nurses for its acute medicine unit. Band 5, £29,970. Visa sponsorship for international nurses.",
  },
  {
    name: 'agency named, recruiting for an unnamed client',
    ad: {
      title: 'Registered Nurses – Client NHS Trust',
      description:
        'Bluebell Healthcare Recruitment Ltd is recruiting on behalf of a client NHS trust in Yorkshire. Band 5, £29,970, visa sponsorship and relocation package.',
    },
  },
  {
    name: 'employer given in the board field only',
    ad: {
      title: 'Healthcare Assistant',
      employer: 'Meadowsweet Care Homes Ltd',
      description: 'Healthcare assistant for a nursing home in Lincoln, £12.40 per hour. Visa sponsorship available.',
    },
  },
  {
    name: "a hospital name with an ampersand",
    ad: "Staff Nurse (ICU) – Pokhara\nGandaki Heart & Medical Centre, Lakeside\nNPR 45,000 per month. Nepal Nursing Council registration required.",
  },
  {
    name: "the employer on its own line under the title, with no organisation word",
    ad: "Registered Nurses – Aged Residential Care, Otago NZ\nTōtara Ridge Lifecare\n\nWe welcome internationally qualified nurses working towards the CAP pathway. NZ$ 38 per hour.",
  },
  {
    name: "the employer after a bar in the title, abbreviated NHS FT",
    ad: "Scrub Nurses (International) – Theatres | Ashcombe Valley NHS FT\nBand 5 £29,970 – £36,483 once you have your NMC PIN.",
  },
];

const FR_POSITIVE: Case[] = [
  {
    name: '"un établissement de santé" sans nom',
    ad:
      'Infirmiers (H/F) pour la France\n' +
      'Un établissement de santé de la région lyonnaise recrute des infirmiers diplômés. Visa et logement pris en charge. Salaire 2 200 € brut par mois. Envoyez votre CV.',
  },
  {
    name: 'notre client, un groupe d\'EHPAD, sans nom d\'agence',
    ad: {
      title: 'Aides-soignants – EHPAD',
      description: 'Notre client, un groupe d\'EHPAD en Belgique, recherche des aides-soignants. 2 300 € brut, visa pris en charge. Postulez dès maintenant.',
    },
  },
];

const FR_NEGATIVE: Case[] = [
  {
    name: 'clinique nommée dans le texte',
    ad:
      'Infirmier(ère) de bloc opératoire\n' +
      'La Clinique Saint-Joseph de Lyon recrute un(e) infirmier(ère) de bloc opératoire. CDI, 2 400 € brut par mois.',
  },
  {
    name: 'agence nommée pour le compte d\'un client',
    ad: {
      title: 'Infirmiers pour la Belgique',
      description: 'L\'Agence EuroSoins Conseil recrute, pour le compte d\'un hôpital client en Belgique, des infirmiers diplômés. 2 600 € brut, visa pris en charge.',
    },
  },
  {
    name: "a \"Centre hospitalier de …\" name written in lower case",
    ad: "Infirmiers – Centre hospitalier de Bourg-en-Bresse\nDe 2 100 € à 2 700 € brut. Aucuns frais à la charge des candidats.",
  },
  {
    name: "a CHU named by its city",
    ad: "Infirmiers à diplôme hors UE – CHU de Dijon\nVous êtes recruté comme aide-soignant (1 950 € brut) en attendant l'autorisation d'exercice.",
  },
  {
    name: "a care-home group whose name has lower-case words",
    ad: "Maisons de repos Les Tilleuls (Namur) – Parrainez une infirmière !\nInfirmières : 2 950 € brut/mois.",
  },
  {
    name: "a polyclinic named with an elided article",
    ad: "Polyclinique d'Ambohimanarina – Antananarivo\nRecrute : infirmiers. Salaire : 1 200 000 Ar par mois.",
  },
];

const PT_POSITIVE: Case[] = [
  {
    name: '"empresa de referência" sem nome',
    ad:
      'Enfermeiros para Portugal\n' +
      'Empresa de referência no setor da saúde em Portugal contrata enfermeiros. Visto e alojamento incluídos. Salário 1 400 € por mês. Envie o seu CV.',
  },
  {
    name: 'o nosso cliente, um grupo de lares, sem nome de agência',
    ad: {
      title: 'Cuidadores – Reino Unido',
      description: 'O nosso cliente, um grupo de lares no Reino Unido, procura cuidadores. £12 por hora, com visto. Candidate-se já.',
    },
  },
  {
    name: "an all-capitals post with a two-letter word that is also a legal form",
    ad: "ATENÇÃO ENFERMEIROS\nVAGAS EM LARES E HOSPITAIS DE PORTUGAL!!!\nVAGAS LIMITADAS – SÓ ATÉ AMANHÃ ÀS 12H\nSalário 1.400 € brutos",
  },
];

const PT_NEGATIVE: Case[] = [
  {
    name: 'hospital nomeado no texto',
    ad:
      'Enfermeiro(a) – Cuidados Intensivos\n' +
      'O Hospital da Luz Lisboa procura enfermeiros para a unidade de cuidados intensivos. Contrato sem termo, 1 600 € por mês.',
  },
  {
    name: 'agência nomeada em nome de um cliente',
    ad: {
      title: 'Enfermeiros para o Reino Unido',
      description: 'A Lusocare Recrutamento Lda recruta, em nome de um hospital cliente do NHS, enfermeiros com experiência. £29.970 por ano, com visto.',
    },
  },
  {
    name: "a company whose legal form follows a comma",
    ad: "Trabalhe no Reino Unido como cuidador(a)! Salário £12,00/hora. Horizonte Care Moçambique, Lda., Maputo.",
  },
  {
    name: "a company with S.A. after a comma on the line under the title",
    ad: "Enfermeiros para lares em Portugal\nSerra Verde Séniores, S.A.\nSalário 1 400 € brutos.",
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
