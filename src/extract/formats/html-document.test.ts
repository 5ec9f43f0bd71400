import { describe, expect, it } from 'vitest';
import { htmlDocument } from './html-document.js';

const page = `<!doctype html><html lang="en"><head>
<title>Tehran rejects talks | Gulf Wire</title>
<meta property="article:published_time" content="2026-02-07T21:30:00-05:00">
<meta property="og:site_name" content="Gulf Wire"><meta name="author" content="R. Writer">
<link rel="canonical" href="https://example.org/tehran-rejects-talks"></head>
<body><nav><a href="/">Home</a><a href="/world">World</a></nav>
<article><h1>Tehran rejects talks</h1>
<p>Iran's supreme leader said on Friday that talks with Washington were “neither wise nor honourable”, a phrase his aides repeated later.</p>
<figure><img src="a.jpg"><figcaption>The leader in a file photo.</figcaption></figure>
<p>“We will not negotiate under pressure,” Khamenei said in the same speech to commanders of the air force.</p></article>
<aside><h2>Related</h2><ul><li>Trump: “We are watching”</li></ul></aside><footer>© 2026 Gulf Wire</footer></body></html>`;

describe('htmlDocument', () => {
  it('keeps the article paragraphs and drops menus, captions, asides and footers', () => {
    const doc = htmlDocument(page);
    expect(doc.text).toBe(
      "Iran's supreme leader said on Friday that talks with Washington were “neither wise nor honourable”, a phrase his aides repeated later.\n\n“We will not negotiate under pressure,” Khamenei said in the same speech to commanders of the air force.",
    );
    expect(doc).toMatchObject({
      format: 'html',
      published: '2026-02-07T21:30:00-05:00',
      outlet: 'Gulf Wire',
      author: 'R. Writer',
      url: 'https://example.org/tehran-rejects-talks',
      language: 'en',
    });
  });

  it('reads a broken fragment as a browser would', () => {
    expect(htmlDocument('<p>Broken <b>html <i>here</p><div>“Yes,” he said.').text).toBe(
      'Broken html here\n\n“Yes,” he said.',
    );
  });

  it('falls back to a <time datetime> when no meta tag gives the date', () => {
    expect(
      htmlDocument(
        '<body><article><time datetime="2025-12-04">4 Dec</time><p>Some words here.</p></article></body>',
      ).published,
    ).toBe('2025-12-04');
  });
});
