/* The delete dialog of a credential, with the where-used guard. */

import { credentialPath } from '../api/client.js';
import { append, button, clear, el, uid } from '../dom/elements.js';
import { buildName, linkOrText } from '../dom/links.js';
import { Modal } from '../ui/modal.js';

function isUsed(whereUsed) {
  return (whereUsed.references && whereUsed.references.length > 0) || (whereUsed.uses && whereUsed.uses.length > 0);
}

/**
 * Confirms a delete. It first asks where the credential is used; when anything depends on it, the
 * dialog lists the dependents, says what breaks, and enables Delete only once the ID is typed.
 * page: the workbench (its api, i18n, dates, root, errorText and deleted()).
 */
export class DeleteDialog {
  constructor(page, credential) {
    this.page = page;
    this.i18n = page.i18n;
    this.credential = credential;
    this.force = false;
  }

  open(opener) {
    const t = this.i18n.t.bind(this.i18n);
    this.modal = new Modal(this.page.root, this.i18n, {
      title: t('delete.title', this.credential.id),
      className: 'wbc-delete-dialog'
    });
    this.status = el('p', { class: 'wbc-delete-status', role: 'status', 'aria-live': 'polite' }, t('delete.checking'));
    this.content = el('div', { class: 'wbc-delete-content' });
    this.error = el('div', { class: 'wbc-form-error', role: 'alert' });
    this.modal.body.append(this.status, this.error, this.content);
    this.cancelButton = button(t('form.cancel'), { onClick: () => { this.modal.close(); } });
    this.deleteButton = button(t('delete.confirm'), { variant: 'danger', disabled: true, onClick: () => { this.confirm(); } });
    this.modal.actions.append(this.cancelButton, this.deleteButton);
    this.modal.open(opener, this.cancelButton);
    this.page.api.get(credentialPath(this.credential.id, 'where-used')).then((whereUsed) => {
      this.render(whereUsed);
    }, (error) => {
      this.status.textContent = '';
      this.error.append(el('p', null, this.page.errorText(error)));
    });
  }

  render(whereUsed) {
    const t = this.i18n.t.bind(this.i18n);
    const id = this.credential.id;
    const used = isUsed(whereUsed);
    this.force = used;
    clear(this.content);
    if (!used) {
      this.status.textContent = t('delete.unused', id);
      append(this.content, [this.notes(whereUsed.notes)]);
      this.deleteButton.disabled = false;
      return;
    }
    const references = whereUsed.references || [];
    const uses = whereUsed.uses || [];
    const consumers = {};
    references.concat(uses).forEach((entry) => { consumers[entry.consumer] = true; });
    const count = Object.keys(consumers).length;
    this.status.textContent = this.i18n.n('delete.usedBy', count, id);
    this.confirmInput = el('input', { type: 'text', autocomplete: 'off', spellcheck: 'false', class: 'wbc-input wbc-mono', name: 'confirmId' });
    const inputId = uid('confirm');
    this.confirmInput.id = inputId;
    this.confirmInput.addEventListener('input', () => {
      this.deleteButton.disabled = this.confirmInput.value !== id;
    });
    this.confirmInput.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !this.deleteButton.disabled) {
        event.preventDefault();
        this.confirm();
      }
    });
    append(this.content, [
      el('div', { class: 'wbc-warning-box' },
        el('p', { class: 'wbc-warning-title' }, t('delete.breaksTitle')),
        el('p', null, t('delete.breaks', id))),
      references.length ? el('section', { class: 'wbc-dependents wbc-references' },
        el('h3', { class: 'wbc-section-title' }, t('delete.references')),
        el('ul', { class: 'wbc-dependent-list' }, references.map((reference) => el('li', null,
          linkOrText(reference.consumer, reference.consumerUrl, 'wbc-consumer'),
          el('span', { class: 'wbc-muted' }, ' \u00b7 ' + reference.source))))) : null,
      uses.length ? el('section', { class: 'wbc-dependents wbc-uses' },
        el('h3', { class: 'wbc-section-title' }, t('delete.uses')),
        el('ul', { class: 'wbc-dependent-list' }, uses.map((use) => this.useItem(use)))) : null,
      this.notes(whereUsed.notes),
      el('div', { class: 'wbc-field wbc-confirm' },
        el('label', { for: inputId, class: 'wbc-label' }, t('delete.typeToConfirm', id)),
        this.confirmInput)]);
    this.deleteButton.disabled = true;
  }

  /** A recorded use: who, which build, when, and by whom. */
  useItem(use) {
    const dates = this.page.dates;
    const parts = [linkOrText(use.consumer, use.consumerUrl, 'wbc-consumer')];
    if (use.build) {
      parts.push(' ', linkOrText(buildName(use.build), use.buildUrl, 'wbc-build'));
    }
    const detail = [dates.relative(use.at)];
    if (use.user) {
      detail.push(this.i18n.t('delete.byUser', use.user));
    }
    parts.push(el('span', { class: 'wbc-muted', title: dates.absolute(use.at) }, ' \u00b7 ' + detail.join(' \u00b7 ')));
    return el('li', null, parts);
  }

  notes(notes) {
    if (!notes || !notes.length) {
      return null;
    }
    return el('ul', { class: 'wbc-notes' }, notes.map((note) => el('li', null, note)));
  }

  confirm() {
    const page = this.page;
    const id = this.credential.id;
    this.deleteButton.disabled = true;
    clear(this.error);
    page.api.post(credentialPath(id, 'delete'), undefined, this.force ? { force: 'true' } : null).then(() => {
      this.modal.close();
      page.deleted(id);
    }, (error) => {
      if (error.code === 'IN_USE' && error.whereUsed) {
        // Something started using it while the dialog was open: show that and ask again.
        this.render(error.whereUsed);
      } else {
        this.deleteButton.disabled = false;
      }
      this.error.append(el('p', null, page.errorText(error)));
    });
  }
}
