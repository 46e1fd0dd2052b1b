// candidate-fee (serious): the candidate must pay for being recruited or placed (registration,
// processing, placement, service, "sponsorship", CoS, visa-processing fees, deposits — refundable
// too — "support packages payable by the candidate", "pay to secure your slot"). Negation matters:
// "no fees", "we pay your visa fee", "free of charge to candidates" must not fire it. Money owed
// only on leaving early is repayment-clause; recovering a domestic criminal-record check is neither.
import { describe, expect, it } from 'vitest';
import { expectFires, expectQuiet, rulesOf, run, summary, named, type Case } from './helpers';

const RULE = 'candidate-fee' as const;

const EN_POSITIVE: Case[] = [
  {
    name: 'processing fee payable by the candidate before the CoS',
    ad: {
      title: 'Care Assistants – UK Visa Sponsorship',
      employer: 'Bluebell Healthcare Recruitment Ltd',
      description:
        'Care assistants needed for care homes in Yorkshire, £12.21 per hour, 40 hours a week. ' +
        'A processing fee of £1,500 is payable by the candidate before the Certificate of Sponsorship is issued.',
    },
  },
  {
    name: 'indirect: you will cover the cost of your CoS',
    ad: {
      title: 'Senior Carer – Sponsorship Available',
      employer: 'Harbour View Care Ltd',
      description:
        'We are a family-run care home in Devon offering Skilled Worker sponsorship to experienced senior carers. Pay £12.80 per hour. ' +
        'Successful applicants will cover the cost of their CoS (£525) and the visa application themselves.',
    },
  },
  {
    name: 'indirect, second person: you will cover the cost of your CoS',
    ad: {
      title: 'Care Assistants – UK Care Homes',
      employer: 'Meadowsweet Care Homes Ltd',
      description:
        'Care assistants for our care homes in Lincolnshire with visa sponsorship, £12.40 per hour, 39 hours a week. ' +
        'Please note: you will cover the cost of your CoS and the Immigration Skills Charge before your visa application is submitted.',
    },
  },
  {
    name: 'refundable commitment deposit',
    ad: {
      title: 'UK Nursing Programme 2025',
      employer: 'Goldcrest Global Nursing Agency',
      description:
        'Our UK nursing programme places registered nurses in NHS-partner care homes with visa sponsorship and a salary of £29,000. ' +
        'A refundable commitment deposit of £800 secures your place on the programme.',
    },
  },
  {
    name: 'support package payable by the candidate',
    ad: {
      title: 'Registered Nurses for the UK',
      employer: 'Pinnacle Overseas Careers Ltd',
      description:
        'Registered nurses wanted for nursing homes in the UK, salary £30,000 per annum, visa sponsorship available. ' +
        'A relocation support package of £3,000, payable by the candidate, covers CoS processing, visa application and flight booking.',
    },
  },
  {
    name: 'support package payable by the candidate (plain label)',
    ad: {
      title: 'Senior Carers – UK',
      employer: 'Pinnacle Overseas Careers Ltd',
      description:
        'Senior carers for care homes in Surrey, £12.80 per hour, Skilled Worker visa sponsorship. ' +
        'Support package payable by the candidate: £2,500 (CoS, visa guidance and airport pick-up).',
    },
  },
  {
    name: 'list format: "What you pay" with CoS and placement',
    ad: {
      title: 'Healthcare Assistants – Scotland',
      employer: 'Northern Lights Staffing Ltd',
      description:
        'Healthcare assistants for care homes in Aberdeen. £12.60 per hour. Visa sponsorship available.\n\n' +
        'What you pay:\n• CoS – £700\n• Visa processing – £450\n• Placement – £1,200\n\nApply with your CV.',
    },
  },
  {
    name: 'recruitment fee deducted from your first three salaries',
    ad: {
      title: 'Care Workers – Visa Sponsored',
      employer: 'Silverline Care Staffing Ltd',
      description:
        'Care workers wanted for domiciliary care in Birmingham, £11.90 per hour, visa sponsorship. ' +
        'Our recruitment fee of £2,400 will be deducted from your first three salaries.',
    },
  },
  {
    name: 'WhatsApp: pay to secure your slot',
    ad:
      '🔥🔥 UK CARE JOBS 🔥🔥 Visa sponsorship ✅ £25k/yr ✅ Carers & nurses needed NOW!! ' +
      'Pay ₦500,000 to secure your interview slot 🙏 Inbox Goldline Travels & Recruitment Ltd for account details.',
  },
  {
    name: 'long formal advert, registration fee buried in the sixth paragraph',
    ad: {
      title: 'Registered Mental Health Nurse – International',
      employer: 'Apex Clinical Recruitment Ltd',
      description: [
        'Apex Clinical Recruitment Ltd is an established healthcare recruitment agency working with independent hospitals throughout England.',
        'Our client, a 120-bed independent mental health hospital in Nottingham, is seeking Registered Mental Health Nurses to join its acute and rehabilitation wards.',
        'The successful candidates will deliver evidence-based care, take charge of shifts and mentor junior staff and students.',
        'Salary £33,500 per annum, paid breaks, 33 days of annual leave and funded CPD.',
        'International candidates will be supported through the NMC registration process and the OSCE, with Skilled Worker visa sponsorship.',
        'Candidates must pay a non-refundable registration fee of £650 at the time of application to cover file processing.',
        'We look forward to hearing from you.',
      ].join('\n\n'),
    },
  },
  {
    name: "a fee label and a one-off amount with no colon",
    ad: "Care assistant jobs in the UK for Ugandans. Visa sponsorship and good pay. Registration UGX 600k only. WhatsApp Peter 0772 000 111.",
  },
  {
    name: "a CoS and visa package priced a few words after the label",
    ad: "Your UK carer visa, sorted! Medway Pathways Ltd has moved 200 carers from Lusaka. CoS + visa package just £3,900 (instalments accepted).",
  },
  {
    name: "a readiness course the candidate pays before the CoS",
    ad: {
      title: "Registered Nurses – UK Care Homes",
      employer: "Larchfield Nursing Ltd",
      description: "£37,500 per annum. Every candidate must first complete our OSCE preparation course with our partner academy (£1,200, payable before your Certificate of Sponsorship is assigned).",
    },
  },
  {
    name: "indirect: a priced package that includes job placement, no payer named",
    ad: {
      title: "Aged-Care Nurses – Australia",
      employer: "Southern Cross Nurse Placements Pty Ltd",
      description:
        "Aged-care nurses wanted in Queensland, AUD 82,000 a year with visa sponsorship. Our Nurse Launch Package costs AUD 4,200 and includes job placement with a partner home and visa lodgement.",
    },
  },
  {
    name: "indirect: a pathway with CoS and employer matching, payment plans available",
    ad: {
      title: "Senior Care Workers – UK",
      employer: "Bridgeway Care Pathways Ltd",
      description:
        "Senior care workers for homes in Kent, £12.50 per hour, Skilled Worker sponsorship. UK Carer Pathway £3,900 incl. your CoS and employer matching; payment plans available.",
    },
  },
  {
    name: "a pay verb, an amount and a recruitment object: send KSh … for CoS and processing",
    ad: "UK CARE JOBS!! Visa sponsorship, £25k/yr. Send KSh 400,000 for CoS and processing to our M-Pesa till. Kenyan carers welcome.",
  },
  {
    name: "an amount that covers the CoS and job placement, in instalments",
    ad: {
      title: "Healthcare Assistants – UK Care Homes",
      employer: "Goldfield Staffing Solutions Ltd",
      description:
        "Healthcare assistants for UK care homes, £12.21 per hour, visa sponsorship. ₦1,500,000 covers your CoS and job placement, payable in three instalments.",
    },
  },
  {
    name: "a deposit in rupees written with an abbreviation's full stop",
    ad: {
      title: "Staff Nurses – Gulf Hospitals",
      employer: "Crescent Manpower Consultants",
      description:
        "Nurses for Gulf hospitals, SAR 8,500 per month. Deposit Rs. 3,50,000 for visa processing before the interview.",
    },
  },
  {
    name: "a negation in an earlier clause does not cancel the demand to pay for a CoS",
    ad: "UK CARE JOBS. ATTENTION!!! Do not miss out, pay ₦500,000 for your CoS and placement today. Inbox Brightway Travels Ltd.",
  },
  {
    name: "a hook question followed by the fee",
    ad: "Want a UK care job fast? Registration fee £300 only, pay today to lock your slot. Carers needed for care homes in Kent. WhatsApp 0803 000 0000.",
  },
];

