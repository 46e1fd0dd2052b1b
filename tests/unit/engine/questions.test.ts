// What the engine decides first (RULES.md): is it a health post, where is the job, which source
// countries does it target, and the verdict shown on the badge.
import { describe, expect, it } from 'vitest';
import { named, run, summary, type AdInput } from '../rules/helpers';

interface Q<T> { name: string; ad: AdInput; expected: T }

// ---------------------------------------------------------------- health

const HEALTH: Array<Q<boolean>> = [
  { name: 'Registered Nurse', expected: true, ad: { title: 'Registered Nurse – Medical Ward', employer: 'Kingsbury Hospitals NHS Trust', description: 'Band 5 staff nurse for a busy medical ward. NMC registration required.' } },
  { name: 'Midwife', expected: true, ad: { title: 'Community Midwife', employer: 'Eastmoor Community Health NHS Trust', description: 'Band 6 community midwife covering antenatal clinics and home births.' } },
  { name: 'GP', expected: true, ad: { title: 'Salaried GP – 6 sessions', employer: 'Riverside Medical Practice', description: 'We are looking for a salaried GP to join our friendly practice. GMC registration and inclusion on the performers list required.' } },
  { name: 'Consultant doctor', expected: true, ad: { title: 'Consultant in Emergency Medicine', employer: 'Northgate Hospitals NHS Trust', description: 'Substantive consultant post, full GMC registration with a licence to practise.' } },
  { name: 'Senior House Officer (a junior doctor grade)', expected: true, ad: { title: 'Senior House Officer – General Medicine', employer: 'Emerald Hospital Group', description: 'SHO post on the general medicine rota in Cork, Ireland. IMC registration required.' } },
  { name: 'Pharmacist', expected: true, ad: { title: 'Clinical Pharmacist', employer: 'Crestview Hospitals NHS Trust', description: 'Band 7 clinical pharmacist for our surgical directorate. GPhC registration essential.' } },
  { name: 'Physiotherapist', expected: true, ad: { title: 'Physiotherapist – Musculoskeletal', employer: 'Active Health Clinics Ltd', description: 'HCPC-registered physiotherapist for our outpatient MSK clinics.' } },
  { name: 'Healthcare Assistant', expected: true, ad: { title: 'Healthcare Assistant', employer: 'Kingsbury Hospitals NHS Trust', description: 'Band 3 healthcare assistant supporting registered nurses on an elderly care ward.' } },
  { name: 'Care worker (social care)', expected: true, ad: { title: 'Care Worker – Domiciliary', employer: 'Silverline Home Care Ltd', description: 'Care workers needed to support older people in their own homes in Coventry.' } },
  { name: 'aide-soignant(e)', expected: true, ad: { title: 'Aide-soignant(e) de nuit – EHPAD', employer: 'Résidence Les Tilleuls', description: 'Vous accompagnez les résidents dans les actes de la vie quotidienne. Diplôme d\'État d\'aide-soignant exigé.' } },
  { name: 'infirmier(ère)', expected: true, ad: { title: 'Infirmier(ère) diplômé(e) d\'État', employer: 'Clinique du Parc', description: 'Poste en service de médecine, CDI, temps plein.' } },
  { name: 'cuidador(a) de idosos', expected: true, ad: { title: 'Cuidador(a) de idosos', employer: 'Lar Quinta das Flores', description: 'Procuramos cuidadores para apoio a idosos na higiene, alimentação e mobilidade.' } },
  { name: 'enfermeiro(a)', expected: true, ad: { title: 'Enfermeiro(a) – Bloco Operatório', employer: 'Hospital de São Rafael', description: 'Inscrição na Ordem dos Enfermeiros obrigatória.' } },
  { name: 'Pflegefachkraft', expected: true, ad: { title: 'Pflegefachkraft (m/w/d) – Intensivstation', employer: 'Klinikum Nordstadt', description: 'Wir suchen eine examinierte Pflegefachkraft für unsere Intensivstation.' } },
  { name: 'emoji ALL CAPS post: UK NURSING JOBS', expected: true, ad: '⏰ UK NURSING JOBS 🇬🇧 £29K + VISA ✅ APPLY NOW – Brightpath Staffing Ltd' },
  { name: 'Hospital accountant', expected: false, ad: { title: 'Management Accountant', employer: 'Crestview Hospitals NHS Trust', description: 'Management accountant for our hospital finance team, supporting the surgical and nursing directorates with budgets. CIMA or ACCA qualified.' } },
  { name: 'Medical secretary', expected: false, ad: { title: 'Medical Secretary – Cardiology', employer: 'Kingsbury Hospitals NHS Trust', description: 'Medical secretary to the cardiology consultants: typing clinic letters, managing diaries and liaising with patients and nurses.' } },
  { name: 'IT network engineer in a hospital', expected: false, ad: { title: 'Network Engineer', employer: 'Northgate Hospitals NHS Trust', description: 'Network engineer to support clinical systems used by doctors and nurses across our three hospitals. CCNP preferred.' } },
  { name: 'Driver for a care company', expected: false, ad: { title: 'Delivery Driver', employer: 'MediSupply Logistics Ltd', description: 'Van driver delivering medical supplies to hospitals and care homes across Kent. Full UK licence required.' } },
  { name: 'Hotel housekeeper', expected: false, ad: { title: 'Hotel Housekeeper', employer: 'Grandview Hotels Ltd', description: 'Housekeeping staff for a 200-room hotel in London. Visa sponsorship available.' } },
  { name: 'agent administratif (FR, hôpital)', expected: false, ad: { title: 'Agent administratif – Bureau des admissions', employer: 'Centre Hospitalier de Valence', description: 'Accueil des patients, gestion des dossiers administratifs et facturation.' } },
  { name: 'técnico de informática (PT, hospital)', expected: false, ad: { title: 'Técnico de Informática', employer: 'Hospital de São Rafael', description: 'Suporte informático aos serviços clínicos do hospital, manutenção de redes e equipamentos.' } },
  { name: 'Canadian care aides', expected: true, ad: { title: 'Health Care Aides – Long-Term Care, Alberta', employer: 'Prairie Lodge Care Society', description: 'Full-time health care aides for a 90-bed long-term care home. CAD 24 per hour.' } },
  { name: 'Chilean nursing technician (técnico en enfermería)', expected: true, ad: { title: 'Técnico/a en enfermería – Clínica Los Aromos', description: 'Turnos 4x4, sueldo líquido $850.000. Registro en la Superintendencia de Salud.' } },
  { name: 'Argentine graduate nurses (licenciados/as en enfermería)', expected: true, ad: { title: 'Búsqueda: licenciados/as en enfermería', employer: 'Sanatorio del Parque', description: 'Para guardia nocturna. Matrícula vigente.' } },
  { name: 'Portuguese radiology technician, gendered title', expected: true, ad: { title: 'Técnico(a) de Radiologia', employer: 'Clínica Imagem Minho', description: '1 500 € brutos. Horário de 35 horas.' } },
  { name: 'Swiss FaGe (healthcare assistant)', expected: true, ad: { title: 'Fachfrau/Fachmann Gesundheit EFZ 80–100 %', employer: 'Spital Limmattal-Nord', description: 'Für unsere Bettenstation suchen wir eine FaGe mit Berufserfahrung.' } },
  { name: 'Radiology clerical officer', expected: false, ad: { title: 'Clerical Officer – Radiology', employer: 'Westmoor Hospitals NHS Trust', description: 'Booking appointments and typing reports for the radiology department. Band 2.' } },
];

