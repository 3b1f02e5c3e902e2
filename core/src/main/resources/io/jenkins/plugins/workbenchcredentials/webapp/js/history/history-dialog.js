/* The history dialog of a credential: who created and changed it, when, through what, and which fields. */

import { credentialPath, isAbort } from '../api/client.js';
import { button, clear, el } from '../dom/elements.js';
import { Modal } from '../ui/modal.js';

/** Fields whose values are secrets: the history says that they changed, and nothing more (it has nothing more). */
const SECRET_FIELDS = ['password', 'token', 'kubeconfig'];

/**
 * Shows the history the server keeps of a credential (GET credentials/ID/history), newest first. It
 * holds names only, never a value: not of a secret, not of any other field.
 * page: the workbench (its api, i18n, dates, root and errorText).
 */
export class HistoryDialog {
  constructor(page, credential) {
    this.page = page;
    this.i18n = page.i18n;
    this.credential = credential;
  }

  open(opener) {
    const t = this.i18n.t.bind(this.i18n);
    const id = this.credential.id;
    this.modal = new Modal(this.page.root, this.i18n, {
      title: t('history.title', id),
      className: 'wbc-history-dialog'
    });
    this.status = el('p', { class: 'wbc-history-status', role: 'status', 'aria-live': 'polite' }, t('history.loading'));
    this.error = el('div', { class: 'wbc-form-error', role: 'alert' });
    this.content = el('div', { class: 'wbc-history-content', 'aria-busy': 'true' });
    this.modal.body.append(this.status, this.error, this.content);
    this.closeButton = button(t('dialog.close'), { onClick: () => { this.modal.close(); } });
    this.modal.actions.append(this.closeButton);
    const controller = new AbortController();
    this.modal.onClosed = () => { controller.abort(); };
    this.modal.open(opener, this.closeButton);
    this.page.api.get(credentialPath(id, 'history'), null, controller.signal).then((history) => {
      this.render(history);
    }, (error) => {
      if (isAbort(error)) {
        return;
      }
      this.content.removeAttribute('aria-busy');
      this.status.textContent = '';
      this.error.append(el('p', null, this.page.errorText(error)));
    });
  }

  render(history) {
    const t = this.i18n.t.bind(this.i18n);
    const items = history.items || [];
    this.content.removeAttribute('aria-busy');
    clear(this.content);
    this.status.textContent = items.length ? this.i18n.n('history.count', items.length) : t('history.empty');
    if (!history.exists) {
      this.content.append(el('p', { class: 'wbc-history-note' }, t('history.deleted', history.id)));
    }
    if (!items.length) {
      this.content.append(el('p', { class: 'wbc-history-note' }, t('history.emptyHint')));
      return;
    }
    this.content.append(
      el('ol', { class: 'wbc-history', 'aria-label': t('history.listLabel', history.id) }, items.map((entry) => this.entry(entry))),
      el('p', { class: 'wbc-history-note' }, t('history.namesOnly')));
  }

  /** One change: what it did and when, by whom and through what, and the fields it set or changed. */
  entry(entry) {
    const t = this.i18n.t.bind(this.i18n);
    return el('li', { class: 'wbc-history-entry', dataset: { action: entry.action } },
      el('div', { class: 'wbc-history-head' },
        el('span', { class: 'wbc-history-action wbc-history-action-' + entry.action }, this.i18n.named('history.action.', entry.action)),
        this.page.dates.element(entry.at)),
      el('p', { class: 'wbc-history-who' },
        t('history.by', entry.actor, this.i18n.named('history.source.', entry.source))),
      this.fields(entry));
  }

  /**
   * A creation lists the fields it set and an update those it changed, a secret as "Password changed";
   * an update whose fields nobody knows (one found when the host started) says so; a deletion has none.
   */
  fields(entry) {
    const t = this.i18n.t.bind(this.i18n);
    const fields = entry.fields || [];
    if (entry.action === 'deleted') {
      return null;
    }
    if (!fields.length) {
      return el('p', { class: 'wbc-history-fields wbc-muted' }, t('history.notRecorded'));
    }
    const key = entry.action === 'created' ? 'history.fieldSet' : 'history.fieldChanged';
    return el('ul', { class: 'wbc-history-fields', 'aria-label': t(entry.action === 'created' ? 'history.fieldsSet' : 'history.fieldsChanged') },
      fields.map((field) => {
        const secret = SECRET_FIELDS.indexOf(field) >= 0;
        return el('li', {
          class: 'wbc-history-field' + (secret ? ' wbc-history-field-secret' : ''),
          dataset: { field: field },
          title: secret ? t('history.secretNotShown') : null
        }, t(key, this.i18n.named('field.', field)));
      }));
  }
}
