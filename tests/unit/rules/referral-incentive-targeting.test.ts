// referral-incentive-targeting (serious): a referral bonus or incentive for bringing friends or
// family from a safeguard-list country. Only for safeguard-list countries: Kenya (GB) is the amber
// rule, India nothing.
import { describe, expect, it } from 'vitest';
import { expectFires, expectQuiet, rulesOf, summary, named, type Case } from './helpers';

const RULE = 'referral-incentive-targeting' as const;

const EN_POSITIVE: Case[] = [
  {
    name: 'refer a friend from Nigeria, £500',
    countries: ['NG'],
    ad: {
      title: 'Healthcare Assistants – Visa Sponsorship',
      employer: 'Greenacre Care Homes Ltd',
      description:
        'Greenacre Care Homes is hiring healthcare assistants for our homes in Essex, with Skilled Worker visa sponsorship. Pay £12.50 per hour. ' +
        'Staff referral scheme: refer a friend from Nigeria and earn £500 when they complete their probation.',
    },
  },
  {
    name: 'emoji post: nurse back home in Ghana, referral bonus',
    countries: ['GH'],
    ad:
      '💰💰 REFERRAL BONUS £1,000 💰💰\nDo you know a nurse back home in Ghana 🇬🇭? ' +
      'Send them our link! When they start with Willowmere Care Ltd in the UK 🇬🇧 you get £1,000 👏👏 Visa sponsorship + £29k salary.',
  },
  {
    name: 'ALL CAPS: £750 for every nurse you bring from Zimbabwe',
    countries: ['ZW'],
    ad:
      'ST ANNE\'S NURSING HOME LTD – UK. WE SPONSOR VISAS FOR NURSES. SALARY £30,000. ' +
      'EARN £750 FOR EVERY NURSE YOU BRING FROM ZIMBABWE – ASK ABOUT OUR REFERRAL BONUS SCHEME!',
  },
];

const EN_NEGATIVE: Case[] = [
  {
    name: 'referral bonus for India (green list): nothing',
    ad: {
      title: 'Registered Nurses – Visa Sponsorship',
      employer: 'Greenacre Care Homes Ltd',
      description:
        'We are recruiting registered nurses for our homes in Essex with visa sponsorship, salary £30,000. ' +
        'Refer a friend from India and earn a £500 referral bonus when they start.',
    },
  },
  {
    name: 'referral bonus aimed at Kenya (GB): amber rule, not this one',
    ad: {
      title: 'Registered Nurses – Visa Sponsorship',
      employer: 'Greenacre Care Homes Ltd',
      description:
        'We are recruiting registered nurses for our homes in Essex with visa sponsorship, salary £30,000. ' +
        'Refer a nurse friend living in Kenya and earn a £500 referral bonus when they start.',
    },
  },
  {
    name: 'team from Nigeria mentioned; referral bonus for friends already in the UK',
    ad: {
      title: 'Staff Nurse – Nights',
      employer: 'Kingsbury Hospitals NHS Trust',
      description:
        'Our nursing team includes colleagues from Nigeria, Ghana and the Philippines, and we sponsor visas for nurses already working in the UK. ' +
        'We are recruiting now. Pay is Band 5, £29,970 per annum, with flexible rotas and a generous pension. ' +
        'Refer a friend who already lives in the UK and earn £300 when they start.',
    },
  },
  {
    name: 'explicit refusal of referral incentives for red-list countries',
    ad: {
      title: 'International Nurses – Band 5',
      employer: 'Elmfield Healthcare NHS Foundation Trust',
      description:
        'We recruit registered nurses from the Philippines with visa sponsorship, Band 5 salary £29,970. ' +
        'In line with the Code of Practice, our referral scheme does not pay any bonus for referrals of nurses living in red-list countries such as Nigeria or Ghana.',
    },
  },
];

