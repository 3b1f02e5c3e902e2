/* The fields of a username-and-password and of a secret-text credential; the kubeconfig has its own module. */

import { el } from '../dom/elements.js';

/** options: { editing, secretHint } — on edit a secret field may stay blank, which keeps the stored secret. */
export function usernamePasswordSection(fields, t, credential, options) {
  return el('fieldset', { class: 'wbc-fieldset' },
    el('legend', { class: 'wbc-legend' }, t('type.username-password')),
    fields.add('username', t('field.username'), el('input', {
      type: 'text', autocomplete: 'off', spellcheck: 'false', class: 'wbc-input', value: credential.username || ''
    }), { required: true }),
    fields.add('password', t('field.password'), el('input', {
      type: 'password', autocomplete: 'new-password', class: 'wbc-input'
    }), { required: !options.editing, hint: options.secretHint }));
}

export function secretTextSection(fields, t, options) {
  return el('fieldset', { class: 'wbc-fieldset' },
    el('legend', { class: 'wbc-legend' }, t('type.secret-text')),
    fields.add('token', t('field.token'), el('input', {
      type: 'password', autocomplete: 'new-password', spellcheck: 'false', class: 'wbc-input wbc-mono'
    }), { required: !options.editing, hint: options.secretHint || t('field.tokenHint') }));
}
