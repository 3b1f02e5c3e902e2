package io.jenkins.plugins.workbenchcredentials.kubeconfig;

/**
 * Fields that name a file on the machine the kubeconfig came from. A build agent will not have that
 * file, so each one is a warning pointing to the field that embeds the content instead.
 */
final class FileReferences {
    private FileReferences() {}

    /**
     * Warns about a file field, and fails when both it and its embedded form are set (kubectl refuses).
     *
     * @param embeddedKey the field to use instead, e.g. {@code client-key-data}, or {@code token}
     * @return whether the file field is set
     */
    static boolean check(Node body, String fileKey, String embeddedKey, Problems problems) {
        String file = body.nonBlankText(fileKey);
        if (file == null) {
            return false;
        }
        String at = body.child(fileKey);
        problems.warning(at, "kubeconfig.filePath", at, file, embeddedKey);
        if (embeddedKey.endsWith("-data") && body.hasText(embeddedKey)) {
            problems.error(at, "kubeconfig.bothDataAndFile", body.path(), fileKey, embeddedKey);
        }
        return true;
    }
}