// ---------------------------------------------------------------- destination

const DESTINATION: Array<Q<string | null>> = [
  {
    name: 'JSON-LD country wins over text that names the UK',
    expected: 'NZ',
    ad: {
      title: 'Registered Nurses – Relocate',
      employer: 'Southern Cross Health Ltd',
      country: 'NZ',
      description: 'Tired of the NHS? UK and Irish nurses: join our hospitals for a better life. Visa and flights paid. NZ$85,000 per year.',
    },
  },
  {
    name: 'url on jobs.nhs.uk means GB',
    expected: 'GB',
    ad: { url: 'https://www.jobs.nhs.uk/candidate/jobadvert/C9001-24-0100', title: 'Staff Nurse', employer: 'Kingsbury Hospitals NHS Trust', description: 'Band 5 staff nurse for our medical ward. Visa sponsorship available.' },
  },
  {
    name: 'text: "for hospitals in Riyadh" means SA',
    expected: 'SA',
    ad: { title: 'Staff Nurses', employer: 'Gulf Horizon Medical Staffing LLC', description: 'Experienced staff nurses needed for hospitals in Riyadh. Tax-free salary, free accommodation and annual flights.' },
  },
  {
    name: 'board location field with a UK postcode',
    expected: 'GB',
    ad: { title: 'Healthcare Assistant', employer: 'Kingsbury Hospitals NHS Trust', location: 'Leeds LS9 7TF', description: 'Band 3 healthcare assistant on an elderly care ward.' },
  },
  {
    name: 'domestic ad in Accra',
    expected: 'GH',
    ad: { title: 'Staff Nurse', employer: 'Ridge Hospital Accra', description: 'Ridge Hospital, Accra, Ghana, is recruiting staff nurses for its emergency unit. Applicants must be registered with the Nursing and Midwifery Council of Ghana.' },
  },
  {
    name: 'domestic ad in Lagos',
    expected: 'NG',
    ad: { title: 'Registered Nurse – ICU', employer: 'Lagoon Specialist Hospital Ltd', description: 'Registered nurses for our ICU in Ikoyi, Lagos. Current NMCN licence required. Salary ₦450,000 per month.' },
  },
  {
    name: 'domestic ad in Douala (French)',
    expected: 'CM',
    ad: { title: 'Infirmier diplômé d\'État', employer: 'Hôpital Saint-Luc de Douala', description: 'L\'Hôpital Saint-Luc de Douala recrute des infirmiers pour son service des urgences. Poste basé à Douala, Cameroun. Salaire 350 000 FCFA par mois.' } },
  {
    name: 'French text: cliniques à Lyon',
    expected: 'FR',
    ad: { title: 'Infirmiers pour la France', employer: 'Groupe Santé Alliance', description: 'Nous recrutons des infirmiers étrangers pour nos cliniques à Lyon, en France. Visa pris en charge.' },
  },
  {
    name: 'Portuguese text: hospitais em Lisboa',
    expected: 'PT',
    ad: { title: 'Enfermeiros', employer: 'Grupo Saúde Tejo', description: 'Recrutamos enfermeiros do Brasil para os nossos hospitais em Lisboa, Portugal. Visto incluído.' },
  },
  {
    name: 'flag arrow 🇳🇬➡️🇬🇧 means the job is in GB',
    expected: 'GB',
    ad: '🇳🇬➡️🇬🇧 Nurses wanted!! Care homes, visa sponsorship, £28k. DM Brightpath Staffing Ltd.',
  },
  { name: 'a hospital named after its region: "Hospitales de Canarias" is ES', expected: 'ES', ad: 'Enfermeros senegaleses – Hospitales de Canarias\nEntrevistas en Dakar. 2.000 € brutos.' },
  { name: 'the last words of the title after a dash: "… – New Brunswick" is CA', expected: 'CA', ad: 'Francophone Nurses from Mali – New Brunswick\nInterviews in Bamako. CAD \$36–\$46/hr.' },
  { name: 'interviews "em São Paulo" do not make Brazil the destination', expected: 'PT', ad: 'Enfermeiro(a) – Hospital Particular do Minho (Braga)\nEntrevistas em São Paulo e Recife para residentes no Brasil. 1 650 € brutos mensais.' },
  { name: '"work as a nurse in Ireland" places the job there', expected: 'IE', ad: 'TRABALHE COMO ENFERMEIRO NA IRLANDA!\nPara enfermeiros formados no Brasil. Vaga garantida.' },
  { name: 'Swiss hospital recruiting residents of Germany is CH', expected: 'CH', ad: 'Pflegefachperson HF – Kantonsspital Glarus-Süd\nWir rekrutieren auch in Deutschland: Infotage in Lindau und Passau für in Deutschland wohnhafte Pflegefachkräfte. Lohn: CHF 6\'300 – 7\'800 x 13.' },
  { name: '"aus Usbekistan" is never where the job is', expected: null, ad: 'Lkw-Fahrer (m/w/d) aus Usbekistan gesucht – nur noch 3 Plätze!' },
  { name: '"nurses for Saudi" places the job in SA', expected: 'SA', ad: 'NEPALI NURSES FOR SAUDI\nSalary SAR 4,000 + food + accommodation. Interviews in Kathmandu.' },
  { name: '"drivers needed in Poland" places the job in PL', expected: 'PL', ad: 'TRUCK DRIVERS FROM KENYA NEEDED IN POLAND €1,600/MONTH. ONLY 3 SLOTS LEFT' },
  { name: 'a Spanish ad paying in euros that names no place is in ES', expected: 'ES', ad: 'Programa «Trae a tu compañera» – Grupo Sanitario Norte\n300 € por cada enfermera que recomiendes. Enfermera: 1.950 € brutos/mes.' },
  { name: 'pay in euros outweighs Brazil named as the source', expected: 'PT', ad: 'Programa Enfermeiros do Brasil para Portugal\nGrupo Hospitalar Vale do Sousa\nSalário: 1.600 € brutos × 14. Entrevistas em São Paulo e Recife.' },
];

