/* One row of the list: a credential's cells, and its menu button at the end. */

import { expiryKind, expiryLook, unknownReason } from '../i18n/dates.js';
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

/** The user whose date cannot be read and why, for the cell's title: "eks-user: exec plugin". */
function hiddenDate(expiry, i18n) {
  return expiry.unknown ? i18n.t('expiry.hiddenBy', expiry.unknown.user, unknownReason(i18n, expiry.unknown.reason)) : null;
}

/**
 * A date nobody can read: "Unknown — exec plugin", never a date shown as if fine; the earliest date
 * that is known (another user's) under it.
 */
function unknownExpiryCell(expiry, i18n, dates) {
  const t = i18n.t.bind(i18n);
  const known = expiry.expiresAt ? t('expiry.knownDate', expiryKind(i18n, expiry), dates.absolute(expiry.expiresAt)) : null;
  return el('span', { class: 'wbc-expiry wbc-expiry-unknown', title: [hiddenDate(expiry, i18n), known].filter(Boolean).join('; ') },
    el('span', { class: 'wbc-expiry-label' },
      expiry.unknown ? t('expiry.unknownWhy', unknownReason(i18n, expiry.unknown.reason)) : t('expiry.unknown')),
    expiry.expiresAt ? el('span', { class: 'wbc-date-absolute' }, t('expiry.earliestKnown', dates.date(expiry.expiresAt))) : null);
}

/** The server's expiry status: marked ⚠ when it has passed or falls within the threshold. */
function expiryCell(expiry, i18n, dates) {
  const t = i18n.t.bind(i18n);
  const look = expiryLook(expiry.status);
  if (look === 'unknown' || !expiry.expiresAt) {
    return unknownExpiryCell(expiry, i18n, dates);
  }
  const relative = dates.relativeDays(expiry.expiresAt);
  const title = [expiryKind(i18n, expiry), hiddenDate(expiry, i18n)].filter(Boolean).join('; ');
  return el('time', { datetime: expiry.expiresAt, class: 'wbc-expiry wbc-expiry-' + look, title: title },
    el('span', { class: 'wbc-expiry-label' },
      look === 'later' ? null : el('span', { class: 'wbc-expiry-icon', 'aria-hidden': 'true' }, '\u26a0 '),
      t(look === 'past' ? 'expiry.expired' : 'expiry.expires', relative)),
    el('span', { class: 'wbc-date-absolute' }, dates.date(expiry.expiresAt)));
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
    el('td', { class: 'wbc-col-expiry' }, item.expiry ? expiryCell(item.expiry, i18n, dates) : dash()),
    el('td', { class: 'wbc-col-date' }, dates.element(item.createdAt)),
    el('td', { class: 'wbc-col-date' }, item.lastUsed ? lastUsedCell(item.lastUsed, dates) : el('span', { class: 'wbc-muted' }, t('lastUsed.never'))),
    el('td', { class: 'wbc-col-usedby' }, item.usedBy > 0
      ? el('span', { class: 'wbc-used-count' }, i18n.n('usedBy.count', item.usedBy))
      : el('span', { class: 'wbc-muted' }, t('usedBy.none'))),
    el('td', { class: 'wbc-col-actions' }, options.menuButton));
}