const EN_NEGATIVE: Case[] = [
  {
    name: 'no fees at any stage; we pay your visa and CoS',
    ad: {
      title: 'Registered Nurses – UK',
      employer: 'Elmfield Healthcare NHS Foundation Trust',
      description:
        'We recruit registered nurses with visa sponsorship, Band 5 £29,970. There are no fees at any stage. ' +
        'We pay your visa fee, your Certificate of Sponsorship and the Immigration Health Surcharge.',
    },
  },
  {
    name: 'list format: "What we cover" with CoS and visa fee',
    ad: {
      title: 'Healthcare Assistants – Scotland',
      employer: 'Northern Lights Care Homes Ltd',
      description:
        'Healthcare assistants for care homes in Aberdeen. £12.60 per hour. Visa sponsorship available.\n\n' +
        'What we cover:\n• CoS\n• Visa fee\n• Immigration Health Surcharge\n• Flights and two weeks\' accommodation\n\nApply with your CV.',
    },
  },
  {
    name: 'free of charge to candidates',
    ad: {
      title: 'Overseas Nurses – Visa Sponsorship',
      employer: 'Bluebell Healthcare Recruitment Ltd',
      description:
        'Our service is completely free of charge to candidates: the employer pays the recruitment fee, the CoS and the visa. ' +
        'Registered nurses, nursing homes in Kent, £30,000 per year.',
    },
  },
  {
    name: 'DBS check cost recovered from first pay',
    ad: {
      title: 'Support Worker – Learning Disabilities',
      employer: 'Brookside Support Services Ltd',
      description:
        'Support workers needed in Norwich, £12.00 per hour. The cost of your enhanced DBS check (£54.40) will be deducted from your first pay.',
    },
  },
  {
    name: 'money owed only on leaving early is repayment, not a fee',
    ad: {
      title: 'Staff Nurse – Relocation Package',
      employer: 'Kingsbury Hospitals NHS Trust',
      description:
        'Band 5 staff nurse, £29,970, visa sponsorship and relocation package provided. ' +
        'If you leave within 12 months you will be asked to repay the relocation costs of £2,000 on a pro rata basis.',
    },
  },
  {
    name: 'employer reimburses NMC registration and OSCE fees',
    ad: {
      title: 'Internationally Educated Nurse',
      employer: 'Meadowbank Hospitals NHS Trust',
      description:
        'We reimburse your NMC application fee (£153) and your OSCE fee (£794) in full, and we pay for your visa. Band 5, £29,970.',
    },
  },
  {
    name: "a pre-registration salary written right after the word registration",
    ad: {
      title: "Registered Nurses – Medical Wards",
      employer: "Eastleigh General NHS Trust",
      description: "Salary: £29,970 – £36,483 (Band 5), pre-registration £26,530 (Band 4) until your NMC PIN arrives. Our international nurses complete a funded OSCE programme.",
    },
  },
  {
    name: "a tenancy deposit the employer lends towards",
    ad: {
      title: "Staff Nurse – Critical Care",
      employer: "Fenland University Hospitals NHS Foundation Trust",
      description: "Band 5, £29,970 – £36,483. £1,000 welcome payment and up to £2,500 loan to help with a deposit or first month’s rent, subject to eligibility.",
    },
  },
  {
    name: "an agency name that ends in a fee word, above the salary line",
    ad: "PFLEGE IN ÖSTERREICH\nAlpenland Pflege Vermittlung\n3.000 € – 3.400 € brutto. Deutschkurs inklusive. Alle Kosten trägt der Arbeitgeber.",
  },
  {
    name: "an employer's relocation package worth a sum, with visa and CoS",
    ad: {
      title: "Staff Nurse – Medical Wards",
      employer: "Ashdown Valley NHS Foundation Trust",
      description:
        "Band 5, £29,970, visa sponsorship. Relocation package worth £6,000 includes your visa, CoS and flights.",
    },
  },
  {
    name: "a competitive salary package that includes a ward placement",
    ad: {
      title: "Registered Nurse – ICU",
      employer: "Harrowgate Private Hospital",
      description:
        "A competitive package of £34,000 plus benefits, including a placement in our intensive care unit.",
    },
  },
  {
    name: "no placement fee and no package to buy",
    ad: {
      title: "Care Assistants – Visa Sponsorship",
      employer: "Oakmere Care Homes Ltd",
      description:
        "Care assistants, £12.40 per hour, visa sponsorship. No placement fee and no package to buy: we pay your CoS and visa.",
    },
  },
  {
    name: "the employer covers the programme fee",
    ad: {
      title: "Registered Nurses – OSCE Programme",
      employer: "Westbrook Hospitals NHS Trust",
      description:
        "Registered nurses, Band 5 £29,970, visa sponsorship. We cover the programme fee (£1,400) for the OSCE preparation course.",
    },
  },
  {
    name: "a course fee the employer reimburses",
    ad: {
      title: "Registered Nurse – Surgery",
      employer: "Kestrel Healthcare Group",
      description:
        "Registered nurse, £30,000, visa sponsorship. The course fee (£900) is reimbursed by the employer after your first six months.",
    },
  },
  {
    name: "university tuition fees with a payment plan, not recruitment",
    ad: {
      title: "BSc (Hons) Adult Nursing",
      employer: "Northbridge University School of Nursing",
      description:
        "BSc (Hons) Adult Nursing at our university. Tuition fees £9,250 per year, payment plans available. Student nurses complete placements in local hospitals.",
    },
  },
  {
    name: "a DBS admin fee recovered from salary",
    ad: {
      title: "Support Worker",
      employer: "Riverside Support Services Ltd",
      description:
        "Support worker, £12.10 per hour. The DBS admin fee of £54 is recovered from your first salary.",
    },
  },
  {
    name: "payment plans for an optional English course not tied to the job",
    ad: {
      title: "Registered Nurses – International",
      employer: "Ferncliffe Hospitals NHS Trust",
      description:
        "Registered nurses, £29,970, visa sponsorship. Payment plans are available for your own optional English course (£550), which is not required for the job.",
    },
  },
  {
    name: "a relocation clawback repaid in instalments on leaving early",
    ad: {
      title: "Staff Nurse – Relocation Package",
      employer: "Millbrook Hospitals NHS Trust",
      description:
        "Staff nurse, £29,970, visa sponsorship and a relocation package of £3,000. If you leave within 12 months you repay the relocation package in three instalments.",
    },
  },
  {
    name: "a warning against agents who ask for money for a CoS",
    ad: {
      title: "Care Assistants – Visa Sponsorship",
      employer: "Hollybank Care Homes Ltd",
      description:
        "Care assistants, £12 per hour, visa sponsorship. Beware of agents who ask you to pay ₦2,000,000 for a CoS or a placement: we never charge candidates.",
    },
  },
  {
    name: "the employer pays an amount for the visa and CoS",
    ad: {
      title: "Staff Nurse – Visa Sponsorship",
      employer: "Greystone Hospitals NHS Trust",
      description:
        "Staff nurse, £29,970, visa sponsorship. The Trust will pay £2,500 for your visa and CoS.",
    },
  },
  {
    name: "a pay package with a recruitment and retention premium",
    ad: {
      title: "Specialty Doctor in Psychiatry",
      employer: "Eastmoor Healthcare NHS Foundation Trust",
      description:
        "Permanent - 40 hours per week\nPackage including Recruitment & Retention Premium - £117,809\nJoin our forensic directorate.",
    },
  },
  {
    name: "an hourly pay rate for clinical placements",
    ad: {
      title: "Healthcare Assistant",
      employer: "Leeds Staff Bank",
      description:
        "Healthcare assistant. Pay £12.50 per hour for placements in Leeds hospitals.",
    },
  },
  {
    name: "an FAQ question about a fee answered no",
    ad: {
      title: "International Nurses – FAQ",
      employer: "Harrowgate Health NHS Trust",
      description: "Do I have to pay a registration fee of £300 to apply? No. We never charge candidates, and we pay your visa and flights. Band 5, £29,970.",
    },
  },
];

