import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../rules/detect/language';
import { fold } from '../../../rules/text/fold';
import { tokenize } from '../../../rules/text/tokens';

const lang = (text: string, declared?: string) => detectLanguage(tokenize(fold(text)), declared);

describe('language of an ad', () => {
  it.each([
    ['Staff nurse for our ward in Leeds. You will work with a friendly team.', 'en'],
    ['Infirmier(e) pour notre service de nuit. Vous avez un diplôme d’État ? Postulez chez nous.', 'fr'],
    ['Enfermeiro(a) para lar de idosos em Lisboa. Procuramos pessoas com experiência, você também?', 'pt'],
    ['Enfermera para residencia de mayores en Madrid. Buscamos personas con experiencia y un buen trato.', 'es'],
    ['Lkw-Fahrer (m/w/d) aus Usbekistan gesucht – nur noch 3 Plätze!', 'de'],
    ['Pflegefachkraft für unser Team auf Station 4, auch in Teilzeit.', 'de'],
  ])('%s → %s', (text, expected) => {
    expect(lang(text)).toBe(expected);
  });

  it('takes the language the page declares over its own guess', () => {
    expect(lang('Staff nurse for our ward in Leeds.', 'fr-FR')).toBe('fr');
  });

  it('falls back to English when nothing tells', () => {
    expect(lang('RN BSN ICU 12h')).toBe('en');
  });
});
