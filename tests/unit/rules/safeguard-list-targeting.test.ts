// safeguard-list-targeting (serious): a health ad targets a country on the WHO Health Workforce
// Support and Safeguards List 2023. Targeting, not mere mention; residence, not nationality.
import { describe, expect, it } from 'vitest';
import { expectFires, expectQuiet, run, summary, named, type Case } from './helpers';

const RULE = 'safeguard-list-targeting' as const;

const EN_POSITIVE: Case[] = [
  {
    name: 'plain: nurses from Ghana for NHS hospitals',
    countries: ['GH'],
    ad: {
      title: 'Registered Nurses – NHS Hospitals, United Kingdom',
      employer: 'CareBridge International Recruitment Ltd',
      description:
        'We are recruiting experienced Registered Nurses from Ghana for NHS hospitals across the Midlands. ' +
        'Full visa sponsorship, flights and four weeks of free accommodation. Band 5 salary £29,970 rising to £36,483 after registration. ' +
        'You will need at least two years of post-qualification experience and a pass in IELTS or OET.',
    },
  },
  {
    name: 'ALL CAPS: Nigerian nurses, interviews in Lagos',
    countries: ['NG'],
    ad:
      'URGENT!!! NIGERIAN NURSES NEEDED FOR UK CARE HOMES. FULL VISA SPONSORSHIP + FLIGHT TICKET. ' +
      'INTERVIEWS IN LAGOS AND ABUJA ON 12-14 MARCH. SALARY £28,000 PER YEAR. ' +
      'REQUIREMENTS: BSC NURSING, 2 YEARS EXPERIENCE, CBT PASSED. APPLY THROUGH PRIMECARE STAFFING LTD.',
  },
  {
    name: 'emoji WhatsApp post: Zimbabwe-registered nurses',
    countries: ['ZW'],
    ad:
      '🇿🇼➡️🇬🇧 BIG NEWS!! 🎉🎉\n' +
      'Zimbabwe-registered nurses 👩‍⚕️👨‍⚕️ wanted for UK care homes!!\n' +
      '✅ Visa sponsorship\n✅ Accommodation 🏠\n✅ £27,500 per year 💷\n' +
      'Harare interviews next month 📅 DM Thamesgate Care Services for the form 📲',
  },
  {
    name: 'long formal advert, targeting buried in the sixth paragraph',
    countries: ['GH'],
    ad: {
      title: 'Staff Nurse (Band 5) – Acute Medicine',
      employer: 'Riverside University Hospitals NHS Foundation Trust',
      url: 'https://www.jobs.nhs.uk/candidate/jobadvert/C9001-24-0001',
      description: [
        'Riverside University Hospitals NHS Foundation Trust is one of the largest teaching trusts in the North of England, serving a population of over 800,000 people.',
        'Our acute medicine division has 14 wards and a 40-bed assessment unit. We are proud of our preceptorship programme and of the support we give to every new starter.',
        'You will assess, plan, implement and evaluate care for a caseload of patients, supervise healthcare assistants and students, and work a mix of day and night shifts.',
        'Salary: Band 5, £29,970 to £36,483 per annum pro rata. 27 days of annual leave plus bank holidays, the NHS Pension Scheme and a cycle-to-work scheme.',
        'We welcome applications from internationally educated nurses and provide full certificate of sponsorship, visa and OSCE preparation support.',
        'Our international recruitment team will be holding assessment days in Accra and Kumasi in June for nurses living in Ghana; shortlisted candidates will be invited by email.',
        'For informal enquiries please contact the Matron for Acute Medicine on 0191 000 0000.',
      ].join('\n\n'),
    },
  },
  {
    name: 'registration body as the target: NMCN licence for a UK post',
    countries: ['NG'],
    ad: {
      title: 'Overseas Registered Nurse – Scotland',
      employer: 'Highland View Care Homes Ltd',
      description:
        'Overseas nurses wanted for our nursing homes in Inverness, Scotland. Applicants must hold a current licence from the Nursing and Midwifery Council of Nigeria (NMCN) and a valid CBT pass. ' +
        'We provide a Certificate of Sponsorship and visa. Salary £31,000 per annum.',
    },
  },
  {
    name: 'doctors from Pakistan for a UK clinical fellowship',
    countries: ['PK'],
    ad: {
      title: 'Clinical Fellow in Emergency Medicine (International Doctors)',
      employer: 'Northgate Hospitals NHS Trust',
      description:
        'Our international fellowship is open to doctors from Pakistan who have passed PLAB 2 or hold an equivalent postgraduate qualification. ' +
        'We sponsor your Skilled Worker visa and support GMC registration. Salary £43,923 to £63,152 per annum.',
    },
  },
];

