// npm run --silent check -- [--json] [--url URL] [--lang en|fr|pt] FILE…
// Checks job ads from files and folders against the rules. Contract: DESIGN.md.

import { analyze } from '../rules/analyze';
import { RULES_VERSION } from '../rules/data/index';
import { cliTranslator } from './cli/translate';
import { expandPath, InputError, readFileAds, SUPPORTED } from './cli/inputs';
import { toJson, toText, type CheckedAd } from './cli/report';
import { isLocale } from '../components/i18n/translate';

const USAGE = `Usage: npm run --silent check -- [--json] [--url URL] [--lang en|fr|pt] FILE|FOLDER…
Reads ${SUPPORTED.join(', ')} files (a folder: every such file inside). Rules version ${RULES_VERSION}.`;

interface Options {
  json: boolean;
  url?: string;
  lang: string;
  paths: string[];
}

function parseArgs(argv: string[]): Options | string {
  const options: Options = { json: false, lang: 'en', paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--url' || arg === '--lang') {
      const value = argv[++i];
      if (!value) return `${arg} needs a value`;
      if (arg === '--url') options.url = value;
      else options.lang = value;
    } else if (arg === '--help' || arg === '-h') return '';
    else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else options.paths.push(arg);
  }
  if (!options.paths.length) return 'no file given';
  if (!isLocale(options.lang)) return `unsupported language "${options.lang}" (en, fr or pt)`;
  return options;
}

function main(): number {
  const options = parseArgs(process.argv.slice(2));
  if (typeof options === 'string') {
    if (options) process.stderr.write(`recruit-lens: ${options}\n`);
    process.stderr.write(`${USAGE}\n`);
    return options ? 2 : 0;
  }
  const checked: CheckedAd[] = [];
  let failed = 0;
  for (const path of options.paths) {
    const files = expandPath(path);
    if (!files.length) process.stderr.write(`recruit-lens: ${path}: no supported files in this folder\n`);
    for (const file of files) {
      try {
        for (const { source, ad } of readFileAds(file, options.url)) checked.push({ source, ad, analysis: analyze(ad) });
      } catch (error) {
        failed++;
        const reason = error instanceof InputError ? error.message : `could not be checked (${(error as Error).message})`;
        process.stderr.write(`recruit-lens: ${file}: ${reason.replace(/\s+/g, ' ').trim()}\n`);
      }
    }
  }
  const locale = isLocale(options.lang) ? options.lang : 'en';
  process.stdout.write(options.json ? `${toJson(checked)}\n` : toText(checked, cliTranslator(locale), locale));
  return failed ? 1 : 0;
}

process.exitCode = main();