const FR_POSITIVE: Case[] = [
  {
    name: 'frais de dossier à la charge du candidat',
    ad: {
      title: 'Infirmiers pour la France',
      employer: 'Cabinet Horizon Santé Recrutement',
      description:
        'Nous plaçons des infirmiers diplômés dans des cliniques en France, salaire 2 100 € brut par mois, visa accompagné. ' +
        'Frais de dossier : 450 € à la charge du candidat.',
    },
  },
  {
    name: 'caution remboursable à la signature du contrat de placement',
    ad: {
      title: 'Aides-soignants pour le Canada',
      employer: 'Agence Nord-Sud Placement',
      description:
        'Aides-soignants recherchés pour des résidences au Québec, 22 $ de l\'heure. ' +
        'Une caution remboursable de 1 000 € est demandée au candidat à la signature du contrat de placement.',
    },
  },
  {
    name: 'frais de visa et de placement à la charge du candidat',
    ad: {
      title: 'Infirmiers pour la Belgique',
      employer: 'Agence EuroSoins Conseil',
      description:
        'Infirmiers pour des hôpitaux en Belgique, 2 600 € brut par mois. Les frais de visa et de placement (2 500 €) sont à la charge du candidat.',
    },
  },
  {
    name: 'frais d\'inscription en FCFA avant l\'entretien',
    ad:
      'RECRUTEMENT INFIRMIERS ET SAGES-FEMMES POUR L\'EUROPE !!! Visa + billet + logement. Salaire 2 000 €/mois. ' +
      'Frais d\'inscription : 150 000 FCFA à verser avant l\'entretien. Cabinet Avenir Santé International.',
  },
  {
    name: "pack payant avec placement et visa, réglable en plusieurs fois",
    ad: {
      title: "Infirmiers pour la Suisse",
      employer: "Alpes Santé Carrières Sàrl",
      description:
        "Infirmiers pour la Suisse, 5 800 CHF brut par mois. Pack réussite 3 200 € (placement et visa inclus), réglable par le candidat en plusieurs fois.",
    },
  },
  {
    name: "versez une somme pour le dossier et le placement",
    ad: "Aides-soignants pour le Canada, 24 $ de l'heure. Versez 750 000 FCFA pour le traitement du dossier et le placement. Cabinet Étoile Recrutement.",
  },
  {
    name: "un parcours payant qui comprend la mise en relation",
    ad: {
      title: "Infirmiers pour la France",
      employer: "Passerelle Soins Conseil",
      description:
        "Infirmiers pour la France, 2 100 € brut par mois. Le parcours Infirmier France coûte 2 800 € et comprend la mise en relation avec l'employeur.",
    },
  },
];

