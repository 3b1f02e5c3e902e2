/*
 * Above the list while any credential needs attention: how many have expired and how many expire within
 * the threshold, the one whose date comes first, and a button that lists only those.
 */

import { button, clear, el } from '../dom/elements.js';

/**
 * A polite live region that stays in the page, so that a banner appearing after a change is announced;
 * it never takes the focus. options: onFilter(on), which turns the expiry filter on or off;
 * fallbackFocus(), where focus goes when the banner's button goes.
 */
export class ExpiryBanner {
  constructor(i18n, dates, options) {
    this.i18n = i18n;
    this.dates = dates;
    this.options = options;
    this.element = el('div', { class: 'wbc-banner-area', role: 'status', 'aria-live': 'polite' });
    this.shown = null;
  }

  /**
   * summary: the answer of GET expiring ({thresholdDays, expired, expiring, soonest}), or null when it is
   * not known; filtered: whether the list already shows only the expired and expiring.
   */
  show(summary, filtered) {
    const total = summary ? summary.expired + summary.expiring : 0;
    const shown = total === 0 ? '' : JSON.stringify([summary, filtered]);
    if (shown === this.shown) {
      return; // redrawn only when it changes, so a live region does not announce it again on every search
    }
    this.shown = shown;
    const hadFocus = this.element.contains(document.activeElement);
    clear(this.element);
    if (total === 0) {
      if (hadFocus) {
        this.options.fallbackFocus().focus();
      }
      return;
    }
    const t = this.i18n.t.bind(this.i18n);
    const n = this.i18n.n.bind(this.i18n);
    const counts = [];
    if (summary.expired > 0) {
      counts.push(n('banner.expired', summary.expired));
    }
    if (summary.expiring > 0) {
      counts.push(n('banner.expiring', summary.expiring, n('expiry.days', summary.thresholdDays)));
    }
    const action = button(t(filtered ? 'banner.showAll' : 'banner.show'), {
      variant: 'small',
      extraClass: 'wbc-banner-action',
      onClick: () => { this.options.onFilter(!filtered); }
    });
    this.element.append(el('div', {
      class: 'wbc-banner wbc-banner-' + (summary.expired > 0 ? 'expired' : 'expiring'),
      dataset: { expired: String(summary.expired), expiring: String(summary.expiring) }
    },
    el('span', { class: 'wbc-banner-icon', 'aria-hidden': 'true' }, '\u26a0'),
    el('div', { class: 'wbc-banner-text' },
      el('p', { class: 'wbc-banner-title' }, counts.join(' ')),
      summary.soonest ? this.soonest(summary.soonest) : null),
    action));
    if (hadFocus) {
      action.focus(); // the same button, redrawn: the focus stays where it was
    }
  }

  /** "deploy-token is the next to expire: in 5 days, on 7 Dec 2026, 09:22." */
  soonest(soonest) {
    const key = soonest.status === 'expired' ? 'banner.soonestExpired' : 'banner.soonestExpiring';
    return el('p', { class: 'wbc-banner-soonest', dataset: { id: soonest.id } },
      this.i18n.t(key, soonest.id, this.dates.relativeDays(soonest.expiresAt), this.dates.absolute(soonest.expiresAt)));
  }
}
