// Turns a reply's answer text into safe DOM (never innerHTML): paragraphs, lists and [n]
// markers that become buttons opening the cited passage.
import { formatDate, label, labelAttr, t } from './i18n.js';

const MARKER = /\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]/g;
const BULLET = /^\s*(?:[-*•])\s+/;
const NUMBERED = /^\s*\d{1,2}[.)]\s+/;

export function renderAnswer(container, text, citations, openCitation) {
  const byNumber = new Map((citations || []).map((c) => [Number(c.n), c]));
  container.replaceChildren();
  for (const block of String(text || '').split(/\n\s*\n/)) {
    for (const run of runs(block.split('\n').filter((line) => line.trim() !== ''))) {
      container.append(run.kind === 'p'
        ? paragraph(run.lines, byNumber, openCitation)
        : list(run.kind, run.lines, byNumber, openCitation));
    }
  }
}

/** Groups consecutive lines into paragraphs, bulleted lists ("ul") and numbered lists ("ol"). */
function runs(lines) {
  const result = [];
  for (const line of lines) {
    const kind = BULLET.test(line) ? 'ul' : NUMBERED.test(line) ? 'ol' : 'p';
    const last = result[result.length - 1];
    if (last && last.kind === kind) last.lines.push(line);
    else result.push({ kind, lines: [line] });
  }
  return result;
}

function paragraph(lines, byNumber, openCitation) {
  const node = document.createElement('p');
  lines.forEach((line, index) => {
    if (index) node.append(document.createElement('br'));
    appendInline(node, line, byNumber, openCitation);
  });
  return node;
}

function list(kind, lines, byNumber, openCitation) {
  const node = document.createElement(kind);
  for (const line of lines) {
    const item = document.createElement('li');
    appendInline(item, line.replace(kind === 'ol' ? NUMBERED : BULLET, ''), byNumber, openCitation);
    node.append(item);
  }
  return node;
}

function appendInline(parent, line, byNumber, openCitation) {
  let last = 0;
  for (const match of line.matchAll(MARKER)) {
    const numbers = match[1].split(',').map((n) => Number(n.trim()));
    if (!numbers.every((n) => byNumber.has(n))) continue;
    parent.append(line.slice(last, match.index));
    for (const n of numbers) parent.append(citationButton(byNumber.get(n), openCitation));
    last = match.index + match[0].length;
  }
  parent.append(line.slice(last));
}

function citationButton(citation, openCitation) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'cite';
  button.textContent = String(citation.n);
  labelAttr(button, 'aria-label', 'sources.marker', { n: citation.n });
  button.addEventListener('click', () => openCitation(citation, button));
  return button;
}

export function renderSources(container, citations, openCitation) {
  container.replaceChildren();
  if (!citations || !citations.length) return;
  const heading = label(document.createElement('h3'), 'sources.heading');
  heading.className = 'sources-heading';
  const list = document.createElement('ol');
  list.className = 'sources-list';
  for (const citation of citations) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'source-button';
    const number = document.createElement('span');
    number.className = 'source-number';
    number.textContent = String(citation.n);
    number.setAttribute('aria-hidden', 'true');
    const spoken = label(document.createElement('span'), 'sources.spoken', { n: citation.n });
    spoken.className = 'visually-hidden';
    const text = document.createElement('span');
    text.className = 'source-text';
    const title = document.createElement('span');
    title.className = 'source-title';
    title.textContent = citation.title || citation.docId || '';
    text.append(title);
    if (citation.source) {
      const publisher = document.createElement('span');
      publisher.className = 'source-publisher';
      publisher.textContent = citation.source;
      text.append(publisher);
    }
    button.append(number, spoken, text);
    button.addEventListener('click', () => openCitation(citation, button));
    item.append(button);
    list.append(item);
  }
  container.append(heading, list);
}

/** Fills and opens the citation dialog; focus returns to the opener when it closes. */
export function showCitation(dialog, citation, opener) {
  const kicker = dialog.querySelector('#citation-kicker');
  label(kicker, 'citation.kicker', { n: citation.n });
  dialog.querySelector('#citation-title').textContent = citation.title || citation.docId || '';
  const source = dialog.querySelector('#citation-source');
  if (citation.source) {
    delete source.dataset.i18n;
    source.textContent = citation.source;
  } else {
    label(source, 'citation.unknown');
  }
  const updated = dialog.querySelector('#citation-updated');
  const updatedOn = formatDate(citation.updatedOn);
  updated.textContent = updatedOn || '';
  updated.setAttribute('lang', document.documentElement.lang);
  updated.hidden = !updatedOn;
  dialog.querySelector('#citation-updated-label').hidden = !updatedOn;
  const reviewed = dialog.querySelector('#citation-reviewed');
  const date = formatDate(citation.reviewedOn);
  if (date) {
    delete reviewed.dataset.i18n;
    reviewed.textContent = date;
    reviewed.setAttribute('lang', document.documentElement.lang);
  } else {
    label(reviewed, 'citation.notReviewed');
  }
  dialog.querySelector('#citation-excerpt').textContent = citation.excerpt || '';
  dialog.querySelector('#citation-demo').hidden = citation.reviewStatus !== 'demo';
  const link = dialog.querySelector('#citation-link');
  const url = safeUrl(citation.url);
  link.hidden = !url;
  if (url) link.href = url;
  else link.removeAttribute('href');
  dialog.returnFocusTo = opener;
  dialog.showModal();
}

function safeUrl(value) {
  try {
    const url = new URL(value, window.location.href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The answer as a screen reader should hear it once: markers become "(source n)". */
export function spokenText(text) {
  return String(text || '').replace(MARKER, (match, numbers) =>
    numbers.split(',').map((n) => ` (${t('sources.marker', { n: n.trim() })})`).join(''));
}