const FR_NEGATIVE: Case[] = [
  {
    name: 'frais pris en charge par l\'employeur',
    ad: {
      title: 'Infirmiers pour la France',
      employer: 'Clinique du Parc',
      description:
        'Infirmiers diplômés pour notre clinique à Lyon, 2 200 € brut par mois. Tous les frais (visa, billet, logement du premier mois) sont pris en charge par l\'employeur.',
    },
  },
  {
    name: 'aucun frais demandé aux candidats',
    ad: {
      title: 'Aides-soignants – EHPAD',
      employer: 'Résidence Les Tilleuls',
      description:
        'Aides-soignants pour notre EHPAD à Nantes, 1 900 € brut, visa accompagné. Aucun frais ne sera demandé aux candidats, à aucune étape du recrutement.',
    },
  },
  {
    name: 'recrutement gratuit pour les candidats (liste)',
    ad: {
      title: 'Infirmiers pour la Belgique',
      employer: 'Agence EuroSoins Conseil',
      description:
        'Infirmiers pour des hôpitaux en Belgique, 2 600 € brut par mois.\n\nCe que nous prenons en charge :\n• frais de visa\n• billet d\'avion\n• frais de reconnaissance du diplôme\n\nRecrutement gratuit pour les candidats.',
    },
  },
  {
    name: "pack pris en charge par l'employeur",
    ad: {
      title: "Infirmiers pour la Suisse",
      employer: "Clinique des Alpes SA",
      description:
        "Infirmiers pour la Suisse, 5 800 CHF brut par mois. Nous prenons en charge le pack réussite (3 200 €, placement et visa inclus).",
    },
  },
  {
    name: "mise en garde contre les arnaques",
    ad: {
      title: "Infirmiers pour la France",
      employer: "Hôpital Privé du Littoral",
      description:
        "Infirmiers pour la France, 2 000 € brut par mois. Attention aux arnaques : ne versez jamais 500 000 FCFA pour un placement.",
    },
  },
  {
    name: "package salarial avec placement en CHSLD",
    ad: {
      title: "Infirmiers pour le Québec",
      employer: "CISSS des Laurentides",
      description:
        "Infirmiers pour le Québec, 30 $ de l'heure. Package salarial de 62 000 $ par an, placement en CHSLD inclus.",
    },
  },
];

