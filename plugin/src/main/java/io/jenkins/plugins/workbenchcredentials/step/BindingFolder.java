package io.jenkins.plugins.workbenchcredentials.step;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.AbortException;
import hudson.FilePath;
import hudson.slaves.WorkspaceList;
import io.jenkins.plugins.workbenchcredentials.binding.PlannedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Where a binding's files go on the agent: {@code <workspace>@tmp/workbench-credentials/<random>/}, next to
 * the workspace rather than in it, so no build step archives, stashes or commits them. Only the folder's
 * random name is kept with the block, to remove the folder when the block ends.
 */
final class BindingFolder {
    static final String ROOT = "workbench-credentials";

    private BindingFolder() {}

    /** Writes the file into the folder {@code name} (which must not exist yet); returns its path on the agent. */
    @NonNull
    static String write(@NonNull FilePath workspace, @NonNull String name, @NonNull PlannedFile file)
            throws IOException, InterruptedException {
        byte[] content = file.content().plainText().getBytes(StandardCharsets.UTF_8);
        return tempDir(workspace).act(new PrivateFileWriter(ROOT, name, file.fileName(), content));
    }

    /** Removes the folder {@code name} and everything in it; nothing happens if it is already gone. */
    static void delete(@NonNull FilePath workspace, @NonNull String name) throws IOException, InterruptedException {
        tempDir(workspace).child(ROOT).child(name).deleteRecursive();
    }

    private static FilePath tempDir(FilePath workspace) throws AbortException {
        FilePath tempDir = WorkspaceList.tempDir(workspace);
        if (tempDir == null) {
            throw new AbortException(Messages.BindingFolder_NoTempDir(workspace.getRemote()));
        }
        return tempDir;
    }
}