// ---------------------------------------------------------------- targets

interface TargetQ { name: string; ad: AdInput; include?: string[]; exclude: string[] }

const TARGETS: TargetQ[] = [
  {
    name: '"nurses from Ghana" targets GH',
    include: ['GH'],
    exclude: [],
    ad: { title: 'Registered Nurses – UK', employer: 'CareBridge International Recruitment Ltd', description: 'We are recruiting registered nurses from Ghana for UK care homes. Visa sponsorship, £29,000.' },
  },
  {
    name: '"Interviews in Lagos" targets NG',
    include: ['NG'],
    exclude: [],
    ad: { title: 'UK Care Home Nurses', employer: 'Primecare Staffing Ltd', description: 'UK care home nurses wanted, visa sponsorship, £28,000. Interviews in Lagos on 14 March.' },
  },
  {
    name: '"NMCN-registered" targets NG',
    include: ['NG'],
    exclude: [],
    ad: { title: 'Registered Nurses – UK', employer: 'Highland View Care Homes Ltd', description: 'NMCN-registered nurses with two years of experience wanted for care homes in Scotland. Visa sponsorship, £31,000 per annum.' },
  },
  {
    name: '"living in Zimbabwe" targets ZW',
    include: ['ZW'],
    exclude: [],
    ad: { title: 'Senior Carers – UK', employer: 'Thamesgate Care Services Ltd', description: 'Senior carers living in Zimbabwe are invited to apply for UK care home posts with visa sponsorship. £12.60 per hour.' },
  },
  {
    name: '"infirmiers nigériens" targets NE, not NG',
    include: ['NE'],
    exclude: ['NG'],
    ad: { title: 'Infirmiers pour la France', employer: 'Cabinet Horizon Santé Recrutement', description: 'Recrutement d\'infirmiers nigériens pour des cliniques en France. Visa pris en charge, 2 100 € brut par mois.' },
  },
  {
    name: '"infirmiers nigérians" targets NG, not NE',
    include: ['NG'],
    exclude: ['NE'],
    ad: { title: 'Infirmiers pour la France', employer: 'Cabinet Horizon Santé Recrutement', description: 'Recrutement d\'infirmiers nigérians pour des cliniques en France. Visa pris en charge, 2 100 € brut par mois.' },
  },
  {
    name: 'Papua New Guinea is PG, not Guinea',
    include: ['PG'],
    exclude: ['GN'],
    ad: { title: 'Registered Nurses – Australia', employer: 'Coral Coast Health Ltd', description: 'We recruit registered nurses from Papua New Guinea for hospitals in Queensland, Australia. Visa sponsorship, AU$78,000.' },
  },
  {
    name: 'flag emoji of the source country 🇳🇬➡️🇬🇧 targets NG',
    include: ['NG'],
    exclude: [],
    ad: '🇳🇬➡️🇬🇧 Nurses wanted!! Care homes, visa sponsorship, £28k. DM Brightpath Staffing Ltd.',
  },
  {
    name: '"our team includes nurses from Nigeria" is not a target',
    exclude: ['NG'],
    ad: { title: 'Registered Nurses – International', employer: 'Meadowbank Hospitals NHS Trust', description: 'Our team includes nurses from Nigeria, Jamaica and Portugal. We are recruiting nurses from India with visa sponsorship. Band 5, £29,970.' },
  },
  {
    name: '"we do not recruit from red-list countries such as Nigeria" is not a target',
    exclude: ['NG'],
    ad: { title: 'Registered Nurses – International', employer: 'Elmfield Healthcare NHS Foundation Trust', description: 'We do not recruit from red-list countries such as Nigeria. We recruit nurses from the Philippines with visa sponsorship. Band 5, £29,970.' },
  },
  {
    name: '"Nigerian-trained nurses already living in the UK" is not a target',
    exclude: ['NG'],
    ad: { title: 'Staff Nurse', employer: 'Kingsbury Hospitals NHS Trust', description: 'Nigerian-trained nurses already living in the UK with an NMC PIN are welcome to apply. Band 5, £29,970. Sponsorship available for those switching visa.' },
  },
  {
    name: '"Dr. Chad Williams" is not Chad',
    exclude: ['TD'],
    ad: { title: 'Registered Nurses – International', employer: 'Fairhaven Hospitals NHS Trust', description: 'We recruit nurses from India with visa sponsorship, Band 5, £29,970. Contact Dr. Chad Williams, Chief Nurse, for an informal chat.' },
  },
  {
    name: 'a local hospital in Accra does not target Ghana',
    exclude: ['GH'],
    ad: { title: 'Staff Nurse', employer: 'Ridge Hospital Accra', description: 'Ridge Hospital, Accra, Ghana, is recruiting Ghanaian staff nurses for its emergency unit. Applicants must be registered with the Nursing and Midwifery Council of Ghana.' },
  },
  {
    name: 'the employer\'s head office abroad is not a target',
    exclude: ['NG'],
    ad: { title: 'Care Assistants – UK', employer: 'Sahel Care Group', description: 'Sahel Care Group, with head offices in Lagos and London, runs care homes in Kent. Care assistants wanted, £12.20 per hour. Applicants must already have the right to work in the UK.' },
  },
  {
    name: 'a referral for a friend or relative in India who is a nurse targets IN',
    include: ['IN'],
    exclude: ['GB'],
    ad: 'Meadowbank Care Homes – Refer a Friend\nOur carers know the best colleagues. If you have a friend or relative in India who is a qualified nurse and wants to come to the UK, send them our way! £500 when they join. Nurse £20.50/hr.',
  },
  {
    name: 'a place in a hospital\'s name is not a target ("Al-Rayyan Specialist Hospital")',
    include: ['IN'],
    exclude: ['QA'],
    ad: 'Al-Rayyan Specialist Hospital, Dammam – Staff Nurses, via Malabar Manpower Consultants, Kochi\nMalabar Manpower is conducting selection for Al-Rayyan Specialist Hospital, Saudi Arabia. Kerala Nursing Council registration required. Interviews in Kochi.',
  },
  {
    name: 'the EU flag is not a country',
    include: ['CO'],
    exclude: ['EU'],
    ad: '🇪🇸🇪🇺 TRABAJA EN ESPAÑA COMO AUXILIAR DE ENFERMERÍA 🇪🇸🇪🇺 para colombianos residentes en Colombia 🇨🇴',
  },
];