const EN_NEGATIVE: Case[] = [
  {
    name: 'staff from 40 countries, including Nigeria and Ghana (mere mention)',
    ad: {
      title: 'Registered Nurse – International Recruitment Programme',
      employer: 'Meadowbank Hospitals NHS Trust',
      description:
        'We are proud of our diverse workforce: our nurses come from over 40 countries, including Nigeria, Ghana and the Philippines. ' +
        'This year we are recruiting registered nurses from India and the Philippines under the UK code of practice. ' +
        'Visa sponsorship and relocation package included. Band 5, £29,970 to £36,483.',
    },
  },
  {
    name: 'Nigerian-trained nurses already living in the UK (residence, not nationality)',
    ad: {
      title: 'Staff Nurse – Surgical Ward',
      employer: 'Kingsbury Hospitals NHS Trust',
      url: 'https://www.jobs.nhs.uk/candidate/jobadvert/C9001-24-0002',
      description:
        'We welcome applications from Nigerian-trained nurses already living in the UK who hold a current NMC PIN. ' +
        'Please note we are unable to offer visa sponsorship for this post. Band 5, £29,970 to £36,483 per annum.',
    },
  },
  {
    name: 'compliance statement: we do not recruit from red-list countries such as Nigeria',
    ad: {
      title: 'International Nurses – Band 5',
      employer: 'Elmfield Healthcare NHS Foundation Trust',
      description:
        'In line with the Code of Practice we do not actively recruit from red-list countries such as Nigeria, Ghana or Zimbabwe. ' +
        'We are recruiting nurses from India, Kerala in particular, with full visa sponsorship and OSCE training. Band 5 salary £29,970.',
    },
  },
  {
    name: 'refugee doctors already in the UK',
    ad: {
      title: 'Clinical Attachment – Refugee Doctors Programme',
      employer: 'Wessex Refugee Clinician Support Hub',
      description:
        'This paid clinical attachment is for refugee doctors already in the UK, including colleagues from Afghanistan, Sudan and Yemen, who are working towards GMC registration. ' +
        'The programme covers PLAB fees and offers a bursary of £1,200 per month.',
    },
  },
  {
    name: 'a country used as a person\'s name: Dr Chad Williams',
    ad: {
      title: 'Registered Nurse – Older Adults (International)',
      employer: 'Fairhaven Hospitals NHS Trust',
      description:
        'We are recruiting registered nurses from the Philippines and India for our older adults wards. Visa sponsorship and relocation provided. ' +
        'Band 5, £29,970 per annum. For an informal chat, contact our Chief Nurse, Dr Chad Williams, on 0113 000 0000.',
    },
  },
  {
    name: 'a country inside another word: Chadwick Lodge',
    ad: {
      title: 'Senior Care Assistant – Chadwick Lodge',
      employer: 'Chadwick Lodge Care Home Ltd',
      description:
        'Chadwick Lodge is a 60-bed nursing home in Leicester. We sponsor visas for overseas senior care assistants from India. ' +
        'Pay £12.60 per hour, 40 hours per week.',
    },
  },
];

