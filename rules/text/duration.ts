// Durations in ad text (36 months, 3 years, 3-year, trois ans, 4 anos, 3 Jahre, dos años), in months.

export interface Duration {
  start: number;
  end: number;
  months: number;
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, eighteen: 18,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, douze: 12,
  um: 1, uma: 1, dois: 2, duas: 2, tres: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10, doze: 12,
  uno: 1, dos: 2, cuatro: 4, siete: 7, ocho: 8, diez: 10,
  ein: 1, eine: 1, einem: 1, einen: 1, einer: 1, zwei: 2, drei: 3, vier: 4, funf: 5, sechs: 6, sieben: 7, acht: 8, zehn: 10, zwolf: 12,
  first: 1, premiere: 1, premier: 1, primeiro: 1, primeira: 1, primer: 1, erste: 1, ersten: 1,
  second: 2, deuxieme: 2, segundo: 2, zweite: 2, third: 3, troisieme: 3, terceiro: 3, tercer: 3, dritte: 3,
};
const YEAR_UNITS = /^(?:years?|yrs?|ans?|annees?|anos?|jahre?n?|anos|ano)$/;
const NUMBER_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${['\\d{1,3}', ...Object.keys(WORD_NUMBERS).sort((a, b) => b.length - a.length)].join('|')})[\\s-]{0,3}$`,
  'u',
);
// The unit first (rare in text), then the number just before it.
const UNIT = /(?<![\p{L}])(years?|yrs?|months?|mths?|ans?|annees?|mois|anos?|meses|jahre?n?|monate?n?|mo)(?![\p{L}])/gu;

/** Every duration in the folded text. */
export function findDurations(folded: string): Duration[] {
  const found: Duration[] = [];
  for (const m of folded.matchAll(UNIT)) {
    const number = NUMBER_BEFORE.exec(folded.slice(Math.max(0, m.index - 24), m.index));
    if (!number) continue;
    const raw = number[1]!;
    const n = /^\d/.test(raw) ? Number(raw) : WORD_NUMBERS[raw] ?? 0;
    if (!n) continue;
    const months = YEAR_UNITS.test(m[1]!) ? n * 12 : n;
    found.push({ start: m.index - number[0].length, end: m.index + m[0].length, months });
  }
  return found;
}
