/* The labelled fields of the credential form, each with its hint and its error line. */

import { clear, el, uid } from '../dom/elements.js';

export class Fields {
  constructor() {
    this.byName = {};
  }

  /**
   * A field: label, control, hint (options.hint) and an error line, tied together for screen readers.
   * options.after holds controls that follow the field (e.g. the upload button); the hint goes there.
   */
  add(name, label, control, options = {}) {
    const id = uid('field-' + name);
    control.id = id;
    control.name = name;
    const hint = options.hint ? el('p', { class: 'wbc-hint', id: id + '-hint' }, options.hint) : null;
    const error = el('p', { class: 'wbc-field-error', id: id + '-error', hidden: true });
    if (hint) {
      control.setAttribute('aria-describedby', hint.id);
    }
    if (options.required) {
      control.required = true;
    }
    if (hint && options.after) {
      options.after.append(hint); // beside the controls that follow the field, e.g. the upload button
    }
    const wrapper = el('div', { class: 'wbc-field', dataset: { field: name } },
      el('label', { for: id, class: 'wbc-label' }, label,
        options.required ? el('span', { class: 'wbc-required', 'aria-hidden': 'true' }, ' *') : null),
      control,
      options.after || hint,
      error);
    this.byName[name] = { control: control, error: error, hint: hint, wrapper: wrapper, label: label };
    return wrapper;
  }

  /** The field's parts ({ control, error, hint, wrapper, label }), or undefined for a name the form lacks. */
  get(name) {
    return this.byName[name];
  }

  value(name) {
    return this.byName[name].control.value;
  }

  /** Shows a message under the field; false when the form has no such field. */
  setError(name, message) {
    const field = this.byName[name];
    if (!field) {
      return false;
    }
    field.error.textContent = message;
    field.error.hidden = false;
    field.control.setAttribute('aria-invalid', 'true');
    field.control.setAttribute('aria-describedby', [field.error.id, field.hint ? field.hint.id : null].filter(Boolean).join(' '));
    field.wrapper.classList.add('wbc-field-invalid');
    return true;
  }

  clearError(name) {
    const field = this.byName[name];
    field.error.hidden = true;
    clear(field.error);
    field.control.removeAttribute('aria-invalid');
    if (field.hint) {
      field.control.setAttribute('aria-describedby', field.hint.id);
    } else {
      field.control.removeAttribute('aria-describedby');
    }
    field.wrapper.classList.remove('wbc-field-invalid');
  }

  clearErrors() {
    Object.keys(this.byName).forEach((name) => { this.clearError(name); });
  }
}
