import { describe, expect, it } from 'vitest';
import { MAX_TABLE_COLUMNS } from '../../../../../shared/domain/table';
import { cleanPastedHtml } from '../../../../../renderer/src/editor/features/paste/clean-pasted-html';
import { MARKER } from '../../../../../renderer/src/editor/features/paste/image-markers';
import { fixture } from './support/clipboard';

const clean = (html: string, keepWebImages = true) => cleanPastedHtml(html, { keepWebImages });

describe('cleanPastedHtml: which program the HTML came from', () => {
  it.each([
    ['word/simple-list.html', 'word'],
    ['word/images-constructed.html', 'word'],
    ['google-docs/chrome-kafka-formatting.html', 'google-docs'],
    ['google-docs/lists.html', 'google-docs'],
    ['libreoffice/kafka-formatting-5.2-macos.html', 'libreoffice'],
    ['libreoffice/lists-6.3-macos.html', 'libreoffice'],
    ['web/chrome-linux-link-inline-styles.html', 'web'],
  ])('%s is from %s', (name, source) => {
    expect(clean(fixture(name)).source).toBe(source);
  });

  it('knows Word by its Mso classes when the head was lost (Outlook, Word on the web)', () => {
    expect(clean('<p class=MsoNormal>Текст</p>').source).toBe('word');
  });
});

