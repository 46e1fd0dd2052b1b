// A few ads to try in the checker, written by the project (not real adverts): different problems,
// different languages, and one clean ad so people see what "no concern found" looks like.

export interface CheckerExample {
  id: string;
  /** Language of the ad itself (the example labels are in the UI catalogs: example_<id>). */
  lang: 'en' | 'fr' | 'pt';
  text: string;
}

export const CHECKER_EXAMPLES: CheckerExample[] = [
  {
    id: 'uk_targeting',
    lang: 'en',
    text: `Registered Nurses – Overseas Recruitment (UK)
Harbour Vale Healthcare Ltd

We are recruiting experienced nurses from Nigeria and Ghana for NHS partner hospitals in Birmingham, United Kingdom.
Interviews in Lagos, Abuja and Accra in June.
Band 5 salary: £29,970 – £36,483 after NMC registration.
A registration fee of ₦150,000 is payable by candidates before the interview.
Send your CV on WhatsApp only: +234 810 555 0192. Limited places – apply today!`,
  },
  {
    id: 'repayment',
    lang: 'en',
    text: `Senior Care Assistant – Residential Care Home, Leeds, UK
Northgate Care Group

We welcome applications from experienced carers worldwide. Visa sponsorship available.
Salary: £12.60 per hour, 40 hours a week.
Contract: 5-year commitment. If you resign within 60 months you must repay all relocation and visa costs (up to £14,000) plus 10% interest.
Your passport will be kept at the company office for safekeeping during your first year.`,
  },
  {
    id: 'fr_cameroon',
    lang: 'fr',
    text: `Infirmiers diplômés d'État (H/F) – EHPAD en Île-de-France, France
Horizon Santé Placement

Nous recrutons des infirmiers camerounais : entretiens à Douala et Yaoundé en septembre.
Frais de dossier : 250 000 FCFA à régler avant l'entretien.
Salaire : 2 300 € brut par mois. Logement fourni.
Contact uniquement par WhatsApp.`,
  },
  {
    id: 'pt_angola',
    lang: 'pt',
    text: `Enfermeiros (m/f) para hospitais privados em Lisboa, Portugal
Atlântico Recrutamento Internacional

Procuramos enfermeiros angolanos com experiência. Entrevistas em Luanda.
Taxa de inscrição: 150 000 Kz, paga pelo candidato.
Salário: 1 400 € – 1 700 € por mês.
Contrato de 3 anos; em caso de saída antecipada, o enfermeiro deve reembolsar os custos da viagem.`,
  },
  {
    id: 'clean_nhs',
    lang: 'en',
    text: `Staff Nurse – Acute Medicine (Band 5)
Riverside University Hospitals NHS Foundation Trust, Sheffield, United Kingdom

We are looking for a registered nurse to join our acute medical unit. You will work as part of a friendly multidisciplinary team and receive a structured 12-week preceptorship with protected learning time.
Salary: £29,970 – £36,483 a year, pro rata, plus unsocial hours enhancements.
Applicants must hold current NMC registration. We welcome applications from nurses already living in the UK and from overseas; we never charge candidates any fee, and we pay visa, flights and the first month's accommodation.
Apply through NHS Jobs. For an informal discussion contact the ward manager, Jane Doe, on 0114 555 0100 or jane.doe@riverside.nhs.example.`,
  },
];
