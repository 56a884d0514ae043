// Translations for the whole interface: elements carry data-i18n (text), data-i18n-attr
// ("attr:key;attr:key") and data-i18n-args (JSON parameters), so a language switch re-labels
// everything already on the page, including earlier messages.

export const LANGUAGES = ['en', 'es'];

let current = 'en';
let strings = {};
const cache = new Map();

export function language() {
  return current;
}

export async function setLanguage(lang) {
  const next = LANGUAGES.includes(lang) ? lang : 'en';
  if (!cache.has(next)) {
    const response = await fetch(`i18n/${next}.json`, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`translations ${next}: HTTP ${response.status}`);
    cache.set(next, await response.json());
  }
  current = next;
  strings = cache.get(next);
  document.documentElement.lang = next;
  translate(document);
}

export function t(key, args = {}) {
  const template = strings[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name) => (name in args ? String(args[name]) : match));
}

export function label(element, key, args) {
  element.dataset.i18n = key;
  if (args) element.dataset.i18nArgs = JSON.stringify(args);
  element.textContent = t(key, args);
  return element;
}

export function labelAttr(element, attr, key, args) {
  const pairs = (element.dataset.i18nAttr || '').split(';').filter((p) => p && !p.startsWith(`${attr}:`));
  pairs.push(`${attr}:${key}`);
  element.dataset.i18nAttr = pairs.join(';');
  if (args) element.dataset.i18nArgs = JSON.stringify(args);
  element.setAttribute(attr, t(key, args));
  return element;
}

export function translate(root) {
  for (const element of root.querySelectorAll('[data-i18n], [data-i18n-attr]')) {
    const args = element.dataset.i18nArgs ? JSON.parse(element.dataset.i18nArgs) : {};
    if (element.dataset.i18n) element.textContent = t(element.dataset.i18n, args);
    for (const pair of (element.dataset.i18nAttr || '').split(';').filter(Boolean)) {
      const [attr, key] = pair.split(':');
      element.setAttribute(attr, t(key, args));
    }
  }
  if (root === document) document.title = t('page.title');
}

export function formatDate(isoDate) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate || '');
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(current, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
