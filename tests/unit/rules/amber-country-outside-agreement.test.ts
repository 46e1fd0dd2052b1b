// amber-country-outside-agreement (warning): destination GB, a target on the UK amber list (Kenya,
// Nepal), and the ad is not by the agreement's named channel (Nepal: Hampshire Hospitals NHS FT and
// partners; Kenya: its Ministry of Health). Nepal → GB with no agreement claimed fires both this and
// safeguard-list-targeting; a referral bonus aimed at Kenya (GB) is this rule, not the referral rule.
import { describe, expect, it } from 'vitest';
import { expectFires, expectQuiet, rulesOf, summary, named, type Case } from './helpers';

const RULE = 'amber-country-outside-agreement' as const;

const EN_POSITIVE: Case[] = [
  {
    name: 'Kenyan nurses for UK care homes, interviews in Nairobi',
    countries: ['KE'],
    ad: {
      title: 'Kenyan Registered Nurses – UK Care Homes',
      employer: 'Sunrise Staffing Solutions Ltd',
      description:
        'Sunrise Staffing Solutions is recruiting Kenyan registered nurses for nursing homes across England. Interviews in Nairobi and Mombasa this autumn. ' +
        'Certificate of sponsorship and visa provided. Salary £29,000 per annum.',
    },
  },
  {
    name: 'Nepal with no agreement claimed (private agency)',
    countries: ['NP'],
    ad: {
      title: 'Nurses from Nepal – NHS Jobs in the UK',
      employer: 'Himalaya Healthcare Recruitment Pvt Ltd',
      description:
        'We recruit nurses from Nepal for NHS hospitals in the United Kingdom. Interviews in Kathmandu and Pokhara. Band 5 salary £29,970, visa sponsorship included.',
    },
  },
  {
    name: 'claims the UK–Nepal MoU but is not Hampshire Hospitals',
    countries: ['NP'],
    ad: {
      title: 'UK Nursing Jobs for Nepali Nurses',
      employer: 'Everest Care Recruitment Ltd',
      description:
        'Under the UK–Nepal Memorandum of Understanding, Everest Care Recruitment Ltd recruits Nepali nurses in Kathmandu for private nursing homes in the UK. ' +
        'Visa sponsorship and flights included, salary £28,500 per year.',
    },
  },
  {
    name: 'WhatsApp-style: referral bonus aimed at Kenya',
    countries: ['KE'],
    ad:
      '💷💷 REFER & EARN £500!! 💷💷\nKnow a nurse living in Kenya 🇰🇪? Refer them to Brightwater Care Homes Ltd (UK 🇬🇧) and get £500 when they start! ' +
      'Visa sponsorship ✅ £28,000/yr ✅',
  },
  {
    name: "a private agency that only mentions the ministry for a document",
    ad: "Staff Nurses for UK Hospitals\nSavanna Nursing Links Ltd\nWe recruit nurses living in Kenya. A certificate of good standing from the Ministry of Health is required. Band 5, £29,970.",
  },
];

const EN_NEGATIVE: Case[] = [
  {
    name: 'Nepal via Hampshire Hospitals NHS FT under the MoU',
    ad: {
      title: 'Registered Nurses from Nepal – Pilot Programme',
      employer: 'Hampshire Hospitals NHS Foundation Trust',
      description:
        'Hampshire Hospitals NHS Foundation Trust is recruiting registered nurses from Nepal under the UK–Nepal Memorandum of Understanding. ' +
        'Interviews in Kathmandu. Visa and flights paid, Band 5 salary £29,970.',
    },
  },
  {
    name: 'Kenya outside the UK: nurses for Saudi Arabia',
    ad: {
      title: 'Kenyan Nurses for Riyadh Hospitals',
      employer: 'Gulf Horizon Medical Staffing LLC',
      description:
        'We are recruiting Kenyan nurses for government hospitals in Riyadh, Saudi Arabia. Interviews in Nairobi. Salary SAR 6,500 per month, free accommodation and flights.',
    },
  },
  {
    name: 'Kenya through its Ministry of Health under the UK–Kenya agreement',
    ad: {
      title: 'UK Nursing Posts – Government Programme',
      employer: 'Ministry of Health, Republic of Kenya',
      description:
        'The Kenya Ministry of Health invites qualified Kenyan nurses to apply for NHS posts in the United Kingdom under the UK–Kenya bilateral agreement on healthcare workforce collaboration. ' +
        'Applications through the Ministry of Health\'s official recruitment portal only. Band 5 salary £29,970.',
    },
  },
  {
    name: 'Kenyan nurses already living in the UK',
    ad: {
      title: 'Staff Nurse – Rehabilitation',
      employer: 'Westbrook Hospitals NHS Trust',
      url: 'https://www.jobs.nhs.uk/candidate/jobadvert/C9001-24-0005',
      description:
        'We welcome applications from Kenyan and Nepali nurses already living in the UK who hold a current NMC PIN. Band 5, £29,970. We cannot offer sponsorship for this role.',
    },
  },
  {
    name: "the Kenyan ministry itself, its name written the other way round",
    ad: "GOVERNMENT OF KENYA – MINISTRY OF HEALTH\nRecruitment of Kenyan nurses for NHS trusts in England under the Kenya–UK bilateral agreement. Interviews in Nairobi and Mombasa. Band 5, £29,970 – £36,483.",
  },
];