describe('cleanPastedHtml: only the body’s own tags get through', () => {
  it('keeps no style, class, id, font, colour, span, comment or Word tag of a real Word copy', () => {
    const { html } = clean(fixture('word/table-lists.html'));
    expect(html).not.toMatch(/style=|class=|id=|<span|<font|<!--|o:p|mso-|file:|width|valign|border|<img/i);
    expect(html).toContain('<table><tr><td><p>Feature</p></td><td><p>Description</p></td>');
    expect(html).toMatch(/^<h2>Exploring DOCX import\/export capabilities<\/h2>/);
    expect(html).toContain('<li><p><strong>Bold</strong>');
  });

  it('drops scripts, event handlers and embedded objects with their content', () => {
    const { html } = clean(
      '<p onclick="steal()">Текст<script>alert(1)</script><iframe src="https://evil.example"></iframe>' +
        '<object data="x.swf">обʼєкт</object><svg><text>svg</text></svg></p><style>p{color:red}</style>' +
        '<noframes>без фреймів</noframes><noembed>без вбудовування</noembed>',
    );
    expect(html).toBe('<p>Текст</p>');
  });

  it('maps h1 to h2 and h4–h6 to h3: the body has only h2 and h3', () => {
    const { html } = clean('<h1>Один</h1><h2>Два</h2><h3>Три</h3><h4>Чотири</h4><h5>Пʼять</h5><h6>Шість</h6>');
    expect(html).toBe('<h2>Один</h2><h2>Два</h2><h3>Три</h3><h3>Чотири</h3><h3>Пʼять</h3><h3>Шість</h3>');
  });

  it("maps Word's Title, Subtitle and Heading N paragraph styles to h2/h3", () => {
    const { html } = clean(
      '<meta name=Generator content="Microsoft Word 15"><p class=MsoTitle>Заголовок</p>' +
        '<p class=MsoSubtitle>Підзаголовок</p><p class=MsoHeading7>Сьомий</p><p class=Heading1>Перший</p>',
    );
    expect(html).toBe('<h2>Заголовок</h2><h3>Підзаголовок</h3><h3>Сьомий</h3><h2>Перший</h2>');
  });

  it('reads formatting from styles before dropping them, by the exact property name', () => {
    const { html } = clean(
      '<p><span style="font-weight:bold">жирний</span> <span style="mso-bidi-font-weight:bold">звичайний</span> ' +
        '<span style="font-style:italic">курсив</span> <span style="text-decoration: underline">підкреслений</span> ' +
        '<span style="text-decoration-line:line-through">закреслений</span></p>',
    );
    expect(html).toBe(
      '<p><strong>жирний</strong> звичайний <em>курсив</em> <u>підкреслений</u> <s>закреслений</s></p>',
    );
  });

  it('undoes bold where the element’s own style says normal, as Docs’ wrapper and LibreOffice do', () => {
    expect(clean('<b style="font-weight:normal"><p>Не жирний <b>жирний</b></p></b>').html).toBe(
      '<p>Не жирний <strong>жирний</strong></p>',
    );
    expect(clean('<b>Жирний <span style="font-weight: 400">звичайний</span></b>').html).toBe(
      '<p><strong>Жирний </strong>звичайний</p>',
    );
  });

  it('keeps no bold in headings (they are bold by their look) but keeps italic and links', () => {
    const { html } = clean('<h2><b>Уряд</b> <i>ухвалив</i> <a href="https://rada.gov.ua">бюджет</a></h2>');
    expect(html).toBe('<h2>Уряд <em>ухвалив</em> <a href="https://rada.gov.ua/">бюджет</a></h2>');
  });

  it('does not underline link text: the underline is how the source drew links', () => {
    const { html } = clean(
      '<a href="https://suspilne.media"><span style="text-decoration:underline">Суспільне</span></a>',
    );
    expect(html).toBe('<p><a href="https://suspilne.media/">Суспільне</a></p>');
  });

  it('drops empty paragraphs and the bare <br> Docs and pages put between blocks', () => {
    const { html } = clean(
      '<p>Перший</p><br><p>&nbsp;</p><p><br></p><p>Другий<br></p><br class="Apple-interchange-newline">',
    );
    expect(html).toBe('<p>Перший</p><p>Другий</p>');
  });

  it('keeps a table of data as a bare table: its rows, header cells, spans and caption', () => {
    const { html } = clean(
      '<div><table border="1" width="600" style="color:red"><caption> Бюджет </caption><colgroup><col width="80"></colgroup>' +
        '<thead><tr><td class="x">Рік</td><th scope="col" colspan="2">Сума</th></tr></thead>' +
        '<tr><td rowspan="2" width="50">2025</td><td>1 млрд</td><td>2 млрд</td></tr><tr><td>3</td><td>4</td></tr></table></div>',
    );
    expect(html).toBe(
      '<table><caption>Бюджет</caption><tr><th><p>Рік</p></th><th colspan="2"><p>Сума</p></th></tr>' +
        '<tr><td rowspan="2"><p>2025</p></td><td><p>1 млрд</p></td><td><p>2 млрд</p></td></tr>' +
        '<tr><td><p>3</p></td><td><p>4</p></td></tr></table>',
    );
  });

  it('gives a cell’s headings, lists, quotes, rules, pictures and tables as paragraphs', () => {
    const { html } = clean(
      '<table><tr><td><h2>Заголовок</h2><ul><li>пункт</li></ul><blockquote>цитата</blockquote><hr>' +
        '<img src="https://example.com/a.png"><table><tr><td>вкладена</td><td>друга</td></tr></table></td><td>б</td></tr></table>',
    );
    expect(html).toBe(
      '<table><tr><td><p>Заголовок</p><p>пункт</p><p>цитата</p><p>вкладена</p><p>друга</p></td><td><p>б</p></td></tr></table>',
    );
  });

  it('turns a layout table of one cell, stray cells and page containers into paragraphs of their own', () => {
    expect(clean('<div><table><tr><td><p>Стаття</p><p>Далі</p></td></tr></table></div>').html).toBe(
      '<p>Стаття</p><p>Далі</p>',
    );
    expect(clean('<td>Рік</td><section><th>Сума</th></section>').html).toBe('<p>Рік</p><p>Сума</p>');
  });

  it('reads a table past the caps as paragraphs, not a table the article cannot keep', () => {
    const wide = `<table><tr>${'<td>к</td>'.repeat(MAX_TABLE_COLUMNS + 1)}</tr></table>`;
    expect(clean(wide).html).toBe('<p>к</p>'.repeat(MAX_TABLE_COLUMNS + 1));
  });

  it('keeps the lines of preformatted text as line breaks', () => {
    expect(clean('<pre>рядок 1\nрядок 2</pre>').html).toBe('<p>рядок 1<br>рядок 2</p>');
  });

  it('puts a nested list that stands beside its item into that item, and lifts a list with no item above it', () => {
    expect(clean('<ul><li>а</li><ul><li>б</li></ul></ul>').html).toBe(
      '<ul><li><p>а</p><ul><li><p>б</p></li></ul></li></ul>',
    );
    expect(clean('<ol><ol><li>1</li></ol><li>2</li></ol>').html).toBe('<ol><li><p>1</p></li><li><p>2</p></li></ol>');
  });

  it('keeps a numbered list’s start but not a meaningless one', () => {
    expect(clean('<ol start="4"><li>а</li></ol>').html).toBe('<ol start="4"><li><p>а</p></li></ol>');
    expect(clean('<ol start="x"><li>а</li></ol>').html).toBe('<ol><li><p>а</p></li></ol>');
  });
});