const PT_POSITIVE: Case[] = [
  {
    name: 'taxa de inscrição paga pelo candidato',
    ad: {
      title: 'Enfermeiros para Portugal',
      employer: 'Lusocare Recrutamento Lda',
      description:
        'Enfermeiros para hospitais privados em Lisboa, 1 400 € por mês, apoio no visto. Taxa de inscrição de 200 € paga pelo candidato.',
    },
  },
  {
    name: 'o candidato suporta os custos do processo',
    ad: {
      title: 'Cuidadores para o Reino Unido',
      employer: 'Agência Atlântida Recrutamento',
      description:
        'Cuidadores para lares no Reino Unido, £12 por hora, com patrocínio de visto. O candidato suporta os custos do processo de recrutamento, no valor de 1 500 €.',
    },
  },
  {
    name: 'caução reembolsável para garantir a vaga',
    ad: {
      title: 'Enfermeiros para a Alemanha',
      employer: 'Agência Global Saúde Recrutamento',
      description:
        'Enfermeiros para hospitais na Alemanha, 2 800 € brutos por mês. É pedida ao candidato uma caução reembolsável de 800 € para garantir a vaga.',
    },
  },
  {
    name: 'taxa de colocação a pagar antes da partida',
    ad:
      '🇵🇹✈️🇬🇧 VAGAS PARA TÉCNICOS DE ENFERMAGEM NO REINO UNIDO!! Salário £26.000/ano. ' +
      'Taxa de colocação: 1.200 € a pagar pelo candidato antes da partida. Agência Horizonte Recrutamento Lda.',
  },
  {
    name: "programa de colocação pago pelo candidato",
    ad: {
      title: "Enfermeiros para o Reino Unido",
      employer: "Ponte Atlântica Recrutamento Lda",
      description:
        "Enfermeiros para o Reino Unido, £29.000 por ano, com patrocínio de visto. Programa de colocação 3.200 € pago pelo candidato.",
    },
  },
  {
    name: "pacote com oferta de emprego, parcelado",
    ad: {
      title: "Técnicos de enfermagem para a Irlanda",
      employer: "Verde Mar Carreiras",
      description:
        "Técnicos de enfermagem para a Irlanda, 2 400 € por mês. Pacote Irlanda 4.000 € com oferta de emprego e visto, parcelado em 5 vezes.",
    },
  },
  {
    name: "pague um valor pela colocação",
    ad: {
      title: "Enfermeiros para a Alemanha",
      employer: "Rota Europa Recrutamento",
      description:
        "Enfermeiros para a Alemanha, 2 900 € brutos. Pague 2.500 € pela colocação e pelo processo de visto.",
    },
  },
];

