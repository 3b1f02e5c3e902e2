package io.jenkins.plugins.workbenchcredentials.preview.usage;

import io.jenkins.plugins.workbenchcredentials.error.Messages;
import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import io.jenkins.plugins.workbenchcredentials.model.CredentialId;
import io.jenkins.plugins.workbenchcredentials.usage.StaticReference;
import io.jenkins.plugins.workbenchcredentials.usage.StaticReferenceIndex;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Jenkinsfiles under a folder, indexed with core's {@link StaticReferenceIndex} so that where-used
 * (and so the delete guard) sees the pipelines that name a credential. Each file is a consumer named by
 * its path relative to the folder. {@link #refresh()} re-reads only the files that changed, so a
 * server can call it on every request.
 */
public final class PipelineFolder {
    public static final String SOURCE = "Jenkinsfile";
    /** Bounds, so a folder pointed at by mistake (a home folder, a monorepo) cannot stall a request. */
    static final int MAX_FILE_BYTES = 1024 * 1024;

    static final int MAX_FILES = 10_000;

    private final Path root;
    private final StaticReferenceIndex index = new StaticReferenceIndex();
    private final Map<String, Stamp> indexed = new HashMap<>();
    private volatile List<String> notes = List.of();

    private record Stamp(FileTime modified, long size) {}

    private PipelineFolder(Path root) {
        this.root = root;
    }

    /** Scans the folder; fails with {@code INVALID_INPUT} on field {@code pipelines} if it is not a folder. */
    public static PipelineFolder scan(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw WorkbenchException.invalid("pipelines", "pipelines.notAFolder", root.toString());
        }
        PipelineFolder pipelines = new PipelineFolder(root);
        pipelines.refresh();
        return pipelines;
    }

    /** Whether a file name is one of a pipeline definition. */
    public static boolean isPipelineFile(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return fileName.startsWith("Jenkinsfile") || lower.endsWith(".groovy") || lower.endsWith(".jenkinsfile");
    }

    public StaticReferenceIndex index() {
        return index;
    }

    public List<StaticReference> referencesTo(CredentialId id) {
        return index.referencesTo(id);
    }

    /** What the scan does not cover, for where-used answers. */
    public List<String> notes() {
        return notes;
    }

    /** Re-indexes files added or changed since the last scan, and forgets removed ones. */
    public synchronized void refresh() {
        Map<String, Path> found = new HashMap<>();
        int[] skipped = {0};
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    boolean hidden =
                            !dir.equals(root) && dir.getFileName().toString().startsWith(".");
                    return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()
                            && isPipelineFile(file.getFileName().toString())) {
                        if (found.size() >= MAX_FILES || attrs.size() > MAX_FILE_BYTES) {
                            skipped[0]++;
                        } else {
                            found.put(consumerName(file), file);
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    skipped[0]++;
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            skipped[0]++;
        }
        for (String gone : new HashSet<>(indexed.keySet())) {
            if (!found.containsKey(gone)) {
                indexed.remove(gone);
                index.remove(gone);
            }
        }
        found.forEach((consumer, file) -> {
            if (!index(consumer, file)) {
                skipped[0]++;
            }
        });
        List<String> current = new ArrayList<>();
        current.add(Messages.format("pipelines.scanned", root.toString()));
        if (skipped[0] > 0) {
            current.add(Messages.format("pipelines.skipped", skipped[0], root.toString(), MAX_FILE_BYTES, MAX_FILES));
        }
        notes = List.copyOf(current);
    }

    private boolean index(String consumer, Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            Stamp stamp = new Stamp(attributes.lastModifiedTime(), attributes.size());
            if (stamp.equals(indexed.get(consumer))) {
                return true;
            }
            index.put(new StaticReference(consumer, null, SOURCE), read(file));
            indexed.put(consumer, stamp);
            return true;
        } catch (IOException e) {
            indexed.remove(consumer);
            index.remove(consumer);
            return false;
        }
    }

    /** Decodes UTF-8, replacing what is not, so a stray Latin-1 byte does not hide a reference. */
    private static CharSequence read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new IOException(e);
        }
    }

    private String consumerName(Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