describe('cleanPastedHtml: links and image sources are checked by safe-url', () => {
  it.each([
    ['javascript:alert(document.cookie)'],
    ['JaVaScRiPt:alert(1)'],
    ['java\tscript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['file:///C:/Users/olena/secret.docx'],
    ['vbscript:msgbox'],
    ['/relative/path'],
    ['#_Toc146198863'],
  ])('refuses the link %s but keeps its text', (href) => {
    const { html } = clean(`<p>Читайте <a href="${href.replace(/"/g, '&quot;')}">тут</a>.</p>`);
    expect(html).toBe('<p>Читайте тут.</p>');
  });

  it('keeps web, mail and phone links, normalised', () => {
    const { html } = clean(
      '<p><a href=" https://Example.com/a b">веб</a> <a href="mailto:editor@example.com">пошта</a> <a href="tel:+380441234567">телефон</a></p>',
    );
    expect(html).toBe(
      '<p><a href="https://example.com/a%20b">веб</a> <a href="mailto:editor@example.com">пошта</a> <a href="tel:+380441234567">телефон</a></p>',
    );
  });

  it('marks where https images stood, with their alt text, and refuses data:, blob: and relative sources', () => {
    const { html, images } = clean(
      '<p>До</p><img src="https://cdn.example.com/photo.jpg" alt=" Київ уночі "><img src="data:image/png;base64,iVBORw0KGgo=">' +
        '<img src="blob:https://example.com/1"><img src="/uploads/x.jpg"><p>Після</p>',
    );
    expect(images).toEqual([{ kind: 'web', src: 'https://cdn.example.com/photo.jpg', alt: 'Київ уночі', caption: '' }]);
    expect(html).toBe(`<p>До</p><p>${MARKER}\uE000</p><p>Після</p>`);
  });

  it('leaves web images out entirely when the body has no figure to hold them', () => {
    const { html, images } = clean('<p>До</p><img src="https://cdn.example.com/photo.jpg"><p>Після</p>', false);
    expect(images).toEqual([]);
    expect(html).toBe('<p>До</p><p>Після</p>');
  });

  it('never loads a local file: Word’s pictures become numbered markers, not <img>', () => {
    const { html, images } = clean(fixture('word/images-constructed.html'));
    expect(images).toEqual([{ kind: 'local-file' }, { kind: 'local-file' }]);
    expect(html).toBe(
      `<p>Перше зображення — PNG:</p><p>${MARKER}\uE000</p>` + `<p>Друге зображення — JPEG:</p><p>${MARKER}\uE001</p>`,
    );
  });

  it('takes any U+FFFC in the pasted text out, so text cannot pose as an image', () => {
    const { html, images } = clean('<p>текст\uFFFC\uE000 далі</p>');
    expect(images).toEqual([]);
    expect(html).toBe('<p>текст\uE000 далі</p>');
  });
});

describe('cleanPastedHtml: content copied inside the editor', () => {
  it('is left as ProseMirror wrote it (figures and embeds survive), with links and sources still checked', () => {
    const html =
      '<p data-pm-slice="1 1 []">Текст <a href="javascript:alert(1)">посилання</a></p>' +
      '<figure><img src="media/' +
      'a'.repeat(64) +
      '.png" alt="Фото"><img src="file:///etc/passwd"></figure>';
    const cleaned = clean(html);
    expect(cleaned.source).toBe('editor');
    expect(cleaned.html).toBe(
      '<p data-pm-slice="1 1 []">Текст <a>посилання</a></p>' +
        '<figure><img src="media/' +
        'a'.repeat(64) +
        '.png" alt="Фото"><img></figure>',
    );
  });
});