const FR_POSITIVE: Case[] = [
  {
    name: 'infirmiers camerounais pour des cliniques en France',
    countries: ['CM'],
    ad: {
      title: 'Infirmier(ère) diplômé(e) d\'État – Cliniques en France',
      employer: 'Cabinet Horizon Santé Recrutement',
      description:
        'Recrutement d\'infirmiers camerounais pour des cliniques privées en région Auvergne-Rhône-Alpes. ' +
        'Visa de travail, billet d\'avion et logement du premier mois pris en charge. Salaire de 2 100 € brut par mois.',
    },
  },
  {
    name: 'entretiens à Dakar pour un hôpital en Belgique',
    countries: ['SN'],
    ad: {
      title: 'Infirmières pour un hôpital à Liège (Belgique)',
      employer: 'Agence EuroSoins Conseil',
      description:
        'Entretiens à Dakar les 3 et 4 juin pour des infirmières diplômées souhaitant travailler dans un hôpital universitaire en Belgique. ' +
        'Accompagnement pour le visa et la reconnaissance du diplôme. Rémunération selon le barème IFIC, environ 2 600 € brut par mois.',
    },
  },
  {
    name: 'MAJUSCULES : aides-soignants ivoiriens pour EHPAD',
    countries: ['CI'],
    ad:
      'RECRUTEMENT URGENT : AIDES-SOIGNANTS IVOIRIENS POUR EHPAD EN FRANCE. CONTRAT CDI, VISA ET BILLET PRIS EN CHARGE. ' +
      'SALAIRE 1 850 € BRUT MENSUEL. ENVOYEZ VOTRE CV À LA RÉSIDENCE LES TILLEULS SAS.',
  },
  {
    name: 'infirmiers nigériens (Niger) pour la Suisse',
    countries: ['NE'],
    ad: {
      title: 'Infirmiers pour cliniques à Genève',
      employer: 'Groupe Clinique Léman SA',
      description:
        'Nous recrutons des infirmiers nigériens diplômés pour nos cliniques à Genève, en Suisse. Permis de travail et relocalisation pris en charge. Salaire CHF 6 200 par mois.',
    },
  },
  {
    name: "a referral question about nurses living in the country",
    ad: {
      title: "Prime de cooptation : 700 € !",
      employer: "Résidences Les Tilleuls (Normandie)",
      description: "Vous connaissez une infirmière au Togo ? Recommandez-la-nous : 700 € de prime pour chaque infirmière recrutée. Infirmières : 2 150 € brut.",
    },
    countries: ["TG"],
  },
];

const FR_NEGATIVE: Case[] = [
  {
    name: 'équipe de 30 nationalités, dont des Camerounais (simple mention)',
    ad: {
      title: 'Infirmier(ère) de nuit – Clinique des Cèdres',
      employer: 'Clinique des Cèdres',
      description:
        'Notre équipe réunit des soignants de plus de 30 nationalités, dont des Camerounais, des Sénégalais et des Portugais. ' +
        'Nous recrutons des infirmiers au Maroc et en Tunisie, avec visa et logement pris en charge. Salaire 2 200 € brut par mois.',
    },
  },
  {
    name: 'résidence, pas nationalité : infirmiers d\'origine congolaise résidant en France',
    ad: {
      title: 'Infirmier(ère) en EHPAD – Lille',
      employer: 'Résidence Les Glycines',
      description:
        'Les infirmiers d\'origine congolaise ou guinéenne résidant déjà en France et titulaires de l\'autorisation d\'exercice sont les bienvenus. ' +
        'Poste en CDI à Lille, 2 150 € brut par mois.',
    },
  },
  {
    name: 'déclaration de conformité : nous ne recrutons pas au Mali ni au Niger',
    ad: {
      title: 'Infirmiers internationaux – Cliniques en France',
      employer: 'Groupe Santé Alliance',
      description:
        'Conformément au Code de pratique mondial de l\'OMS, nous ne recrutons pas dans les pays de la liste de sauvegarde, comme le Mali, le Niger ou le Tchad. ' +
        'Nos recrutements se font au Liban et au Maroc. Visa pris en charge, salaire 2 300 € brut.',
    },
  },
  {
    name: 'recrutement local au Cameroun (Douala)',
    ad: {
      title: 'Infirmier diplômé d\'État – Douala',
      employer: 'Hôpital Saint-Luc de Douala',
      description:
        'L\'Hôpital Saint-Luc de Douala recrute des infirmiers camerounais pour son service des urgences. Poste basé à Douala, Cameroun. ' +
        'Salaire 350 000 FCFA par mois. Dossier à déposer au service du personnel.',
    },
  },
  {
    name: "a job in Senegal named after its hospital and city",
    ad: "Infirmiers – Hôpital de Thiès\nRecrutement local, salaire 350 000 FCFA par mois. Candidats résidant au Sénégal.",
  },
];

