/* Messages about what just happened (created, deleted, failed), above the list. */

import { button, clear, el } from '../dom/elements.js';

/** Messages in live regions, so screen readers announce them; one at a time. */
export class Notices {
  constructor(i18n) {
    this.i18n = i18n;
    this.status = el('div', { class: 'wbc-notices', role: 'status', 'aria-live': 'polite' });
    this.alert = el('div', { class: 'wbc-notices', role: 'alert', 'aria-live': 'assertive' });
    this.element = el('div', { class: 'wbc-notice-area' }, this.status, this.alert);
  }

  show(kind, text) {
    this.clear();
    const region = kind === 'error' ? this.alert : this.status;
    region.append(el('div', { class: 'wbc-notice wbc-notice-' + kind },
      el('span', { class: 'wbc-notice-icon', 'aria-hidden': 'true' }, kind === 'error' ? '!' : '\u2713'),
      el('span', { class: 'wbc-notice-text' }, text),
      button('\u00d7', { extraClass: 'wbc-notice-close', variant: 'plain', ariaLabel: this.i18n.t('notice.dismiss'), onClick: () => { this.clear(); } })));
  }

  success(text) { this.show('success', text); }

  error(text) { this.show('error', text); }

  clear() { clear(this.status); clear(this.alert); }
}
