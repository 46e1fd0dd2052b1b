// g2g-agreement (info): the ad says it recruits under a government-to-government agreement or a
// state channel. A stated agreement replaces safeguard-list-targeting for that country, unless the
// data records that no such agreement exists (UK–Zimbabwe): then both fire.
import { describe, expect, it } from 'vitest';
import { expectFires, expectQuiet, rulesOf, summary, named, type Case } from './helpers';

const RULE = 'g2g-agreement' as const;

const EN_POSITIVE: Case[] = [
  {
    name: 'UK–India framework agreement, nurses from Kerala',
    ad: {
      title: 'Registered Nurses from India – NHS England',
      employer: 'Northfield Teaching Hospitals NHS Trust',
      description:
        'Northfield Teaching Hospitals NHS Trust is recruiting registered nurses from India under the UK–India Framework Agreement for Collaboration on Health Care Workforce. ' +
        'Interviews will be held in Kochi. Visa, flights and OSCE training are paid by the Trust. Band 5, £29,970 per annum.',
    },
  },
  {
    name: 'government-to-government MoU with the Philippines (lower case, chatty)',
    ad: {
      title: 'Filipino nurses for UK care homes',
      employer: 'Oakridge Care Group Ltd',
      description:
        'good news kabayan! we recruit filipino nurses through the government-to-government memorandum of understanding between the UK and the Philippines. ' +
        'no placement fee, visa paid by the employer, salary £30,500 a year in our homes in Kent.',
    },
  },
  {
    name: 'Nepal via Hampshire Hospitals under the UK–Nepal MoU',
    ad: {
      title: 'Registered Nurses from Nepal – Pilot Programme',
      employer: 'Hampshire Hospitals NHS Foundation Trust',
      description:
        'Hampshire Hospitals NHS Foundation Trust and its partners are recruiting registered nurses from Nepal under the UK–Nepal government-to-government Memorandum of Understanding. ' +
        'Interviews in Kathmandu. Visa and flights paid, Band 5 salary £29,970.',
    },
  },
  {
    name: 'claimed UK–Zimbabwe agreement (none exists): both fire',
    ad: {
      title: 'Zimbabwean Nurses for the UK',
      employer: 'Summit Healthcare Recruitment Ltd',
      description:
        'Under the government-to-government agreement between the UK and Zimbabwe, we are recruiting Zimbabwean nurses for care homes in England. ' +
        'Interviews in Harare and Bulawayo. Certificate of sponsorship provided, salary £28,600.',
    },
  },
  {
    name: "a state government undertaking as the recruiter",
    ad: "NORKA Roots (A Government of Kerala Undertaking)\nRecruitment of registered nurses for hospitals in Germany. B.Sc. nurses with two years of experience. Salary from 2,900 € per month; free German course.",
  },
  {
    name: "a state-owned recruitment company of the source country",
    ad: "Staff Nurses for Ministry of Health hospitals, Kingdom of Saudi Arabia\nRecruitment by a state-owned recruitment company of the Government of Bangladesh. SAR 5,500 per month, free accommodation.",
  },
];

const EN_NEGATIVE: Case[] = [
  {
    name: 'no agreement stated: nurses from India',
    ad: {
      title: 'Registered Nurses from India – NHS England',
      employer: 'Northfield Teaching Hospitals NHS Trust',
      description:
        'We are recruiting registered nurses from India for our medical wards. Interviews in Kochi. Visa, flights and OSCE training are paid by the Trust. Band 5, £29,970 per annum.',
    },
  },
  {
    name: '"agreement" in the Agenda for Change pay sense',
    ad: {
      title: 'Staff Nurse – Community Hospital',
      employer: 'Eastmoor Community Health NHS Trust',
      description:
        'Pay is set by the Agenda for Change agreement: Band 5, £29,970 to £36,483. We welcome international nurses and offer visa sponsorship and relocation support.',
    },
  },
  {
    name: 'conditional compliance note, not a claim',
    ad: {
      title: 'International Nurses – Band 5',
      employer: 'Elmfield Healthcare NHS Foundation Trust',
      description:
        'We do not recruit from red-list countries unless there is a government-to-government agreement in place. ' +
        'This campaign recruits nurses from India and the Philippines with visa sponsorship. Band 5, £29,970 per annum.',
    },
  },
  {
    name: "a government-run hospital recruiting directly is not a state recruitment channel",
    ad: "Nurses for Government Hospitals – Riyadh\nOur government-run hospitals recruit nurses directly from Nigeria; interviews in Lagos. SAR 6,000 per month.",
  },
];

const FR_POSITIVE: Case[] = [
  {
    name: 'programme Triple Win : infirmiers tunisiens pour l\'Allemagne',
    ad: {
      title: 'Infirmiers pour hôpitaux en Allemagne – Programme Triple Win',
      employer: 'Agence Tunisienne de Coopération Technique',
      description:
        'Dans le cadre du programme Triple Win, mené par l\'Agence fédérale pour l\'emploi allemande et la GIZ, nous recrutons des infirmiers tunisiens pour des hôpitaux en Allemagne. ' +
        'Cours d\'allemand, visa et billet pris en charge. Salaire 2 900 € brut par mois.',
    },
  },
  {
    name: 'accord intergouvernemental Royaume-Uni – Philippines',
    ad: {
      title: 'Infirmiers philippins pour le Royaume-Uni',
      employer: 'Oakridge Care Group Ltd',
      description:
        'Nous recrutons des infirmiers philippins dans le cadre de l\'accord intergouvernemental entre le Royaume-Uni et les Philippines. ' +
        'Visa et billet d\'avion pris en charge, salaire de 30 500 £ par an.',
    },
  },
];