const PT_POSITIVE: Case[] = [
  {
    name: 'enfermeiros de Angola para hospitais em Portugal',
    countries: ['AO'],
    ad: {
      title: 'Enfermeiros – Hospitais em Portugal',
      employer: 'Lusocare Recrutamento Lda',
      description:
        'Procuramos enfermeiros de Angola para hospitais privados em Lisboa e no Porto. Visto de trabalho, viagem e alojamento incluídos. ' +
        'Salário de 1 400 € por mês.',
    },
  },
  {
    name: 'enfermeiros moçambicanos, entrevistas em Maputo',
    countries: ['MZ'],
    ad: {
      title: 'Enfermeiros para lares em Portugal',
      employer: 'Grupo Sénior Atlântico',
      description:
        'Recrutamos enfermeiros moçambicanos para os nossos lares no Algarve. Entrevistas em Maputo e na Beira em julho. ' +
        'Apoio no visto e no reconhecimento do diploma junto da Ordem dos Enfermeiros. Vencimento de 1 350 € mensais.',
    },
  },
  {
    name: 'post emoji: técnicos residentes na Guiné-Bissau',
    countries: ['GW'],
    ad:
      '🚨 OPORTUNIDADE 🚨 Cuidadores e técnicos de enfermagem residentes na Guiné-Bissau 🇬🇼 ' +
      'para lares em Portugal 🇵🇹! Visto ✅ Alojamento ✅ 900 € por mês 💶 Candidaturas: Agência Atlântida Recrutamento.',
  },
  {
    name: 'anúncio longo: entrevistas em Luanda no quinto parágrafo',
    countries: ['AO'],
    ad: {
      title: 'Enfermeiro(a) de Cuidados Gerais',
      employer: 'Hospital Privado da Boavista',
      description: [
        'O Hospital Privado da Boavista é uma unidade de referência no norte do país, com 220 camas e mais de 1 500 colaboradores.',
        'Procuramos enfermeiros para os serviços de medicina interna, cirurgia e cuidados intermédios.',
        'Oferecemos contrato sem termo, vencimento de 1 450 € mensais, seguro de saúde e formação contínua.',
        'Apoiamos candidatos internacionais com o visto de trabalho e o registo na Ordem dos Enfermeiros.',
        'A nossa equipa de recrutamento internacional realizará entrevistas em Luanda e no Huambo em setembro para enfermeiros angolanos.',
        'Envie a sua candidatura através do nosso portal de carreiras.',
      ].join('\n\n'),
    },
  },
];

