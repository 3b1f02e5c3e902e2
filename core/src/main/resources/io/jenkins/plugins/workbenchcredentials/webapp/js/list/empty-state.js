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

  /** empty: the answer holds no credential; filtered: a search or filter is on; query: the search. */
  show(empty, filtered, query) {
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
        el('p', { class: 'wbc-empty-title' }, query ? t('empty.noMatchQuery', query) : t('empty.noMatch')),
        el('p', { class: 'wbc-empty-text' }, t('empty.noMatchHint')),
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

  hide() {
    this.element.hidden = true;
  }
}
