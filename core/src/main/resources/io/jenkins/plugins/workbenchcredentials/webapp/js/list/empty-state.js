/* What the list shows instead of rows: how to start when there is no credential, or that none matches. */

import { button, clear, el } from '../dom/elements.js';
import { keyIcon } from '../dom/icons.js';

/** options: onClearFilters(); onCreate(opener); fallbackFocus(), where focus goes when this state's button goes. */
export class EmptyState {
  constructor(i18n, options) {
    this.i18n = i18n;
    this.options = options;
    this.element = el('div', { class: 'wbc-empty', hidden: true });
  }

  /**
   * empty: the answer holds no credential; filtered: a search or filter is on; query: the search;
   * expiring: whether the expiry filter is on, with thresholdDays the server's threshold (null if unknown).
   */
  show(empty, filtered, query, expiring, thresholdDays) {
    const t = this.i18n.t.bind(this.i18n);
    const hadFocus = this.element.contains(document.activeElement);
    clear(this.element);
    this.element.hidden = !empty;
    if (!empty) {
      if (hadFocus) {
        this.options.fallbackFocus().focus(); // its button is gone with the empty state
      }
      return;
    }
    if (filtered) {
      this.element.setAttribute('data-kind', 'no-match');
      this.element.append(
        el('p', { class: 'wbc-empty-title' }, this.noMatchTitle(query, expiring, thresholdDays)),
        el('p', { class: 'wbc-empty-text' }, t(expiring && !query ? 'empty.noneExpiringHint' : 'empty.noMatchHint')),
        button(t('empty.clearSearch'), { onClick: () => { this.options.onClearFilters(); } }));
    } else {
      this.element.setAttribute('data-kind', 'empty');
      this.element.append(
        keyIcon(),
        el('p', { class: 'wbc-empty-title' }, t('empty.title')),
        el('p', { class: 'wbc-empty-text' }, t('empty.text')),
        button(t('page.create'), { variant: 'primary', onClick: (event) => { this.options.onCreate(event.currentTarget); } }));
    }
  }

  noMatchTitle(query, expiring, thresholdDays) {
    const t = this.i18n.t.bind(this.i18n);
    if (query) {
      return t('empty.noMatchQuery', query);
    }
    if (expiring) {
      return thresholdDays ? t('empty.noneExpiring', this.i18n.n('expiry.days', thresholdDays)) : t('empty.noneExpiringSoon');
    }
    return t('empty.noMatch');
  }

  hide() {
    this.element.hidden = true;
  }
}