const PT_NEGATIVE: Case[] = [
  {
    name: 'sem custos para o candidato',
    ad: {
      title: 'Enfermeiros para Portugal',
      employer: 'Grupo Saúde Tejo',
      description:
        'Enfermeiros para os nossos hospitais em Lisboa, 1 400 € por mês, visto e alojamento incluídos. Processo sem custos para o candidato.',
    },
  },
  {
    name: 'despesas suportadas pela entidade empregadora',
    ad: {
      title: 'Cuidadores para lares em Portugal',
      employer: 'Grupo Sénior Atlântico',
      description:
        'Cuidadores para os nossos lares no Algarve, 900 € por mês. Todas as despesas de visto, viagem e taxas de reconhecimento são suportadas pela entidade empregadora.',
    },
  },
  {
    name: 'processo totalmente gratuito',
    ad: {
      title: 'Enfermeiros para o Reino Unido',
      employer: 'Agência Global Saúde Recrutamento',
      description:
        'Enfermeiros para hospitais do NHS, £29.970 por ano, com patrocínio de visto. O processo de recrutamento é totalmente gratuito: não cobramos qualquer taxa.',
    },
  },
  {
    name: "pacote de boas-vindas oferecido pela empresa",
    ad: {
      title: "Enfermeiros para Portugal",
      employer: "Grupo Hospitalar Lusitano",
      description:
        "Enfermeiros para Portugal, 1 500 € por mês. Pacote de boas-vindas de 2.000 € que inclui visto e colocação, oferecido pela empresa.",
    },
  },
  {
    name: "programa de colocação pago pelo empregador",
    ad: {
      title: "Enfermeiros para o Reino Unido",
      employer: "Ponte Atlântica Recrutamento Lda",
      description:
        "Enfermeiros para o Reino Unido, £29.000 por ano. O programa de colocação (3.500 €) é pago pelo empregador.",
    },
  },
  {
    name: "aviso: nunca pague pela colocação",
    ad: {
      title: "Enfermeiros para o Reino Unido",
      employer: "Saúde Global Recrutamento",
      description:
        "Enfermeiros para o Reino Unido, £29.000 por ano. Nunca pague 3.000 € pela colocação: o processo é gratuito.",
    },
  },
];

