/* The create and edit dialog of a credential. */

import { credentialPath } from '../api/client.js';
import { DESCRIPTION_MAX, ID_MAX, TYPES } from '../credential-rules.js';
import { button, clear, el, uid } from '../dom/elements.js';
import { Modal } from '../ui/modal.js';
import { Fields } from './fields.js';
import { KubeconfigSection } from './kubeconfig-section.js';
import { localProblems, requestBody } from './submission.js';
import { secretTextSection, usernamePasswordSection } from './type-sections.js';

const SECRET_FIELDS = ['password', 'token', 'kubeconfig'];

/**
 * The form of one credential. On create every field is open; on edit the ID and type are shown
 * but fixed, the secret fields start empty (blank keeps the stored secret), and the revision read
 * goes with the update so a stale edit is refused instead of overwriting a newer one.
 * page: the workbench (its api, i18n, root, errorText and saved()).
 */
export class CredentialForm {
  constructor(page, credential) {
    this.page = page;
    this.i18n = page.i18n;
    this.credential = credential || null;
    this.editing = !!credential;
    this.fields = new Fields();
    this.busy = false;
  }

  open(opener) {
    const t = this.i18n.t.bind(this.i18n);
    const editingId = this.editing ? this.credential.id : null;
    this.modal = new Modal(this.page.root, this.i18n, {
      title: this.editing ? t('form.editTitle', editingId) : t('form.createTitle'),
      className: 'wbc-form-dialog'
    });
    this.modal.onClosed = () => {
      // Closed however (Cancel, Escape, saved): no check still on its way, no secret left in a field.
      this.kubeconfig.check.reset();
      this.forgetSecrets();
    };
    this.formError = el('div', { class: 'wbc-form-error', role: 'alert' });
    // The ID is kept aside: form.id would be the field named "id", not the form's own ID.
    const formId = uid('form');
    this.form = el('form', { class: 'wbc-form', id: formId, novalidate: true });
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    this.buildFields();
    this.modal.body.append(this.formError, this.form);
    this.submitButton = button(this.editing ? t('form.save') : t('form.create'), { type: 'submit', variant: 'primary', form: formId });
    this.modal.actions.append(
      button(t('form.cancel'), { onClick: () => { this.modal.close(); } }),
      this.submitButton);
    this.showType(this.typeValue());
    this.modal.open(opener, this.fields.get(this.editing ? 'description' : 'id').control);
  }

  buildFields() {
    const t = this.i18n.t.bind(this.i18n);
    const fields = this.fields;
    const credential = this.credential || {};
    const editing = this.editing;
    const sectionOptions = { editing: editing, secretHint: editing ? t('form.keepSecretHint') : null };

    const idInput = el('input', {
      type: 'text', autocomplete: 'off', spellcheck: 'false', maxlength: String(ID_MAX),
      pattern: '[A-Za-z0-9_.\\-]+', value: credential.id || '', readOnly: editing, class: 'wbc-input wbc-mono'
    });
    const typeControl = editing
      ? el('input', { type: 'text', readOnly: true, class: 'wbc-input', value: t('type.' + credential.type) })
      : el('select', { class: 'wbc-input' },
        el('option', { value: '' }, t('form.chooseType')),
        TYPES.map((type) => el('option', { value: type }, t('type.' + type))));
    if (!editing) {
      typeControl.addEventListener('change', () => { this.showType(typeControl.value); });
    }

    this.kubeconfig = new KubeconfigSection(this.page, fields, credential, sectionOptions);
    this.sections = {
      'username-password': usernamePasswordSection(fields, t, credential, sectionOptions),
      'secret-text': secretTextSection(fields, t, sectionOptions),
      kubeconfig: this.kubeconfig.element
    };

    const typeOptions = editing ? { hint: t('form.fixedHint') } : { required: true };
    const idOptions = editing ? { hint: t('form.fixedHint') } : { required: true, hint: t('field.idHint', ID_MAX) };
    this.form.append(
      el('div', { class: 'wbc-field-row' },
        fields.add('id', t('field.id'), idInput, idOptions),
        fields.add('type', t('field.type'), typeControl, typeOptions)),
      fields.add('description', t('field.description'), el('textarea', {
        rows: '2', maxlength: String(DESCRIPTION_MAX), class: 'wbc-input', value: credential.description || ''
      }), { hint: t('field.descriptionHint') }),
      this.sections['username-password'],
      this.sections['secret-text'],
      this.sections.kubeconfig);
  }

  typeValue() {
    return this.editing ? this.credential.type : this.fields.value('type');
  }

  /** Only the chosen type's fields are shown (and reachable with Tab). */
  showType(type) {
    Object.keys(this.sections).forEach((name) => {
      this.sections[name].hidden = name !== type;
    });
  }

  submit() {
    if (this.busy) {
      return;
    }
    this.fields.clearErrors();
    clear(this.formError);
    const problems = localProblems(this, this.i18n.t.bind(this.i18n));
    if (problems.length) {
      problems.forEach((problem) => { this.fields.setError(problem[0], problem[1]); });
      this.formError.append(el('p', null, this.i18n.n('form.problemCount', problems.length)));
      this.fields.get(problems[0][0]).control.focus();
      return;
    }
    const page = this.page;
    const request = this.editing
      ? page.api.post(credentialPath(this.credential.id), requestBody(this))
      : page.api.post('credentials', requestBody(this));
    this.setBusy(true);
    request.then((saved) => {
      this.forgetSecrets();
      this.modal.close();
      page.saved(saved, this.editing);
    }, (error) => {
      this.setBusy(false);
      this.showServerError(error);
    });
  }

  setBusy(busy) {
    this.busy = busy;
    this.submitButton.disabled = busy;
    this.form.setAttribute('aria-busy', busy ? 'true' : 'false');
  }

  /** Secrets stay in the page no longer than the request that sends them. */
  forgetSecrets() {
    SECRET_FIELDS.forEach((name) => {
      this.fields.get(name).control.value = '';
    });
  }

  showServerError(error) {
    const t = this.i18n.t.bind(this.i18n);
    const message = this.page.errorText(error);
    const field = error.field ? this.fields.get(error.field) || null : null;
    clear(this.formError);
    if (field) {
      this.fields.setError(error.field, message);
      this.formError.append(el('p', null, t('form.fieldProblem', field.label, message)));
    } else {
      this.formError.append(el('p', null, message));
    }
    if (error.problems && error.problems.length) {
      this.kubeconfig.check.showProblems(error.problems);
    }
    if (error.code === 'CONFLICT' && error.field === 'revision') {
      this.formError.append(button(t('form.reload'), {
        variant: 'small',
        onClick: () => { this.reload(); }
      }));
    }
    if (field && !field.control.hidden) {
      field.control.focus();
    } else {
      this.formError.setAttribute('tabindex', '-1');
      this.formError.focus();
    }
  }

  /** After a conflict: open the stored version again, so the change is made on it. */
  reload() {
    const page = this.page;
    const id = this.credential.id;
    const opener = this.modal.opener;
    this.forgetSecrets();
    this.modal.close();
    page.api.get(credentialPath(id)).then((fresh) => {
      new CredentialForm(page, fresh).open(opener);
    }, (error) => {
      page.notices.error(page.errorText(error));
    });
  }
}
