import { describe, expect, it } from 'vitest';
import { fold } from '../../../rules/text/fold';
import { PhraseMatcher } from '../../../rules/text/matcher';
import { compilePhrase } from '../../../rules/text/phrase';
import { tokenize } from '../../../rules/text/tokens';

const scan = (m: PhraseMatcher, text: string) => m.scan(tokenize(fold(text))).map((h) => [h.concept, text.slice(h.start, h.end)]);

describe('fold', () => {
  it('lower-cases and strips accents without changing any offset', () => {
    const text = 'Infirmiers NIGÉRIANS – “Frais” d’İnscription ẞ Æ';
    const folded = fold(text);
    expect(folded.length).toBe(text.length);
    expect(folded.startsWith('infirmiers nigerians - "frais" d\'')).toBe(true);
  });
});

describe('tokenize', () => {
  it('splits words, keeps % and &, and marks sentence breaks (not in 3.500)', () => {
    const tokens = tokenize(fold('Fee: 3.500 €. No IELTS! 100% ok\nNext'));
    expect(tokens.map((t) => t.text)).toEqual(['fee', '3', '500', 'no', 'ielts', '100', '%', 'ok', 'next']);
    expect(tokens.filter((t) => t.breakBefore).map((t) => t.text)).toEqual(['fee', 'no', '100', 'next']);
  });

  it('never breaks on lone surrogates', () => {
    expect(() => tokenize('\udc00 a \ud800')).not.toThrow();
  });
});

describe('phrases', () => {
  it('expands alternatives, optional groups, prefixes and gaps', () => {
    expect(compilePhrase('(registration|processing) fee(s)?').length).toBe(4);
    expect(compilePhrase('only _ slots')[0]!.map((t) => t.any)).toEqual([false, true, false]);
    expect(compilePhrase('recrut*')[0]![0]).toMatchObject({ text: 'recrut', prefix: true });
  });

  it('rejects malformed phrases', () => {
    expect(() => compilePhrase('(unclosed')).toThrow();
    expect(() => compilePhrase('_ starts with a gap')).toThrow();
    expect(() => compilePhrase('ab*')).toThrow();
  });
});

describe('PhraseMatcher', () => {
  const m = new PhraseMatcher();
  m.add('fee', '(registration|processing) fee');
  m.add('fee', 'frais de dossier');
  m.add('recruit', 'recrut*');
  m.add('slots', 'only _ slots');
  m.add('word', 'fee');

  it('reports overlapping matches of every concept in one pass, longest first at a start', () => {
    expect(scan(m, 'Registration fee and FRAIS DE DOSSIER. Recrutement, only 15 slots')).toEqual([
      ['fee', 'Registration fee'],
      ['word', 'fee'],
      ['fee', 'FRAIS DE DOSSIER'],
      ['recruit', 'Recrutement'],
      ['slots', 'only 15 slots'],
    ]);
  });

  it('never matches across a sentence break', () => {
    expect(scan(m, 'Registration. Fee')).toEqual([['word', 'Fee']]);
  });
});