const OTHER_POSITIVE: Case[] = [
  {
    name: 'ES: cuota de inscripción a cargo del candidato',
    ad: {
      title: 'Enfermeras para Alemania',
      employer: 'Agencia Salud Europa',
      description:
        'Enfermeras para hospitales en Alemania, 2 800 € brutos al mes. Cuota de inscripción de 300 € a cargo del candidato.',
    },
  },
  {
    name: 'DE: Vermittlungsgebühr vom Bewerber zu zahlen',
    ad: {
      title: 'Pflegefachkräfte (m/w/d) für Deutschland',
      employer: 'Medicus Personalservice GmbH',
      description:
        'Pflegefachkräfte für Kliniken in Bayern, 3.100 € brutto im Monat. Die Vermittlungsgebühr von 1.500 € ist vom Bewerber zu zahlen.',
    },
  },
  {
    name: "ES: costo del trámite en cuotas",
    ad: {
      title: "Enfermeras para Alemania",
      employer: "Puente Salud Consultores",
      description:
        "Enfermeras para Alemania, 2 800 € brutos al mes. Costo del trámite: 2.400 USD, en cuotas.",
    },
  },
  {
    name: "ES: programa de colocación con oferta de empleo",
    ad: {
      title: "Enfermeras para Irlanda",
      employer: "Camino Verde Empleo",
      description:
        "Enfermeras para Irlanda, 2 600 € al mes. El programa de colocación cuesta 3.000 € e incluye oferta de empleo y visado.",
    },
  },
  {
    name: "DE: Programmgebühr inklusive Vermittlung",
    ad: {
      title: "Pflegefachkräfte (m/w/d) für Bayern",
      employer: "Brücke Pflege Consulting GmbH",
      description:
        "Pflegefachkräfte für Kliniken in Bayern, 3.100 € brutto im Monat. Programmgebühr 3.400 € inkl. Vermittlung.",
    },
  },
  {
    name: "DE: Zahlen Sie für die Vermittlung",
    ad: {
      title: "Pflegekräfte (m/w/d) für Deutschland",
      employer: "Weg nach Europa Personal GmbH",
      description:
        "Pflegekräfte für Deutschland, 3.100 € brutto im Monat. Zahlen Sie 2.000 € für die Vermittlung.",
    },
  },
  {
    name: "DE: Karrierepaket mit Stellenvermittlung, in Raten",
    ad: {
      title: "Pflegekräfte (m/w/d) für Österreich",
      employer: "Alpenbrücke Karriere GmbH",
      description:
        "Pflegekräfte für Österreich, 2.900 € brutto. Das Karrierepaket kostet 2.700 € und umfasst Stellenvermittlung und Visumsantrag, zahlbar in Raten.",
    },
  },
];