const FR_POSITIVE: Case[] = [
  {
    name: 'prime de parrainage pour chaque infirmier camerounais',
    countries: ['CM'],
    ad: {
      title: 'Infirmiers pour cliniques en France',
      employer: 'Groupe Clinique Horizon',
      description:
        'Nous recrutons des infirmiers avec visa pris en charge, salaire 2 200 € brut par mois. ' +
        'Prime de parrainage de 500 € pour chaque infirmier camerounais que vous nous recommandez.',
    },
  },
  {
    name: 'parrainez un proche au Sénégal',
    countries: ['SN'],
    ad: {
      title: 'Aides-soignants – EHPAD en Belgique',
      employer: 'Résidence Les Jardins de Namur',
      description:
        'Nous recrutons des aides-soignants pour nos résidences en Belgique, visa et billet pris en charge, 2 300 € brut. ' +
        'Parrainez un proche qui vit au Sénégal : 300 € de prime dès son arrivée !',
    },
  },
];

const FR_NEGATIVE: Case[] = [
  {
    name: 'prime de parrainage pour des infirmiers marocains (hors liste)',
    ad: {
      title: 'Infirmiers pour cliniques en France',
      employer: 'Groupe Clinique Horizon',
      description:
        'Nous recrutons des infirmiers avec visa pris en charge, salaire 2 200 € brut par mois. ' +
        'Prime de parrainage de 500 € pour chaque infirmier marocain que vous nous recommandez.',
    },
  },
  {
    name: 'prime de cooptation pour des candidats déjà installés en France',
    ad: {
      title: 'Infirmier(ère) de nuit',
      employer: 'Clinique des Cèdres',
      description:
        'Notre équipe compte des soignants ivoiriens, maliens et français. Poste en CDI, 2 250 € brut par mois. ' +
        'Prime de cooptation de 300 € pour tout infirmier recommandé déjà installé en France.',
    },
  },
];

const PT_POSITIVE: Case[] = [
  {
    name: 'bónus de referência por enfermeiro angolano',
    countries: ['AO'],
    ad: {
      title: 'Enfermeiros para hospitais em Portugal',
      employer: 'Lusocare Recrutamento Lda',
      description:
        'Recrutamos enfermeiros com visto incluído, vencimento de 1 400 € por mês. ' +
        'Bónus de referência de 500 € por cada enfermeiro angolano que indicar.',
    },
  },
  {
    name: 'indique um amigo em Moçambique',
    countries: ['MZ'],
    ad: {
      title: 'Cuidadores para lares em Portugal',
      employer: 'Grupo Sénior Atlântico',
      description:
        'Procuramos cuidadores para os nossos lares no Algarve, com visto e alojamento, 900 € por mês. ' +
        'Indique um amigo que viva em Moçambique e ganhe um prémio de 400 €!',
    },
  },
];

const PT_NEGATIVE: Case[] = [
  {
    name: 'bónus de referência para enfermeiros do Brasil (fora da lista)',
    ad: {
      title: 'Enfermeiros para hospitais em Portugal',
      employer: 'Lusocare Recrutamento Lda',
      description:
        'Recrutamos enfermeiros com visto incluído, vencimento de 1 400 € por mês. ' +
        'Bónus de referência de 500 € por cada enfermeiro brasileiro que indicar.',
    },
  },
  {
    name: 'indique um amigo residente em Portugal',
    ad: {
      title: 'Enfermeiro(a) – Serviço de Urgência',
      employer: 'Hospital de São Rafael',
      description:
        'A nossa equipa inclui enfermeiros angolanos, cabo-verdianos e portugueses. Vencimento 1 500 € por mês. ' +
        'Indique um amigo enfermeiro já residente em Portugal e receba um prémio de 250 €.',
    },
  },
];

function positive(c: Case) {
  const analysis = expectFires(c.ad, RULE, 'serious');
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

  it('a referral bonus for India yields no safeguard finding either', () => {
    const analysis = expectQuiet(EN_NEGATIVE[0]!.ad, RULE);
    expect(rulesOf(analysis), summary(analysis)).not.toContain('safeguard-list-targeting');
  });
});
