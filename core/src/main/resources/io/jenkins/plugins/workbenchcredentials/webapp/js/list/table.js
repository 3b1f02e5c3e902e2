/* The table of credentials: its columns, the sort buttons in its header, and its rows. */

import { clear, el } from '../dom/elements.js';

export const COLUMNS = [
  { key: 'id', sort: 'id', className: 'wbc-col-id' },
  { key: 'type', sort: 'type', className: 'wbc-col-type' },
  { key: 'description', className: 'wbc-col-description' },
  { key: 'cluster', className: 'wbc-col-cluster' },
  { key: 'expiry', className: 'wbc-col-expiry' },
  { key: 'created', sort: 'created', className: 'wbc-col-date' },
  { key: 'lastUsed', sort: 'lastUsed', className: 'wbc-col-date' },
  { key: 'usedBy', className: 'wbc-col-usedby' },
  { key: 'actions', hiddenLabel: true, className: 'wbc-col-actions' }
];

/** Names sort A to Z first, dates newest first, as the API does by default. */
export function defaultDirection(sortBy) {
  return sortBy === 'id' || sortBy === 'type' ? 'asc' : 'desc';
}

/**
 * options: onSort(field) when a sortable header is pressed; row(item) builds a row (see row.js);
 * menu, the rows' menu, closed before the rows go; fallbackFocus() where focus goes when its row is gone.
 */
export class CredentialTable {
  constructor(i18n, options) {
    const t = i18n.t.bind(i18n);
    this.i18n = i18n;
    this.options = options;
    this.headers = {};
    const headerRow = el('tr', null, COLUMNS.map((column) => {
      const label = t('column.' + column.key);
      const th = el('th', { scope: 'col', class: column.className });
      if (column.sort) {
        const sortButton = el('button', { type: 'button', class: 'wbc-sort', dataset: { sort: column.sort } },
          label, el('span', { class: 'wbc-sort-icon', 'aria-hidden': 'true' }));
        sortButton.addEventListener('click', () => { options.onSort(column.sort); });
        th.append(sortButton);
        this.headers[column.sort] = th;
      } else if (column.hiddenLabel) {
        th.append(el('span', { class: 'wbc-visually-hidden' }, label));
      } else {
        th.append(label);
      }
      return th;
    }));
    this.tbody = el('tbody');
    this.element = el('table', { class: 'wbc-table' },
      el('caption', { class: 'wbc-visually-hidden' }, t('table.caption')),
      el('thead', null, headerRow),
      this.tbody);
    this.tbody.append(el('tr', { class: 'wbc-loading-row' }, el('td', { colspan: String(COLUMNS.length) }, t('table.loading'))));
  }

  /** Marks the sorted column (aria-sort and its arrow) and says on each header what pressing it does. */
  updateSortHeaders(sortBy, sortDir) {
    const t = this.i18n.t.bind(this.i18n);
    Object.keys(this.headers).forEach((field) => {
      const th = this.headers[field];
      const icon = th.querySelector('.wbc-sort-icon');
      const sortButton = th.querySelector('.wbc-sort');
      if (field === sortBy) {
        th.setAttribute('aria-sort', sortDir === 'asc' ? 'ascending' : 'descending');
        icon.textContent = sortDir === 'asc' ? '\u25b2' : '\u25bc';
        sortButton.setAttribute('title', t(sortDir === 'asc' ? 'sort.descendingHint' : 'sort.ascendingHint'));
      } else {
        th.removeAttribute('aria-sort');
        icon.textContent = '\u21c5';
        sortButton.setAttribute('title', t(defaultDirection(field) === 'asc' ? 'sort.ascendingHint' : 'sort.descendingHint'));
      }
    });
  }

  /**
   * Replaces the rows. Focus on a row (its menu button, after an edit or delete dialog) stays on that
   * row when it is still listed, else moves to the first row or the fallback, never to nowhere.
   */
  renderRows(items) {
    const active = document.activeElement;
    const focusedRow = active && this.tbody.contains(active) ? active.closest('tr') : null;
    this.options.menu.close(false);
    clear(this.tbody);
    items.forEach((item) => { this.tbody.append(this.options.row(item)); });
    this.element.hidden = items.length === 0;
    if (focusedRow) {
      const target = this.menuButtonOf(focusedRow.dataset.id) || this.tbody.querySelector('.wbc-menu-button') || this.options.fallbackFocus();
      target.focus();
    }
  }

  menuButtonOf(id) {
    const buttons = this.tbody.querySelectorAll('.wbc-menu-button');
    for (let i = 0; i < buttons.length; i++) {
      if (buttons[i].dataset.id === id) {
        return buttons[i];
      }
    }
    return null;
  }
}
