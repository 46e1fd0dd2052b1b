import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../../boards/entities';
import { htmlToText } from '../../../boards/html-text';

describe('htmlToText', () => {
  it('decodes named, decimal and hex entities', () => {
    expect(htmlToText('Fish &amp; chips &lt;3 &eacute;t&eacute; &#233;t&#xE9; &euro;1&nbsp;500 &rsquo;')).toBe('Fish & chips <3 été été €1 500 ’');
  });

  it('treats windows-1252 numeric references as Word would', () => {
    expect(htmlToText('&#147;quoted&#148; &#150; dash')).toBe('“quoted” – dash');
  });

  it('leaves unknown or unterminated references alone', () => {
    expect(decodeEntities('AT&T &madeup; ?a=1&ltd=2 &#; &#xZZ;')).toBe('AT&T &madeup; ?a=1&ltd=2 &#; &#xZZ;');
    expect(decodeEntities('&amp &lt b')).toBe('& < b');
    expect(decodeEntities('&#0; &#x110000; &#xD800;')).toBe('\ufffd \ufffd \ufffd');
  });

  it('puts block elements on their own lines and paragraphs apart', () => {
    expect(htmlToText('<p>One</p><p>Two <b>bold</b></p><div>Three</div><div>Four</div>')).toBe('One\n\nTwo bold\n\nThree\nFour');
  });

  it('collapses spaces and keeps inline words together', () => {
    expect(htmlToText('  Registered\n\t nurse   <span>wanted</span>,<em>now</em> ')).toBe('Registered nurse wanted,now');
  });

  it('makes bullets of list items, nested lists indented', () => {
    const html = '<ul><li>Pay<ul><li>£12 an hour</li><li>Overtime</li></ul></li><li>Visa</li></ul>';
    expect(htmlToText(html)).toBe('• Pay\n  ◦ £12 an hour\n  ◦ Overtime\n• Visa');
  });

  it('turns <br> into a line break and two into a paragraph break', () => {
    expect(htmlToText('a<br>b<br/><br />c')).toBe('a\nb\n\nc');
  });

  it('skips scripts, styles, comments, templates, svg and our own overlay', () => {
    const html =
      '<style>p{color:red}</style><p>Keep</p><script>var x = "<p>not text</p>";</script><!-- a comment -->' +
      '<template><p>hidden</p></template><svg><text>icon</text></svg><recruit-lens-overlay>Badge</recruit-lens-overlay><p>Also</p>';
    expect(htmlToText(html)).toBe('Keep\n\nAlso');
  });

  it('renders HTML that arrived entity-escaped (NHS Jobs JSON-LD)', () => {
    const escaped = '&lt;p&gt;&lt;strong&gt;Staff Nurse&lt;/strong&gt;&lt;/p&gt;\n&lt;ul&gt;&lt;li&gt;Band 5&lt;/li&gt;&lt;li&gt;OSCE paid&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Four weeks&amp;#39; accommodation&lt;/p&gt;';
    expect(htmlToText(escaped)).toBe("Staff Nurse\n\n• Band 5\n• OSCE paid\n\nFour weeks' accommodation");
  });

  it('keeps a literal "<" in prose', () => {
    expect(htmlToText('Salary < £30k and hours <40')).toBe('Salary < £30k and hours <40');
    expect(htmlToText('a &lt; b')).toBe('a < b');
  });

  it('handles attributes with ">" inside quotes and unquoted values with quotes', () => {
    expect(htmlToText('<a title="a > b" href=x">Apply</a> now')).toBe('Apply now');
  });

  it('drops an unfinished tag at the end of input', () => {
    expect(htmlToText('Nurse wanted <a href="mailto:x')).toBe('Nurse wanted');
    expect(htmlToText('text <script>never closed')).toBe('text');
  });

  it('returns plain text unchanged apart from spacing', () => {
    expect(htmlToText('Plain text ad.\nSecond line.')).toBe('Plain text ad. Second line.');
    expect(htmlToText('')).toBe('');
  });

  describe('adversarial input of 1 MB returns', () => {
    const MB = 1024 * 1024;
    it.each([
      ['"<" repeated', '<'.repeat(MB)],
      ['"<<<<a" repeated', '<<<<a'.repeat(MB / 5)],
      ['unclosed tags', '<div '.repeat(MB / 5)],
      ['unclosed quoted attributes', '<a title="'.repeat(MB / 10)],
      ['nested open tags', '<div><span>'.repeat(MB / 11)],
      ['unclosed comments and scripts', '<!--<script><style>'.repeat(MB / 19)],
      ['ampersands', '&&&#&#x&amp'.repeat(MB / 11)],
      ['escaped tags', '&lt;p&gt;'.repeat(MB / 9)],
      ['end tags only', '</'.repeat(MB / 2)],
      ['list items', '<li>'.repeat(MB / 4)],
      ['table cells', '<td>'.repeat(MB / 4)],
    ])('%s', (_name, input) => {
      expect(typeof htmlToText(input)).toBe('string');
    });
  });
});
