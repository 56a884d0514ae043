// Draws a reply's visualisations (nutrient bars, body map) as safe DOM and SVG: no innerHTML,
// no inline styles (bar widths are SVG attributes), every figure keyboard reachable with a table alternative.
import { t } from './i18n.js';
import { element } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
let figures = 0;

export function renderVisualisations(container, visualisations) {
  container.replaceChildren();
  for (const vis of visualisations || []) {
    if (vis && vis.type === 'nutrition' && vis.data) container.append(nutritionFigure(vis));
    else if (vis && vis.type === 'muscles' && vis.data) container.append(musclesFigure(vis));
  }
}

function figure(vis, kind) {
  const node = element('figure', `vis vis-${kind}`);
  const id = `vis-${++figures}`;
  node.setAttribute('aria-labelledby', `${id}-title`);
  const caption = element('figcaption', 'vis-caption');
  const title = element('span', 'vis-title');
  title.id = `${id}-title`;
  title.textContent = vis.title || '';
  const source = element('span', 'vis-source');
  source.textContent = t('vis.source', { source: vis.source || '' });
  caption.append(title, source);
  node.append(caption);
  return { node, id };
}

function svg(tag, attributes = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

function format(value) {
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 1 ? 1 : 2;
  return String(Number(value.toFixed(digits)));
}

function unitText(nutrient, value) {
  return `${format(value)} ${nutrient.unit}`;
}

// ---- Nutrition ---------------------------------------------------------------------------------

function nutritionFigure(vis) {
  const { node, id } = figure(vis, 'nutrition');
  const data = vis.data;
  const foods = (data.foods || []).map((food) => ({ ...food, current: Number(food.grams) || 100 }));
  const nutrients = data.nutrients || [];

  const controls = element('div', 'vis-controls');
  foods.forEach((food, index) => {
    const wrap = element('label', 'serving-control');
    const text = element('span', 'serving-label');
    text.textContent = t('vis.serving', { food: food.name });
    const select = element('select', 'serving-select');
    select.id = `${id}-serving-${index}`;
    select.dataset.code = food.code;
    const asked = new Option(t('vis.asked', { serving: food.serving, grams: format(food.current) }), String(food.current));
    select.append(asked);
    for (const portion of food.portions || []) {
      const text = portion.label === `${format(portion.grams)} g` ? portion.label : `${portion.label} (${format(portion.grams)} g)`;
      select.append(new Option(text, String(portion.grams)));
    }
    select.addEventListener('change', () => {
      food.current = Number(select.value);
      draw();
    });
    wrap.append(text, select);
    controls.append(wrap);
  });

  const chart = element('div', 'nutrient-chart');
  const details = element('details', 'vis-table');
  const summary = element('summary');
  summary.textContent = t('vis.table');
  details.append(summary);
  const note = element('p', 'vis-note');
  note.textContent = nutrients.some((n) => n.dailyValue) ? t('vis.dvNote') : '';
  node.append(controls, chart, note, details);

  function amount(food, nutrient) {
    const per100 = food.per100g ? food.per100g[nutrient.key] : undefined;
    return per100 === undefined || per100 === null ? null : (Number(per100) * food.current) / 100;
  }

  function draw() {
    chart.replaceChildren();
    const showTotal = data.mode === 'meal' && foods.length > 1;
    for (const nutrient of nutrients) {
      const group = element('div', 'nutrient-group');
      const heading = element('h4', 'nutrient-name');
      heading.textContent = nutrient.dailyValue
        ? t('vis.nutrientDv', { name: nutrient.label, dv: `${format(nutrient.dailyValue)} ${nutrient.unit}` })
        : nutrient.label;
      group.append(heading);
      const rows = foods.map((food) => ({ name: food.name.split(',')[0], code: food.code, value: amount(food, nutrient) }));
      if (showTotal) {
        rows.push({ name: t('vis.total'), code: 'total', value: rows.reduce((sum, row) => sum + (row.value || 0), 0) });
      }
      const max = Math.max(nutrient.dailyValue || 0, ...rows.map((row) => row.value || 0)) || 1;
      const list = element('ul', 'nutrient-bars');
      for (const row of rows) {
        const item = element('li', 'nutrient-bar');
        const name = element('span', 'bar-food');
        name.textContent = row.name;
        const bar = svg('svg', { viewBox: '0 0 100 10', preserveAspectRatio: 'none', class: 'bar', 'aria-hidden': 'true', focusable: 'false' });
        bar.append(svg('rect', { x: 0, y: 0, width: 100, height: 10, class: 'bar-track' }));
        const width = row.value === null ? 0 : Math.min(100, (row.value / max) * 100);
        bar.append(svg('rect', { x: 0, y: 0, width: width.toFixed(2), height: 10, class: row.code === 'total' ? 'bar-fill bar-total' : 'bar-fill' }));
        const value = element('span', 'nutrient-value');
        value.dataset.nutrient = nutrient.key;
        value.dataset.code = row.code;
        value.textContent = valueText(nutrient, row.value);
        item.append(name, bar, value);
        list.append(item);
      }
      group.append(list);
      chart.append(group);
    }
    details.replaceChildren(summary, nutritionTable(foods, nutrients, amount));
  }

  draw();
  return node;
}

function valueText(nutrient, value) {
  if (value === null) return t('vis.noData');
  const text = unitText(nutrient, value);
  return nutrient.dailyValue ? `${text} · ${t('vis.dvShort', { percent: Math.round((value * 100) / nutrient.dailyValue) })}` : text;
}

function nutritionTable(foods, nutrients, amount) {
  const table = element('table', 'data-table');
  const head = element('thead');
  const headRow = element('tr');
  const corner = element('th');
  corner.scope = 'col';
  corner.textContent = t('vis.nutrient');
  headRow.append(corner);
  for (const food of foods) {
    const th = element('th');
    th.scope = 'col';
    th.textContent = `${food.name} (${format(food.current)} g)`;
    headRow.append(th);
  }
  head.append(headRow);
  const body = element('tbody');
  for (const nutrient of nutrients) {
    const row = element('tr');
    const th = element('th');
    th.scope = 'row';
    th.textContent = nutrient.label;
    row.append(th);
    for (const food of foods) {
      const td = element('td');
      td.textContent = valueText(nutrient, amount(food, nutrient));
      row.append(td);
    }
    body.append(row);
  }
  table.append(head, body);
  return table;
}

// ---- Body map ----------------------------------------------------------------------------------

const SILHOUETTE = [
  ['circle', { cx: 50, cy: 14, r: 10 }],
  ['rect', { x: 33, y: 28, width: 34, height: 64, rx: 9 }],
  ['rect', { x: 18, y: 32, width: 12, height: 62, rx: 6 }],
  ['rect', { x: 70, y: 32, width: 12, height: 62, rx: 6 }],
  ['rect', { x: 34, y: 86, width: 15, height: 100, rx: 7 }],
  ['rect', { x: 51, y: 86, width: 15, height: 100, rx: 7 }],
];

const pair = (tag, left, right) => [[tag, left], [tag, right]];
const mirrorEllipse = (cx, cy, rx, ry) => pair('ellipse', { cx, cy, rx, ry }, { cx: 100 - cx, cy, rx, ry });

const FRONT = {
  neck: [['rect', { x: 45, y: 23, width: 10, height: 6, rx: 2 }]],
  shoulders: mirrorEllipse(31, 36, 7, 5.5),
  chest: pair('rect', { x: 36, y: 33, width: 13, height: 15, rx: 3 }, { x: 51, y: 33, width: 13, height: 15, rx: 3 }),
  biceps: mirrorEllipse(24, 52, 4.5, 9),
  forearms: mirrorEllipse(24, 78, 4, 11),
  abdominals: [['rect', { x: 41, y: 50, width: 18, height: 32, rx: 4 }]],
  abductors: mirrorEllipse(36, 90, 3, 6),
  adductors: mirrorEllipse(46.5, 104, 2.5, 10),
  quadriceps: mirrorEllipse(41, 120, 6, 20),
  calves: mirrorEllipse(41.5, 162, 4.5, 15),
};

const BACK = {
  neck: [['rect', { x: 45, y: 22, width: 10, height: 6, rx: 2 }]],
  traps: [['polygon', { points: '41,27 59,27 66,36 50,46 34,36' }]],
  shoulders: mirrorEllipse(30, 37, 6, 5),
  triceps: mirrorEllipse(24, 53, 4.5, 9),
  forearms: mirrorEllipse(24, 78, 4, 11),
  lats: pair('polygon', { points: '35,42 45,48 45,68 37,62' }, { points: '65,42 55,48 55,68 63,62' }),
  'middle back': [['rect', { x: 46, y: 47, width: 8, height: 20, rx: 2 }]],
  'lower back': [['rect', { x: 41, y: 69, width: 18, height: 13, rx: 3 }]],
  glutes: mirrorEllipse(43, 94, 7.5, 7.5),
  abductors: mirrorEllipse(35, 92, 2.5, 5),
  hamstrings: mirrorEllipse(41.5, 122, 6, 17),
  calves: mirrorEllipse(41.5, 160, 5, 13),
};

function musclesFigure(vis) {
  const { node, id } = figure(vis, 'muscles');
  const data = vis.data;
  const primary = new Set(data.primary || []);
  const secondary = new Set((data.secondary || []).filter((m) => !primary.has(m)));
  const exercises = data.exercises || [];
  const labels = data.labels || {};
  const name = (muscle) => labels[muscle] || muscle;
  const role = (muscle) => (primary.has(muscle) ? 'primary' : secondary.has(muscle) ? 'secondary' : null);
  const usedBy = (muscle) => exercises
    .filter((e) => (e.primaryMuscles || []).includes(muscle) || (e.secondaryMuscles || []).includes(muscle))
    .map((e) => e.name);

  const detail = element('p', 'muscle-detail');
  detail.id = `${id}-detail`;
  detail.setAttribute('aria-live', 'polite');
  detail.textContent = t('vis.muscleHint');

  const maps = element('div', 'body-maps');
  for (const [view, shapes] of [['front', FRONT], ['back', BACK]]) {
    const wrap = element('div', 'body-map');
    const caption = element('p', 'body-map-label');
    caption.textContent = t(`vis.${view}`);
    const drawing = svg('svg', { viewBox: '0 0 100 190', class: 'body-svg', role: 'group', 'aria-label': t(`vis.${view}`) });
    for (const [tag, attributes] of SILHOUETTE) drawing.append(svg(tag, { ...attributes, class: 'body-outline', 'aria-hidden': 'true' }));
    for (const [muscle, parts] of Object.entries(shapes)) {
      const kind = role(muscle);
      const group = svg('g', { class: `muscle${kind ? ` muscle-${kind}` : ''}`, 'data-muscle': muscle });
      const title = svg('title');
      title.textContent = describe(name(muscle), kind, usedBy(muscle));
      group.append(title);
      for (const [tag, attributes] of parts) group.append(svg(tag, attributes));
      if (kind) {
        group.setAttribute('tabindex', '0');
        group.setAttribute('role', 'img');
        group.setAttribute('aria-label', title.textContent);
        const show = () => { detail.textContent = title.textContent; };
        group.addEventListener('focus', show);
        group.addEventListener('mouseenter', show);
      } else {
        group.setAttribute('aria-hidden', 'true');
      }
      drawing.append(group);
    }
    wrap.append(caption, drawing);
    maps.append(wrap);
  }

  const legend = element('ul', 'muscle-legend');
  for (const kind of ['primary', 'secondary']) {
    const item = element('li', `legend-${kind}`);
    item.textContent = t(`vis.${kind}`);
    legend.append(item);
  }

  const details = element('details', 'vis-table');
  const summary = element('summary');
  summary.textContent = t('vis.table');
  details.append(summary, musclesTable([...primary, ...secondary], role, usedBy, name));
  node.append(maps, legend, detail, details);
  return node;
}

function describe(label, kind, names) {
  const name = label.charAt(0).toUpperCase() + label.slice(1);
  if (!kind) return name;
  const text = t(`vis.${kind}Muscle`, { muscle: name });
  return names.length ? `${text}: ${names.join(', ')}` : text;
}

function musclesTable(muscles, role, usedBy, name) {
  const table = element('table', 'data-table');
  const head = element('thead');
  const headRow = element('tr');
  for (const key of ['vis.muscle', 'vis.role', 'vis.exercises']) {
    const th = element('th');
    th.scope = 'col';
    th.textContent = t(key);
    headRow.append(th);
  }
  head.append(headRow);
  const body = element('tbody');
  for (const muscle of muscles) {
    const row = element('tr');
    row.dataset.muscle = muscle;
    const th = element('th');
    th.scope = 'row';
    th.textContent = name(muscle);
    const kind = element('td');
    kind.textContent = t(`vis.${role(muscle)}`);
    const names = element('td');
    names.textContent = usedBy(muscle).join(', ');
    row.append(th, kind, names);
    body.append(row);
  }
  table.append(head, body);
  return table;
}