const PT_NEGATIVE: Case[] = [
  {
    name: 'equipa de 20 países, incluindo Angola (simples menção)',
    ad: {
      title: 'Enfermeiro(a) – Lar Residencial',
      employer: 'Lar Quinta das Flores',
      description:
        'A nossa equipa conta com profissionais de mais de 20 países, incluindo Angola, Moçambique e Cabo Verde. ' +
        'Estamos a recrutar enfermeiros do Brasil, com apoio no visto e alojamento. Vencimento 1 300 € por mês.',
    },
  },
  {
    name: 'enfermeiros angolanos já residentes em Portugal',
    ad: {
      title: 'Enfermeiro(a) – Serviço de Urgência',
      employer: 'Hospital de São Rafael',
      description:
        'Aceitamos candidaturas de enfermeiros angolanos já residentes em Portugal, com cédula profissional da Ordem dos Enfermeiros. ' +
        'Não é possível apoiar processos de visto. Vencimento 1 500 € por mês.',
    },
  },
  {
    name: 'recrutamento local em Maputo',
    ad: {
      title: 'Enfermeiro Geral – Maputo',
      employer: 'Clínica Sommerschield Maputo',
      description:
        'A Clínica Sommerschield contrata enfermeiros moçambicanos para o serviço de pediatria. Local de trabalho: Maputo, Moçambique. ' +
        'Salário de 45 000 MT por mês.',
    },
  },
  {
    name: 'declaração: não recrutamos em Angola nem na Guiné-Bissau',
    ad: {
      title: 'Enfermeiros internacionais – Portugal',
      employer: 'Grupo Saúde Tejo',
      description:
        'Em conformidade com o Código Global da OMS, não recrutamos em países da lista de salvaguarda, como Angola ou a Guiné-Bissau. ' +
        'Recrutamos enfermeiros do Brasil e da Índia, com visto e alojamento incluídos. Vencimento 1 400 € por mês.',
    },
  },
];

const OTHER_POSITIVE: Case[] = [
  {
    name: 'ES: enfermeras de Haití para residencias en España',
    countries: ['HT'],
    ad: {
      title: 'Enfermeras para residencias en Madrid',
      employer: 'Grupo Residencial Alameda',
      description:
        'Buscamos enfermeras de Haití para nuestras residencias de mayores en Madrid. Visado de trabajo y alojamiento incluidos. Salario de 1 900 € brutos al mes.',
    },
  },
  {
    name: 'DE: Pflegefachkräfte aus Kamerun für Kliniken in Deutschland',
    countries: ['CM'],
    ad: {
      title: 'Pflegefachkräfte (m/w/d) aus dem Ausland',
      employer: 'Medicus Personalservice GmbH',
      description:
        'Wir vermitteln Pflegefachkräfte aus Kamerun an Kliniken in Deutschland. Visum, Anerkennung und Sprachkurs werden organisiert. Gehalt 3.100 € brutto im Monat.',
    },
  },
];

const OTHER_NEGATIVE: Case[] = [
  {
    name: 'ES: enfermeras de Filipinas (no está en la lista)',
    ad: {
      title: 'Enfermeras para residencias en Madrid',
      employer: 'Grupo Residencial Alameda',
      description:
        'Buscamos enfermeras de Filipinas para nuestras residencias de mayores en Madrid. Visado de trabajo incluido. Salario de 1 900 € brutos al mes.',
    },
  },
  {
    name: 'DE: Pflegekräfte aus Indien',
    ad: {
      title: 'Pflegefachkräfte (m/w/d) aus dem Ausland',
      employer: 'Medicus Personalservice GmbH',
      description:
        'Wir vermitteln Pflegefachkräfte aus Indien an Kliniken in Deutschland. Visum und Anerkennung werden organisiert. Gehalt 3.100 € brutto im Monat.',
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
  describe('Spanish and German', () => {
    it.each(named(OTHER_POSITIVE))('fires: %s', (_name, c) => positive(c));
    it.each(named(OTHER_NEGATIVE))('does not fire: %s', (_name, c) => {
      expectQuiet(c.ad, RULE);
    });
  });

  it('Nigériens are Niger, not Nigeria', () => {
    const analysis = run(FR_POSITIVE.find((c) => c.countries?.includes('NE'))!.ad);
    expect(analysis.targets, summary(analysis)).not.toContain('NG');
  });

  it('a non-health ad targeting Nigeria gets no finding', () => {
    const analysis = run({
      title: 'Hospital Accountant',
      employer: 'Crestview Hospitals NHS Trust',
      description: 'We are recruiting qualified accountants from Nigeria for our finance department in Leeds. Visa sponsorship available. Salary £38,000.',
    });
    expect(analysis.health).toBe(false);
    expect(analysis.findings).toEqual([]);
  });
});
