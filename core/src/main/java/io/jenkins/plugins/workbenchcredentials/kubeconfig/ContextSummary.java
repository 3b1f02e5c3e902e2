package io.jenkins.plugins.workbenchcredentials.kubeconfig;

/**
 * One context: the names it joins and where it connects to. Any field may be {@code null} when the file
 * leaves it out or refers to something it does not define.
 *
 * @param server the cluster's API server URL, with any user-info part replaced by {@code ****}
 */
public record ContextSummary(String name, String cluster, String server, String user, String namespace) {}