const OTHER_NEGATIVE: Case[] = [
  {
    name: 'ES: sin coste alguno para el candidato',
    ad: {
      title: 'Enfermeras para Alemania',
      employer: 'Agencia Salud Europa',
      description:
        'Enfermeras para hospitales en Alemania, 2 800 € brutos al mes. Proceso sin coste alguno para el candidato; el empleador paga el visado.',
    },
  },
  {
    name: 'DE: für Bewerber kostenfrei',
    ad: {
      title: 'Pflegefachkräfte (m/w/d) für Deutschland',
      employer: 'Medicus Personalservice GmbH',
      description:
        'Pflegefachkräfte für Kliniken in Bayern, 3.100 € brutto im Monat. Die Vermittlung ist für Bewerber kostenfrei.',
    },
  },
  {
    name: "ES: el trámite lo cubre la empresa",
    ad: {
      title: "Enfermeras para Alemania",
      employer: "Clínica Sonnenhof GmbH",
      description:
        "Enfermeras para Alemania, 2 800 € brutos al mes. El costo del trámite (2.500 USD) lo cubre la empresa.",
    },
  },
  {
    name: "ES: paquete de reubicación ofrecido por el empleador",
    ad: {
      title: "Enfermeras para Alemania",
      employer: "Klinikum Nordheide",
      description:
        "Enfermeras para Alemania, 2 800 € al mes. Le ofrecemos un paquete de reubicación de 3.000 € que incluye visado y colocación.",
    },
  },
  {
    name: "DE: Programmgebühr übernimmt der Arbeitgeber",
    ad: {
      title: "Pflegefachkräfte (m/w/d) für Bayern",
      employer: "Klinikum Oberland",
      description:
        "Pflegefachkräfte für Bayern, 3.100 € brutto im Monat. Die Programmgebühr von 3.500 € inkl. Vermittlung übernimmt der Arbeitgeber.",
    },
  },
  {
    name: "DE: Willkommenspaket im Wert von",
    ad: {
      title: "Pflegekräfte (m/w/d) für Deutschland",
      employer: "Klinikum Rheinblick",
      description:
        "Pflegekräfte für Deutschland, 3.100 € brutto. Unser Willkommenspaket im Wert von 2.000 € umfasst Visum und Vermittlung.",
    },
  },
];

function positive(c: Case) {
  expectFires(c.ad, RULE, 'serious');
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

  it('DBS recovery is neither a fee nor a repayment clause', () => {
    const analysis = expectQuiet(EN_NEGATIVE[3]!.ad, RULE);
    expect(rulesOf(analysis), summary(analysis)).not.toContain('repayment-clause');
  });
  it('a relocation clawback on leaving early is a repayment clause', () => {
    const analysis = expectQuiet(EN_NEGATIVE[4]!.ad, RULE);
    expect(rulesOf(analysis), summary(analysis)).toContain('repayment-clause');
  });
  it('a relocation clawback repaid in instalments is a repayment clause, not a fee', () => {
    const clawback = EN_NEGATIVE.find((c) => c.name === 'a relocation clawback repaid in instalments on leaving early')!;
    const analysis = expectQuiet(clawback.ad, RULE);
    expect(rulesOf(analysis), summary(analysis)).toContain('repayment-clause');
  });
  it('a priced package shows the package and its price as evidence', () => {
    const analysis = expectFires(EN_POSITIVE.find((c) => c.name.startsWith('indirect: a priced package'))!.ad, RULE, 'serious');
    const evidence = analysis.findings.find((f) => f.rule === RULE)!.evidence.map((e) => e.text).join(' | ');
    expect(evidence).toContain('AUD 4,200');
  });
  it('fees on a non-health ad give no finding', () => {
    const analysis = run({
      title: 'Hotel Housekeeping Staff – UK',
      employer: 'Grandview Hotels Ltd',
      description: 'Housekeepers for hotels in London, £11.50 per hour, visa sponsorship. A processing fee of £1,500 is payable by the candidate.',
    });
    expect(analysis.health, summary(analysis)).toBe(false);
    expect(analysis.findings).toEqual([]);
  });
});
