/* The dialog every form and confirmation of the page opens in. */

import { button, el, uid } from '../dom/elements.js';
import { focusables } from '../dom/focus.js';

/**
 * A modal <dialog>: the rest of the page is inert while it is open, Tab cycles inside it, Escape
 * closes it, and focus goes back to what opened it (or to what returnFocus finds once the list changed).
 * Fill body and actions, then open(); onClosed runs however it closes.
 */
export class Modal {
  constructor(root, i18n, options) {
    this.titleId = uid('dialog-title');
    this.body = el('div', { class: 'wbc-dialog-body' });
    this.actions = el('div', { class: 'wbc-dialog-actions' });
    this.dialog = el('dialog', { class: 'wbc-dialog ' + (options.className || ''), 'aria-labelledby': this.titleId },
      el('div', { class: 'wbc-dialog-header' },
        el('h2', { id: this.titleId, class: 'wbc-dialog-title' }, options.title),
        button('\u00d7', { variant: 'plain', extraClass: 'wbc-dialog-close', ariaLabel: i18n.t('dialog.close'), onClick: () => { this.close(); } })),
      this.body,
      this.actions);
    this.dialog.addEventListener('keydown', (event) => { this.trapTab(event); });
    this.dialog.addEventListener('close', () => { this.closed(); });
    root.append(this.dialog);
  }

  open(opener, initialFocus) {
    this.opener = opener || document.activeElement;
    this.dialog.showModal();
    const target = initialFocus || focusables(this.body)[0] || focusables(this.dialog)[0];
    if (target) {
      target.focus();
    }
  }

  close() {
    if (this.dialog.open) {
      this.dialog.close();
    }
  }

  closed() {
    this.dialog.remove();
    if (this.onClosed) {
      this.onClosed();
    }
    if (this.opener && this.opener.isConnected) {
      this.opener.focus();
    }
  }

  trapTab(event) {
    if (event.key !== 'Tab') {
      return;
    }
    const items = focusables(this.dialog);
    if (items.length === 0) {
      event.preventDefault();
      return;
    }
    const first = items[0];
    const last = items[items.length - 1];
    if (event.shiftKey && (document.activeElement === first || !this.dialog.contains(document.activeElement))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (document.activeElement === last || !this.dialog.contains(document.activeElement))) {
      event.preventDefault();
      first.focus();
    }
  }
}
