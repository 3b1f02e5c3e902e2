/* The kubeconfig fields: the file (typed or uploaded) with its check, the default context and namespace. */

import { KUBECONFIG_MAX_BYTES } from '../credential-rules.js';
import { clear, el } from '../dom/elements.js';
import { KubeconfigCheck } from './kubeconfig-check.js';

export class KubeconfigSection {
  /** options: { editing, secretHint }; credential.kubeconfig is the stored file's summary on edit. */
  constructor(page, fields, credential, options) {
    const t = page.i18n.t.bind(page.i18n);
    this.i18n = page.i18n;
    this.fields = fields;
    const stored = credential.kubeconfig || null;
    const textarea = el('textarea', {
      rows: '10', spellcheck: 'false', autocomplete: 'off', autocapitalize: 'off', class: 'wbc-input wbc-mono wbc-code',
      placeholder: 'apiVersion: v1\nkind: Config\nclusters: \u2026'
    });
    const upload = el('input', { type: 'file', class: 'wbc-visually-hidden', name: 'kubeconfigFile' });
    const uploadLabel = el('label', { class: 'wbc-btn wbc-btn-small wbc-upload' }, upload, t('field.kubeconfigUpload'));
    this.contextSelect = el('select', { class: 'wbc-input' });
    this.storedDefaultContext = stored ? stored.defaultContext || '' : '';
    this.check = new KubeconfigCheck(page, (summary) => { this.fillContexts(summary); });
    textarea.addEventListener('input', () => {
      fields.clearError('kubeconfig');
      this.check.textChanged(textarea.value);
    });
    upload.addEventListener('change', () => { this.readUpload(upload, textarea); });
    this.element = el('fieldset', { class: 'wbc-fieldset' },
      el('legend', { class: 'wbc-legend' }, t('type.kubeconfig')),
      fields.add('kubeconfig', t('field.kubeconfig'), textarea, {
        required: !options.editing,
        hint: options.secretHint || t('field.kubeconfigHint'),
        after: el('div', { class: 'wbc-upload-row' }, uploadLabel)
      }),
      this.check.element,
      el('div', { class: 'wbc-field-row' },
        fields.add('defaultContext', t('field.defaultContext'), this.contextSelect, { hint: t('field.defaultContextHint') }),
        fields.add('defaultNamespace', t('field.defaultNamespace'), el('input', {
          type: 'text', autocomplete: 'off', spellcheck: 'false', maxlength: '63', class: 'wbc-input wbc-mono',
          value: stored ? stored.defaultNamespace || '' : '', placeholder: t('field.defaultNamespacePlaceholder')
        }), { hint: t('field.defaultNamespaceHint') })));
    // On edit the stored file is not sent back; its contexts come with the credential's summary.
    this.fillContexts(stored && stored.contexts
      ? { currentContext: stored.defaultContext ? null : stored.context, contexts: stored.contexts, stored: true }
      : null);
  }

  readUpload(upload, textarea) {
    const file = upload.files && upload.files[0];
    if (!file) {
      return;
    }
    upload.value = '';
    if (file.size > KUBECONFIG_MAX_BYTES) {
      this.fields.setError('kubeconfig', this.i18n.t('field.kubeconfigTooLarge', KUBECONFIG_MAX_BYTES));
      return;
    }
    file.text().then((text) => {
      textarea.value = text;
      this.fields.clearError('kubeconfig');
      if (text.trim()) {
        this.check.run(text);
      } else {
        this.check.reset();
      }
    }, () => {
      this.fields.setError('kubeconfig', this.i18n.t('field.kubeconfigUnreadable'));
    });
  }

  /** The default context choices: the file's current-context, or one of its contexts. */
  fillContexts(summary) {
    const t = this.i18n.t.bind(this.i18n);
    const select = this.contextSelect;
    const previous = select.options.length ? select.value : this.storedDefaultContext;
    const contexts = summary ? summary.contexts : [];
    let fromFile;
    if (!summary) {
      fromFile = t('field.defaultContextNone');
    } else if (summary.currentContext) {
      fromFile = t('field.defaultContextFile', summary.currentContext);
    } else if (summary.stored) {
      fromFile = t('field.defaultContextStored');
    } else {
      fromFile = t('field.defaultContextUnset');
    }
    clear(select);
    select.append(el('option', { value: '' }, fromFile));
    contexts.forEach((context) => {
      select.append(el('option', { value: context.name }, context.name));
    });
    const names = contexts.map((context) => context.name);
    select.value = names.indexOf(previous) >= 0 ? previous : '';
  }
}