const FR_NEGATIVE: Case[] = [
  {
    name: 'convention collective (pas un accord entre États)',
    ad: {
      title: 'Infirmier(ère) – Clinique du Parc',
      employer: 'Clinique du Parc',
      description:
        'Rémunération selon la convention collective FEHAP, environ 2 250 € brut. Nous accompagnons les infirmiers étrangers pour le visa et la relocalisation.',
    },
  },
  {
    name: 'infirmiers marocains sans accord mentionné',
    ad: {
      title: 'Infirmiers pour cliniques en France',
      employer: 'Groupe Santé Alliance',
      description:
        'Nous recrutons des infirmiers marocains pour nos cliniques en Île-de-France. Visa, billet et logement pris en charge. Salaire 2 200 € brut par mois.',
    },
  },
];

const PT_POSITIVE: Case[] = [
  {
    name: 'acordo bilateral Portugal – Índia',
    ad: {
      title: 'Enfermeiros da Índia para Portugal',
      employer: 'Hospital Particular do Restelo',
      description:
        'Ao abrigo do acordo bilateral entre os governos de Portugal e da Índia, recrutamos enfermeiros indianos para o nosso hospital em Lisboa. ' +
        'Visto e viagem pagos pelo empregador. Vencimento 1 450 € por mês.',
    },
  },
  {
    name: 'programa Triple Win: enfermeiros brasileiros para a Alemanha',
    ad: {
      title: 'Enfermeiros para a Alemanha – Triple Win',
      employer: 'Agência Federal de Emprego da Alemanha',
      description:
        'O programa Triple Win, da Agência Federal de Emprego alemã e da GIZ, recruta enfermeiros brasileiros para hospitais na Alemanha. ' +
        'Curso de alemão e visto incluídos. Salário de 2 800 € brutos por mês.',
    },
  },
  {
    name: "um acordo de mobilidade laboral entre as duas repúblicas",
    ad: "Enfermeiros de Cabo Verde para hospitais em Portugal\nAo abrigo do acordo de mobilidade laboral entre a República Portuguesa e a República de Cabo Verde, o hospital recruta enfermeiros cabo-verdianos. 1 630 € brutos por mês.",
  },
];

const PT_NEGATIVE: Case[] = [
  {
    name: 'acordo coletivo de trabalho (não é acordo entre governos)',
    ad: {
      title: 'Enfermeiro(a) – Lar Residencial',
      employer: 'Lar Quinta das Flores',
      description:
        'Remuneração conforme o acordo coletivo de trabalho do setor social: 1 300 € por mês. Apoiamos enfermeiros estrangeiros com o visto e o alojamento.',
    },
  },
  {
    name: 'enfermeiros do Brasil sem acordo mencionado',
    ad: {
      title: 'Enfermeiros para Portugal',
      employer: 'Grupo Saúde Tejo',
      description:
        'Recrutamos enfermeiros do Brasil para os nossos hospitais em Lisboa. Visto e alojamento incluídos. Vencimento 1 400 € por mês.',
    },
  },
];

function positive(c: Case) {
  expectFires(c.ad, RULE, 'info');
}

describe(RULE, () => {
  describe('English', () => {
    it.each(named(EN_POSITIVE))('fires: %s', (_name, c) => positive(c));
    it.each(named(EN_NEGATIVE))('does not fire: %s', (_name, c) => {
      expectQuiet(c.ad, RULE);
    });
  });
  describe('French', () => {
    it.each(named(FR_POSITIVE))('fires: %s', (_name, c) => positive(c));
    it.each(named(FR_NEGATIVE))('does not fire: %s', (_name, c) => {
      expectQuiet(c.ad, RULE);
    });
  });
  describe('Portuguese', () => {
    it.each(named(PT_POSITIVE))('fires: %s', (_name, c) => positive(c));
    it.each(named(PT_NEGATIVE))('does not fire: %s', (_name, c) => {
      expectQuiet(c.ad, RULE);
    });
  });

  describe('interaction with safeguard-list-targeting', () => {
    it('a real agreement (UK–Nepal via Hampshire Hospitals) replaces safeguard-list-targeting and adds no amber finding', () => {
      const analysis = expectFires(EN_POSITIVE[2]!.ad, RULE, 'info');
      expect(analysis.targets, summary(analysis)).toContain('NP');
      expect(rulesOf(analysis), summary(analysis)).not.toContain('safeguard-list-targeting');
      expect(rulesOf(analysis), summary(analysis)).not.toContain('amber-country-outside-agreement');
    });
    it('a claimed UK–Zimbabwe agreement does not replace safeguard-list-targeting', () => {
      const analysis = expectFires(EN_POSITIVE[3]!.ad, RULE, 'info');
      expect(analysis.targets, summary(analysis)).toContain('ZW');
      expect(rulesOf(analysis), summary(analysis)).toContain('safeguard-list-targeting');
    });
    it('the UK–India agreement is context only: no serious finding', () => {
      const analysis = expectFires(EN_POSITIVE[0]!.ad, RULE, 'info');
      expect(analysis.findings.filter((f) => f.severity === 'serious'), summary(analysis)).toEqual([]);
    });
  });
});