const FR_POSITIVE: Case[] = [
  {
    name: 'infirmiers kényans pour le Royaume-Uni',
    countries: ['KE'],
    ad: {
      title: 'Infirmiers kényans – Maisons de retraite au Royaume-Uni',
      employer: 'Agence Horizon Soins International',
      description:
        'Nous recrutons des infirmiers kényans pour des maisons de retraite au Royaume-Uni. Entretiens à Nairobi. Visa britannique et billet pris en charge. Salaire 29 000 £ par an.',
    },
  },
  {
    name: 'recrutement au Népal pour des hôpitaux anglais',
    countries: ['NP'],
    ad: {
      title: 'Infirmiers népalais pour l\'Angleterre',
      employer: 'Cabinet Santé Monde Recrutement',
      description:
        'Recrutement d\'infirmiers népalais pour des hôpitaux du NHS en Angleterre. Entretiens à Katmandou en octobre. Visa et billet pris en charge, salaire 29 970 £ par an.',
    },
  },
];

const FR_NEGATIVE: Case[] = [
  {
    name: 'infirmiers kényans pour l\'Allemagne (pas le Royaume-Uni)',
    ad: {
      title: 'Infirmiers kényans pour l\'Allemagne',
      employer: 'Agence Horizon Soins International',
      description:
        'Nous recrutons des infirmiers kényans pour des cliniques en Allemagne. Cours d\'allemand et visa pris en charge. Salaire 2 900 € brut par mois.',
    },
  },
  {
    name: 'Népal par Hampshire Hospitals NHS Foundation Trust',
    ad: {
      title: 'Infirmiers du Népal – programme pilote',
      employer: 'Hampshire Hospitals NHS Foundation Trust',
      description:
        'Hampshire Hospitals NHS Foundation Trust recrute des infirmiers du Népal dans le cadre du protocole d\'accord entre le Royaume-Uni et le Népal. Salaire 29 970 £ par an, visa pris en charge.',
    },
  },
];

const PT_POSITIVE: Case[] = [
  {
    name: 'enfermeiros do Quénia para o Reino Unido',
    countries: ['KE'],
    ad: {
      title: 'Enfermeiros quenianos – Reino Unido',
      employer: 'Lusocare Recrutamento Lda',
      description:
        'Recrutamos enfermeiros do Quénia para lares no Reino Unido. Entrevistas em Nairobi. Visto e viagem pagos, salário de 29 000 £ por ano.',
    },
  },
  {
    name: 'enfermeiros nepaleses para hospitais ingleses',
    countries: ['NP'],
    ad: {
      title: 'Enfermeiros do Nepal para Inglaterra',
      employer: 'Agência Global Saúde Recrutamento',
      description:
        'Procuramos enfermeiros nepaleses para hospitais do NHS em Inglaterra. Entrevistas em Katmandu. Visto e alojamento incluídos, salário de 29 970 £ por ano.',
    },
  },
];

const PT_NEGATIVE: Case[] = [
  {
    name: 'enfermeiros quenianos para Portugal',
    ad: {
      title: 'Enfermeiros quenianos para Portugal',
      employer: 'Grupo Saúde Tejo',
      description:
        'Recrutamos enfermeiros quenianos para os nossos hospitais em Lisboa. Visto e alojamento incluídos. Vencimento 1 400 € por mês.',
    },
  },
  {
    name: 'equipa com profissionais do Quénia e do Nepal (simples menção)',
    ad: {
      title: 'Enfermeiro(a) – Hospital em Londres',
      employer: 'Thamesview Hospitals NHS Trust',
      url: 'https://www.jobs.nhs.uk/candidate/jobadvert/C9001-24-0006',
      description:
        'A nossa equipa inclui profissionais do Quénia, do Nepal e de Portugal. Procuramos enfermeiros já registados no NMC e residentes no Reino Unido. Band 5, £29,970.',
    },
  },
];

function positive(c: Case) {
  const analysis = expectFires(c.ad, RULE, 'warning');
  expect(analysis.destination, summary(analysis)).toBe('GB');
  for (const iso of c.countries ?? []) expect(analysis.targets, summary(analysis)).toContain(iso);
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

  it('Nepal → GB with no agreement claimed fires safeguard-list-targeting as well', () => {
    const analysis = expectFires(EN_POSITIVE[1]!.ad, RULE, 'warning');
    expect(rulesOf(analysis), summary(analysis)).toContain('safeguard-list-targeting');
  });
  it('Kenya is not on the safeguards list: no safeguard-list-targeting', () => {
    const analysis = expectFires(EN_POSITIVE[0]!.ad, RULE, 'warning');
    expect(rulesOf(analysis), summary(analysis)).not.toContain('safeguard-list-targeting');
  });
  it('a referral bonus aimed at Kenya is the amber rule, not referral-incentive-targeting', () => {
    const analysis = expectFires(EN_POSITIVE[3]!.ad, RULE, 'warning');
    expect(rulesOf(analysis), summary(analysis)).not.toContain('referral-incentive-targeting');
  });
  it('a claimed UK–Nepal MoU by another agency: g2g info plus this warning, no safeguard finding', () => {
    const analysis = expectFires(EN_POSITIVE[2]!.ad, RULE, 'warning');
    expect(rulesOf(analysis), summary(analysis)).toContain('g2g-agreement');
    expect(rulesOf(analysis), summary(analysis)).not.toContain('safeguard-list-targeting');
  });
});