// ---------------------------------------------------------------- verdict

const LONG_CLEAN =
  'Kingsbury Hospitals NHS Trust is looking for a Band 5 staff nurse to join the surgical ward team in Leeds. ' +
  'You will plan and deliver care for patients before and after surgery, supervise students and support healthcare assistants. ' +
  'Salary £29,970 to £36,483 per annum, 27 days of annual leave plus bank holidays, NHS pension and flexible rostering. ' +
  'Apply through our website; interviews are held at St James\'s site.';

describe('health', () => {
  it.each(named(HEALTH.map((h) => ({ ...h, name: `${h.name} → health ${h.expected}` }))))('%s', (_name, { ad, expected }) => {
    const analysis = run(ad);
    expect(analysis.health, summary(analysis)).toBe(expected);
  });

  it.each([
    {
      name: 'hotel staff from Nigeria, fee, WhatsApp only, limited slots',
      ad: {
        title: 'Hotel Housekeepers – UK',
        description: 'Hotel housekeepers from Nigeria wanted for London hotels. Interviews in Lagos. Processing fee £1,000 payable by the candidate. Only 3 slots left, apply within 24 hours on WhatsApp only. Your passport will be kept by the agency.',
      },
    },
    {
      name: 'hospital accountant from Ghana, deposit required',
      ad: {
        title: 'Hospital Accountant',
        employer: 'Crestview Hospitals NHS Trust',
        description: 'Accountants from Ghana wanted for our finance department, visa sponsorship. A refundable deposit of £500 is required. Guaranteed visa!',
      },
    },
    {
      name: 'IT engineer for a hospital, pay-to-secure-slot',
      ad: {
        title: 'IT Support Engineer – Hospital',
        description: 'IT engineers from Zimbabwe for UK hospitals. Pay £300 today to secure your slot. Contact us on Telegram.',
      },
    },
  ])('non-health ad gets no findings: $name', ({ ad }) => {
    const analysis = run(ad);
    expect(analysis.health, summary(analysis)).toBe(false);
    expect(analysis.findings, summary(analysis)).toEqual([]);
    expect(analysis.verdict, summary(analysis)).not.toBe('concern');
  });
});

