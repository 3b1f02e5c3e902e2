/* Under the list: which credentials are shown, the page size, and previous / next. */

import { button, el, uid } from '../dom/elements.js';

const PAGE_SIZES = [10, 20, 50, 100];

/** options: onStep(-1 or +1) for previous and next; onPageSize(size) when another size is chosen. */
export class Pager {
  constructor(i18n, pageSize, options) {
    const t = i18n.t.bind(i18n);
    this.i18n = i18n;
    const sizeId = uid('page-size');
    this.rangeText = el('span', { class: 'wbc-range', 'aria-live': 'polite' });
    this.pageText = el('span', { class: 'wbc-page-number' });
    this.previousButton = button(t('pager.previous'), { extraClass: 'wbc-previous', onClick: () => { options.onStep(-1); } });
    this.nextButton = button(t('pager.next'), { extraClass: 'wbc-next', onClick: () => { options.onStep(1); } });
    this.pageSizeSelect = el('select', { id: sizeId, name: 'pageSize', class: 'wbc-input wbc-input-small', value: String(pageSize) },
      PAGE_SIZES.map((size) => el('option', { value: String(size) }, String(size))));
    this.pageSizeSelect.addEventListener('change', () => { options.onPageSize(Number(this.pageSizeSelect.value)); });
    this.element = el('nav', { class: 'wbc-pager', 'aria-label': t('pager.label') },
      this.rangeText,
      el('div', { class: 'wbc-pager-controls' },
        el('label', { for: sizeId, class: 'wbc-label wbc-inline-label' }, t('pager.pageSize')),
        this.pageSizeSelect,
        this.previousButton, this.pageText, this.nextButton));
  }

  /** Shows the answer's pagination ({ page, pageSize, total, pages }) for the shown number of rows. */
  show(pagination, shown) {
    const t = this.i18n.t.bind(this.i18n);
    this.element.hidden = pagination.total === 0;
    const first = (pagination.page - 1) * pagination.pageSize + 1;
    const last = first + shown - 1;
    this.rangeText.textContent = this.i18n.n('pager.range', pagination.total, first, last);
    this.pageText.textContent = t('pager.page', pagination.page, pagination.pages);
    this.previousButton.disabled = pagination.page <= 1;
    this.nextButton.disabled = pagination.page >= pagination.pages;
  }

  hide() {
    this.element.hidden = true;
  }
}
