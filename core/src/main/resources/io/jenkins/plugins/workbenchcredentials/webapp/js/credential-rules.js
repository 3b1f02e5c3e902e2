/*
 * What the page knows of credentials before asking the server: the three types and the limits of their
 * fields. They are the core's own rules (CredentialId, FieldLimits, KubernetesNames); the page checks them
 * only to answer at once, and the server checks everything again.
 */

export const TYPES = ['username-password', 'secret-text', 'kubeconfig'];

export const ID_PATTERN = /^[A-Za-z0-9_.-]+$/;
export const ID_MAX = 128;
export const DESCRIPTION_MAX = 1024;
export const NAMESPACE_PATTERN = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
export const KUBECONFIG_MAX_BYTES = 1024 * 1024;