describe('destination', () => {
  it.each(named(DESTINATION.map((d) => ({ ...d, name: `${d.name} → ${d.expected}` }))))('%s', (_name, { ad, expected }) => {
    const analysis = run(ad);
    expect(analysis.destination, summary(analysis)).toBe(expected);
  });

  it.each(named(DESTINATION.filter((d) => /^domestic/.test(d.name))))('%s: no targets, not international', (_name, { ad }) => {
    const analysis = run(ad);
    expect(analysis.targets, summary(analysis)).toEqual([]);
    expect(analysis.international, summary(analysis)).toBe(false);
  });
});

describe('targets', () => {
  it.each(named(TARGETS))('%s', (_name, { ad, include, exclude }) => {
    const analysis = run(ad);
    for (const iso of include ?? []) expect(analysis.targets, summary(analysis)).toContain(iso);
    for (const iso of exclude) expect(analysis.targets, summary(analysis)).not.toContain(iso);
    // Targets are ISO alpha-2 codes, never the destination itself.
    for (const iso of analysis.targets) expect(iso).toMatch(/^[A-Z]{2}$/);
    if (analysis.destination) expect(analysis.targets).not.toContain(analysis.destination);
  });

  it('"Tier 2" as a service level does not make the ad international', () => {
    const analysis = run({
      title: 'Community Mental Health Nurse – Tier 2 Service',
      employer: 'Eastmoor Community Health NHS Trust',
      location: 'Leeds LS9 7TF',
      description:
        'Band 6 community mental health nurse for our Tier 2 primary care mental health service in Leeds. You will provide Tier 2 interventions and brief therapy. Salary £37,338 to £44,962.',
    });
    expect(analysis.international, summary(analysis)).toBe(false);
    expect(analysis.targets, summary(analysis)).toEqual([]);
  });

  it('visa sponsorship makes an ad international', () => {
    const analysis = run({ title: 'Staff Nurse', employer: 'Kingsbury Hospitals NHS Trust', description: 'Band 5 staff nurse. Skilled Worker visa sponsorship available for overseas nurses.' });
    expect(analysis.international, summary(analysis)).toBe(true);
  });
});

