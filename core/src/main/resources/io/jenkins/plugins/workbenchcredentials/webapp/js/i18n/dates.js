/* Dates in the page's language: "3 days ago" first, the local date and time beside it. */

import { el } from '../dom/elements.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The server's expiry status (which applies the administrators' threshold) as the look of its cell. */
const EXPIRY_LOOKS = { expired: 'past', expiring: 'soon', valid: 'later' };

const UNITS = [['year', 365 * DAY_MS], ['month', 30 * DAY_MS], ['week', 7 * DAY_MS], ['day', DAY_MS],
  ['hour', 60 * 60 * 1000], ['minute', 60 * 1000]];

export class Dates {
  constructor(language) {
    // Dates follow the browser's own regional format when it is a variant of the page's language.
    const browser = navigator.language || language;
    const locale = browser.toLowerCase().indexOf(language.slice(0, 2).toLowerCase()) === 0 ? browser : language;
    this.absoluteFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    this.dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    this.relativeFormat = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  }

  absolute(iso) {
    return this.absoluteFormat.format(new Date(iso));
  }

  date(iso) {
    return this.dateFormat.format(new Date(iso));
  }

  /** "3 days ago", "in 2 weeks", "now". */
  relative(iso) {
    const delta = new Date(iso).getTime() - Date.now();
    for (let i = 0; i < UNITS.length; i++) {
      if (Math.abs(delta) >= UNITS[i][1]) {
        return this.relativeFormat.format(Math.round(delta / UNITS[i][1]), UNITS[i][0]);
      }
    }
    return this.relativeFormat.format(0, 'second');
  }

  /** Like relative, but in days up to two months away: "in 12 days" says more than "in 2 weeks" of an expiry. */
  relativeDays(iso) {
    const delta = new Date(iso).getTime() - Date.now();
    if (Math.abs(delta) >= DAY_MS && Math.abs(delta) < 60 * DAY_MS) {
      return this.relativeFormat.format(Math.round(delta / DAY_MS), 'day');
    }
    return this.relative(iso);
  }

  /** A date cell: the relative form first, the local date and time under it. */
  element(iso) {
    return el('time', { datetime: iso, class: 'wbc-date' },
      el('span', { class: 'wbc-date-relative' }, this.relative(iso)),
      el('span', { class: 'wbc-date-absolute' }, this.absolute(iso)));
  }
}

/** "past", "soon", "later" or "unknown": the look of the server's expiry status (see CredentialView.ExpiryView). */
export function expiryLook(status) {
  return EXPIRY_LOOKS[status] || 'unknown';
}

/**
 * "past", "soon" (within thresholdDays) or "later", for a date the server has not judged: the earliest
 * expiry of a kubeconfig being typed, with the threshold the server announced (GET expiring).
 */
export function expiryState(iso, thresholdDays) {
  const left = new Date(iso).getTime() - Date.now();
  if (left <= 0) {
    return 'past';
  }
  return left <= thresholdDays * DAY_MS ? 'soon' : 'later';
}

/** Why a kubeconfig user's expiry cannot be known, in a few words ("exec plugin"); the reason itself if new. */
export function unknownReason(i18n, reason) {
  return i18n.named('expiry.reason.', reason);
}

/** Whose date an expiry is: a kubeconfig user's client certificate or token, or a token's own (JWT exp). */
export function expiryKind(i18n, expiry) {
  if (expiry.kind === 'token') {
    return expiry.user ? i18n.t('expiry.kind.token', expiry.user) : i18n.t('expiry.kind.jwt');
  }
  return i18n.t('expiry.kind.certificate', expiry.user);
}
