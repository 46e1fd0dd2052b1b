// Country names and codes as boards and structured data write them → ISO 3166-1 alpha-2.
// Deliberately small: the rules data owns the full multilingual country list; this only turns
// obvious structured values ("GB", "United Kingdom", "USA") into codes. Unknown → undefined.

const NAMES: Record<string, string> = {};

function add(code: string, names: string): void {
  for (const name of names.split('|')) NAMES[name] = code;
}

add('GB', 'united kingdom|uk|u.k.|great britain|britain|england|scotland|wales|northern ireland|gbr|united kingdom of great britain and northern ireland');
add('IE', 'ireland|republic of ireland|éire|eire|irl');
add('US', 'united states|united states of america|usa|u.s.a.|u.s.|america');
add('CA', 'canada|can');
add('AU', 'australia|aus');
add('NZ', 'new zealand|aotearoa|nzl');
add('DE', 'germany|deutschland|allemagne|alemanha|deu');
add('FR', 'france|fra');
add('BE', 'belgium|belgique|belgië|bélgica');
add('NL', 'netherlands|the netherlands|nederland|holland');
add('LU', 'luxembourg');
add('CH', 'switzerland|suisse|schweiz|svizzera');
add('AT', 'austria|österreich');
add('PT', 'portugal|prt');
add('ES', 'spain|españa|espagne|espanha|esp');
add('IT', 'italy|italia|italie|itália');
add('SE', 'sweden|sverige');
add('NO', 'norway|norge');
add('DK', 'denmark|danmark');
add('FI', 'finland|suomi');
add('PL', 'poland|polska');
add('MT', 'malta');
add('CY', 'cyprus');
add('GR', 'greece');
add('SA', 'saudi arabia|kingdom of saudi arabia|ksa|arabie saoudite|arábia saudita');
add('AE', 'united arab emirates|uae|u.a.e.|emirats arabes unis|emirados árabes unidos');
add('QA', 'qatar');
add('KW', 'kuwait');
add('OM', 'oman');
add('BH', 'bahrain');
add('SG', 'singapore');
add('JP', 'japan');
add('BR', 'brazil|brasil|brésil');
add('NG', 'nigeria|nigéria');
add('GH', 'ghana');
add('KE', 'kenya|quénia');
add('ZA', 'south africa');
add('ZW', 'zimbabwe');
add('IN', 'india|inde|índia');
add('PK', 'pakistan|paquistão');
add('PH', 'philippines|filipinas');
add('NP', 'nepal|népal');
add('BG', 'bulgaria');
add('RO', 'romania');

const ALIAS_CODES: Record<string, string> = { UK: 'GB', EL: 'GR' };

/** ISO alpha-2 for a structured country value: a code, a common name, or {name}/{identifier}. */
export function countryCode(value: unknown): string | undefined {
  if (typeof value === 'string') return codeFromString(value);
  if (Array.isArray(value)) {
    const codes = new Set(value.map(countryCode).filter((c): c is string => c !== undefined));
    return codes.size === 1 ? [...codes][0] : undefined;
  }
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return countryCode(obj['identifier']) ?? countryCode(obj['name']) ?? countryCode(obj['@value']);
  }
  return undefined;
}

function codeFromString(raw: string): string | undefined {
  const text = raw.trim();
  if (/^[A-Za-z]{2}$/.test(text)) {
    const upper = text.toUpperCase();
    return ALIAS_CODES[upper] ?? upper;
  }
  return NAMES[text.toLowerCase().replace(/\s+/g, ' ')];
}

/**
 * Country named at the end of a board's location text ("Dublin, County Dublin, Ireland",
 * "Birmingham, England, United Kingdom (On-site)"). Bare two-letter endings are not trusted here:
 * "Atlanta, GA" is Georgia, not Gabon.
 */
export function countryFromLocationText(location: string | undefined): string | undefined {
  if (!location) return undefined;
  const withoutNote = location.replace(/\([^()]*\)/g, ' ');
  const parts = withoutNote.split(/[,·|]/);
  const last = parts[parts.length - 1]?.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!last || (last.length < 3 && last !== 'uk')) return undefined;
  return NAMES[last];
}