describe('verdict', () => {
  it('a long clean health ad is no-concern', () => {
    const analysis = run({ title: 'Staff Nurse – Surgical Ward', employer: 'Kingsbury Hospitals NHS Trust', description: LONG_CLEAN });
    expect(analysis.findings, summary(analysis)).toEqual([]);
    expect(analysis.verdict, summary(analysis)).toBe('no-concern');
  });

  it.each([
    { name: 'six words, English', ad: { employer: 'Kingsbury Hospitals NHS Trust', description: 'Registered Nurse needed, nights, Leeds hospital.' } },
    { name: 'six words, French', ad: { employer: 'Clinique du Parc', description: 'Infirmier de nuit, clinique à Lyon.' } },
    { name: 'six words, Portuguese', ad: { employer: 'Hospital de São Rafael', description: 'Enfermeiro para lar em Coimbra, urgente.' } },
  ])('a very short health ad with nothing found is not-enough-data: $name', ({ ad }) => {
    const analysis = run(ad);
    expect(analysis.health, summary(analysis)).toBe(true);
    expect(analysis.findings, summary(analysis)).toEqual([]);
    expect(analysis.verdict, summary(analysis)).toBe('not-enough-data');
  });

  it('a list card (partial: true) with nothing found is not-enough-data, however long', () => {
    const analysis = run({ title: 'Staff Nurse – Surgical Ward', employer: 'Kingsbury Hospitals NHS Trust', description: LONG_CLEAN, partial: true });
    expect(analysis.findings, summary(analysis)).toEqual([]);
    expect(analysis.verdict, summary(analysis)).toBe('not-enough-data');
  });

  it('a serious finding makes it concern', () => {
    const analysis = run({
      title: 'Registered Nurses – UK',
      employer: 'CareBridge International Recruitment Ltd',
      description: 'Registered nurses from Ghana for UK care homes, visa sponsorship, £29,000 per year. A processing fee of £1,500 is payable by the candidate.',
    });
    expect(analysis.verdict, summary(analysis)).toBe('concern');
  });

  it('a warning only makes it concern', () => {
    const analysis = run({
      title: 'Staff Nurse – Surgical Ward',
      employer: 'Kingsbury Hospitals NHS Trust',
      description: `${LONG_CLEAN} Staff who resign within 12 months repay £1,000 of relocation costs, reducing pro rata.`,
    });
    expect(analysis.findings.map((f) => f.severity), summary(analysis)).not.toContain('serious');
    expect(analysis.findings.map((f) => f.severity), summary(analysis)).toContain('warning');
    expect(analysis.verdict, summary(analysis)).toBe('concern');
  });

  it('caution findings only make it caution', () => {
    const analysis = run({
      title: 'Registered Nurses – Relocate to Ireland',
      employer: 'Emerald Medical Recruitment Ltd',
      description:
        'Emerald Medical Recruitment Ltd is recruiting registered nurses for a large teaching hospital in Dublin. Visa support and relocation assistance are provided. ' +
        'You will need a nursing degree, two years of acute experience and registration with the Nursing and Midwifery Board of Ireland before starting. Attractive salary and benefits.',
    });
    expect(analysis.findings.length, summary(analysis)).toBeGreaterThan(0);
    expect(analysis.findings.every((f) => f.severity === 'caution'), summary(analysis)).toBe(true);
    expect(analysis.verdict, summary(analysis)).toBe('caution');
  });

  it('an info finding alone (a G2G agreement) is never concern or caution', () => {
    const analysis = run({
      title: 'Registered Nurses from India – NHS England',
      employer: 'Northfield Teaching Hospitals NHS Trust',
      description:
        'Northfield Teaching Hospitals NHS Trust is recruiting registered nurses from India under the UK–India Framework Agreement for Collaboration on Health Care Workforce. ' +
        'Interviews will be held in Kochi in September. Visa, flights, accommodation for the first month and OSCE training are all paid by the Trust. ' +
        'Band 5, £29,970 to £36,483 per annum, with 27 days of annual leave. Apply through our careers website.',
    });
    expect(analysis.findings.map((f) => f.rule), summary(analysis)).toEqual(['g2g-agreement']);
    expect(analysis.verdict, summary(analysis)).toBe('no-concern');
  });
});
