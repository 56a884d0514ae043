// The reviewer page: the operator signs in with the admin token (kept in memory only), then works the queue.

const $ = (id) => document.getElementById(id);
let token = null;
let current = null;

function say(text, error = false) {
  const status = $('status');
  status.textContent = text;
  status.classList.toggle('error', error);
}

async function api(path, init = {}) {
  const response = await fetch(path, {
    ...init,
    headers: { Accept: 'application/json', Authorization: 'Bearer ' + token, ...(init.headers || {}) },
  });
  const body = await response.json().catch(() => ({}));
  if (response.status === 401) {
    signOut('The operator token was not accepted. Sign in again.');
    throw new Error('unauthorised');
  }
  if (response.status === 404 && path === '/api/review/queue') {
    throw new Error('Reviewing is off: the operator has not set an admin token (SALUS_ADMIN_TOKEN).');
  }
  if (!response.ok) throw new Error(body.detail || 'The request failed (' + response.status + ').');
  return body;
}

function signOut(message) {
  token = null;
  $('login').hidden = false;
  $('queue-section').hidden = true;
  $('document-section').hidden = true;
  say(message, true);
  $('token').focus();
}

function cell(row, content) {
  const td = document.createElement('td');
  if (content instanceof Node) td.append(content); else td.textContent = content;
  row.append(td);
  return td;
}

function stateText(item) {
  return item.state.replace('_', ' ') + (item.expiring ? ' (expiring soon)' : '');
}

function openButton(item) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'link';
  button.textContent = item.title;
  button.setAttribute('aria-label', 'Open ' + item.title + ' (' + item.id + ')');
  button.addEventListener('click', () => openDocument(item.id));
  return button;
}

function fill(tbody, items, withCount) {
  tbody.replaceChildren();
  for (const item of items) {
    const row = document.createElement('tr');
    row.dataset.id = item.id;
    if (item.expiring || item.state === 'expired') row.classList.add('expiring');
    cell(row, openButton(item));
    cell(row, stateText(item));
    cell(row, item.expiresOn || '—');
    if (withCount) cell(row, String(item.cited));
    tbody.append(row);
  }
}

async function loadQueue() {
  const queue = await api('/api/review/queue');
  $('queue-caption').textContent = 'Drafts, documents sent back for changes, expired documents and those expiring within '
    + queue.expiringWithinDays + ' days (today ' + queue.today + ')';
  fill($('queue').querySelector('tbody'), queue.queue, false);
  $('queue-empty').hidden = queue.queue.length > 0;
  fill($('served').querySelector('tbody'), queue.served, true);
  $('queue-section').hidden = false;
}

function showDiff(rows) {
  const tbody = $('diff').querySelector('tbody');
  tbody.replaceChildren();
  for (const r of rows) {
    const row = document.createElement('tr');
    row.className = 'diff-' + r.kind;
    for (const [text, tag] of [[r.left, 'del'], [r.right, 'ins']]) {
      const marked = r.kind !== 'same' && text !== null;
      if (!marked) { cell(row, text ?? ''); continue; }
      const mark = document.createElement(tag);
      mark.textContent = text;
      cell(row, mark);
    }
    tbody.append(row);
  }
}

async function openDocument(id) {
  try {
    current = await api('/api/review/document?id=' + encodeURIComponent(id));
  } catch (e) {
    if (e.message !== 'unauthorised') say(e.message, true);
    return;
  }
  $('document-title').textContent = current.title + ' (' + current.id + ')';
  $('document-meta').textContent = 'State: ' + current.state.replace('_', ' ') + '. Version ' + current.version
    + (current.reviewedOn ? '. Reviewed ' + current.reviewedOn : '. Not reviewed')
    + (current.expiresOn ? '. Expires ' + current.expiresOn + '.' : '.');
  const diff = current.approvedText !== null;
  $('diff-area').hidden = !diff;
  $('text-area').hidden = diff;
  if (diff) {
    $('diff-caption').textContent = 'Changes since the approved version ' + current.approvedVersion
      + ': removed text struck through on the left, added text underlined on the right';
    showDiff(current.diff);
  } else {
    $('document-text').textContent = current.text;
  }
  const history = $('history');
  history.replaceChildren();
  for (const h of current.history) {
    const li = document.createElement('li');
    li.textContent = h.decidedAt.slice(0, 10) + ': ' + h.decision.replace('_', ' ') + ' by ' + h.reviewer
      + ' (version ' + h.version.slice(0, 8) + ')' + (h.expiresOn ? ', until ' + h.expiresOn : '')
      + (h.note ? ': ' + h.note : '');
    history.append(li);
  }
  if (!current.history.length) history.append(Object.assign(document.createElement('li'), { textContent: 'None yet.' }));
  $('document-section').hidden = false;
  $('document-title').focus();
}

async function decide(event) {
  event.preventDefault();
  const decision = event.submitter ? event.submitter.value : 'approve';
  const body = {
    id: current.id, decision, version: current.version,
    reviewer: $('reviewer').value, note: $('note').value, expiresOn: $('expires').value || null,
  };
  try {
    const done = await api('/api/review/decisions', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
    });
    $('note').value = '';
    $('expires').value = '';
    await loadQueue();
    await openDocument(current.id);
    say('Recorded: ' + done.decision.decision.replace('_', ' ') + ' for ' + current.title + '. It is now '
      + done.state.replace('_', ' ') + (done.state === 'approved' ? ' and served.' : ', not served.'));
  } catch (e) {
    if (e.message !== 'unauthorised') say(e.message, true);
  }
}

async function signIn(event) {
  event.preventDefault();
  token = $('token').value;
  $('token').value = '';
  try {
    await loadQueue();
    $('login').hidden = true;
    say('Signed in.');
    $('queue-title').setAttribute('tabindex', '-1');
    $('queue-title').focus();
  } catch (e) {
    if (e.message !== 'unauthorised') say(e.message, true);
  }
}

$('login-form').addEventListener('submit', signIn);
$('decision-form').addEventListener('submit', decide);
// Enter in a one-line field must not submit: a decision is always the reviewer's explicit choice of button.
for (const id of ['reviewer', 'expires']) {
  $(id).addEventListener('keydown', (e) => { if (e.key === 'Enter') e.preventDefault(); });
}
$('back').addEventListener('click', () => {
  $('document-section').hidden = true;
  $('queue-title').focus();
});
document.body.classList.add('ready');
