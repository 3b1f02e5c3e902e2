/* Above the list: the search box, the type filter and the expiry filter. */

import { TYPES } from '../credential-rules.js';
import { debounce } from '../dom/debounce.js';
import { el, uid } from '../dom/elements.js';

const SEARCH_DELAY_MS = 250;

/**
 * onChange gets what changed, as list state: { query } (trimmed, once typing pauses or on Enter),
 * { type } ('' for all types) or { expiring } ('true' for only the expired and expiring, '' for all).
 */
export class Toolbar {
  constructor(i18n, onChange) {
    const t = i18n.t.bind(i18n);
    const searchId = uid('search');
    const typeId = uid('type-filter');
    const expiringId = uid('expiring-filter');
    this.i18n = i18n;
    this.searchInput = el('input', {
      type: 'search', id: searchId, name: 'query', class: 'wbc-input wbc-search', maxlength: '200',
      placeholder: t('search.placeholder'), autocomplete: 'off', spellcheck: 'false'
    });
    this.searchError = el('p', { class: 'wbc-field-error', hidden: true, id: searchId + '-error' });
    const search = debounce(() => { onChange({ query: this.searchInput.value.trim() }); }, SEARCH_DELAY_MS);
    this.searchInput.addEventListener('input', search);
    this.searchInput.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        search.cancel();
        onChange({ query: this.searchInput.value.trim() });
      }
    });
    this.typeFilter = el('select', { id: typeId, name: 'typeFilter', class: 'wbc-input' },
      el('option', { value: '' }, t('filter.allTypes')),
      TYPES.map((type) => el('option', { value: type }, t('type.' + type))));
    this.typeFilter.addEventListener('change', () => { onChange({ type: this.typeFilter.value }); });
    // Its label names the threshold once the server has said it (setThreshold).
    this.expiringOption = el('option', { value: 'true' }, t('filter.expiringSoon'));
    this.expiringFilter = el('select', { id: expiringId, name: 'expiringFilter', class: 'wbc-input' },
      el('option', { value: '' }, t('filter.anyExpiry')),
      this.expiringOption);
    this.expiringFilter.addEventListener('change', () => { onChange({ expiring: this.expiringFilter.value }); });
    this.element = el('div', { class: 'wbc-toolbar', role: 'search' },
      el('div', { class: 'wbc-toolbar-field wbc-toolbar-search' },
        el('label', { for: searchId, class: 'wbc-label' }, t('search.label')),
        this.searchInput,
        this.searchError),
      el('div', { class: 'wbc-toolbar-field' },
        el('label', { for: typeId, class: 'wbc-label' }, t('filter.type')),
        this.typeFilter),
      el('div', { class: 'wbc-toolbar-field' },
        el('label', { for: expiringId, class: 'wbc-label' }, t('filter.expiry')),
        this.expiringFilter));
  }

  /** Shows whether the expiry filter is on ('true') or off (''), as the list state says. */
  setExpiring(value) {
    this.expiringFilter.value = value;
  }

  /** Names the server's threshold in the expiry filter: "Expired or expiring within 14 days". */
  setThreshold(days) {
    this.expiringOption.textContent = this.i18n.t('filter.expiringWithin', this.i18n.n('expiry.days', days));
  }

  /** Empties the search box and shows all types and expiries again; the caller reloads the list. */
  reset() {
    this.searchInput.value = '';
    this.typeFilter.value = '';
    this.expiringFilter.value = '';
  }

  /** A search the server refused (e.g. too long), shown under the box. */
  showSearchError(message) {
    this.searchError.textContent = message;
    this.searchError.hidden = false;
    this.searchInput.setAttribute('aria-invalid', 'true');
    this.searchInput.setAttribute('aria-describedby', this.searchError.id);
  }

  hideSearchError() {
    this.searchError.hidden = true;
    this.searchInput.removeAttribute('aria-invalid');
    this.searchInput.removeAttribute('aria-describedby');
  }
}
