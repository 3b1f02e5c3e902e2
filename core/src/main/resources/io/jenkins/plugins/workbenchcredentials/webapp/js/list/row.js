/* One row of the list: a credential's cells, and its menu button at the end. */

import { expiryState } from '../i18n/dates.js';
import { el } from '../dom/elements.js';
import { buildName } from '../dom/links.js';

function dash() {
  return el('span', { class: 'wbc-muted' }, '\u2014');
}

/** Cluster / context, then namespace and context count, then the check's warnings. */
function clusterCell(kube, i18n) {
  const t = i18n.t.bind(i18n);
  const lines = [];
  if (kube.context) {
    lines.push(el('span', { class: 'wbc-context' }, kube.cluster ? kube.cluster + ' / ' + kube.context : kube.context));
  } else {
    lines.push(el('span', { class: 'wbc-muted' }, t('kube.noContext')));
  }
  const secondary = [];
  if (kube.namespace) {
    secondary.push(t('kube.namespaceShort', kube.namespace));
  }
  if (kube.contexts && kube.contexts.length > 1) {
    secondary.push(i18n.n('kube.contextCount', kube.contexts.length));
  }
  if (secondary.length) {
    lines.push(el('span', { class: 'wbc-secondary' }, secondary.join(' \u00b7 ')));
  }
  if (kube.warnings > 0) {
    lines.push(el('span', { class: 'wbc-secondary wbc-warning-text' }, i18n.n('kube.warningCount', kube.warnings)));
  }
  return lines;
}

/** The earliest expiry, marked ⚠ when it is past or within 30 days. */
function expiryCell(expiry, i18n, dates) {
  const t = i18n.t.bind(i18n);
  const state = expiryState(expiry.notAfter);
  const relative = dates.relativeDays(expiry.notAfter);
  const kind = t(expiry.kind === 'token' ? 'expiry.kind.token' : 'expiry.kind.certificate', expiry.user);
  return el('time', { datetime: expiry.notAfter, class: 'wbc-expiry wbc-expiry-' + state, title: kind },
    el('span', { class: 'wbc-expiry-label' },
      state === 'later' ? null : el('span', { class: 'wbc-expiry-icon', 'aria-hidden': 'true' }, '\u26a0 '),
      t(state === 'past' ? 'expiry.expired' : 'expiry.expires', relative)),
    el('span', { class: 'wbc-date-absolute' }, dates.date(expiry.notAfter)));
}

function lastUsedCell(use, dates) {
  const cell = dates.element(use.at);
  cell.append(el('span', { class: 'wbc-secondary' }, use.consumer + (use.build ? ' ' + buildName(use.build) : '')));
  return cell;
}

/** options: { i18n, dates, highlighted (just saved), menuButton (the row's menu, see row-menu.js) }. */
export function credentialRow(item, options) {
  const i18n = options.i18n;
  const dates = options.dates;
  const t = i18n.t.bind(i18n);
  const kube = item.kubeconfig || null;
  return el('tr', { dataset: { id: item.id }, class: options.highlighted ? 'wbc-row-new' : null },
    el('td', { class: 'wbc-col-id' }, el('span', { class: 'wbc-id' }, item.id)),
    el('td', { class: 'wbc-col-type' },
      el('span', { class: 'wbc-type wbc-type-' + item.type }, t('type.' + item.type)),
      item.username ? el('span', { class: 'wbc-secondary' }, item.username) : null),
    el('td', { class: 'wbc-col-description' },
      item.description ? el('span', { class: 'wbc-description', title: item.description }, item.description) : dash()),
    el('td', { class: 'wbc-col-cluster' }, kube ? clusterCell(kube, i18n) : dash()),
    el('td', { class: 'wbc-col-expiry' }, kube && kube.earliestExpiry ? expiryCell(kube.earliestExpiry, i18n, dates) : dash()),
    el('td', { class: 'wbc-col-date' }, dates.element(item.createdAt)),
    el('td', { class: 'wbc-col-date' }, item.lastUsed ? lastUsedCell(item.lastUsed, dates) : el('span', { class: 'wbc-muted' }, t('lastUsed.never'))),
    el('td', { class: 'wbc-col-usedby' }, item.usedBy > 0
      ? el('span', { class: 'wbc-used-count' }, i18n.n('usedBy.count', item.usedBy))
      : el('span', { class: 'wbc-muted' }, t('usedBy.none'))),
    el('td', { class: 'wbc-col-actions' }, options.menuButton));
}
