package io.jenkins.plugins.workbenchcredentials.kubeconfig;

import java.util.Arrays;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.DuplicateKeyException;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parses kubeconfig text into plain maps, lists and scalars, safely: the size is checked before the
 * parser sees a byte; the parser builds only standard types, refuses duplicate keys and recursive keys,
 * and stops at the alias, nesting and code point limits.
 *
 * <p>A failure becomes a problem of our own wording with at most a line and column: SnakeYAML's messages
 * quote the offending line, and exceptions thrown while building scalars quote the value, either of
 * which may be a token or a key.
 */
final class SafeYamlLoader {
    private final KubeconfigLimits limits;

    SafeYamlLoader(KubeconfigLimits limits) {
        this.limits = limits;
    }

    /** The parsed document (possibly {@code null} for an empty one), or the reason it could not be read. */
    record Loaded(Object root, String problemKey, List<String> problemArgs) {
        boolean failed() {
            return problemKey != null;
        }

        static Loaded of(Object root) {
            return new Loaded(root, null, List.of());
        }

        static Loaded failure(String key, Object... args) {
            return new Loaded(
                    null, key, Arrays.stream(args).map(String::valueOf).toList());
        }
    }

    Loaded load(String text) {
        if (exceedsUtf8Bytes(text, limits.maxBytes())) {
            return Loaded.failure("kubeconfig.tooLarge", limits.maxBytes());
        }
        try {
            return Loaded.of(newYaml().load(text));
        } catch (DuplicateKeyException e) {
            Mark mark = e.getProblemMark();
            return Loaded.failure("kubeconfig.duplicateKey", mark.getLine() + 1, mark.getColumn() + 1);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            return mark == null
                    ? Loaded.failure("kubeconfig.notYaml")
                    : Loaded.failure("kubeconfig.yamlSyntax", mark.getLine() + 1, mark.getColumn() + 1);
        } catch (YAMLException e) {
            return limitFailure(e);
        } catch (RuntimeException e) {
            // e.g. NumberFormatException from "!!int <text>": its message would quote the text.
            return Loaded.failure("kubeconfig.notYaml");
        }
    }

    /** SnakeYAML reports its limits as plain YAMLExceptions told apart only by their wording. */
    private Loaded limitFailure(YAMLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.startsWith("Number of aliases")) {
            return Loaded.failure("kubeconfig.tooManyAliases", limits.maxAliasesForCollections());
        } else if (message.startsWith("Nesting Depth")) {
            return Loaded.failure("kubeconfig.tooDeep", limits.maxNestingDepth());
        } else if (message.contains("exceeds the limit")) {
            return Loaded.failure("kubeconfig.tooLarge", limits.maxBytes());
        }
        return Loaded.failure("kubeconfig.notYaml");
    }

    private Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(limits.maxAliasesForCollections());
        options.setNestingDepthLimit(limits.maxNestingDepth());
        // Every code point takes at least one UTF-8 byte, so this only backs up the size check.
        options.setCodePointLimit(limits.maxBytes());
        options.setProcessComments(false);
        DumperOptions unused = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(unused), unused, options, new NoTimestamps());
    }

    /**
     * kubectl reads YAML through JSON, which has no dates: an unquoted {@code 2024-01-01} is text to it.
     * Keeping it text here too means names compare the same way, and {@code select} writes it back as it was.
     */
    private static final class NoTimestamps extends Resolver {
        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
            Tag tag = super.resolve(kind, value, implicit);
            return implicit && Tag.TIMESTAMP.equals(tag) ? Tag.STR : tag;
        }
    }

    /** Counts UTF-8 bytes without encoding, and stops as soon as the limit is passed. */
    static boolean exceedsUtf8Bytes(String text, int maxBytes) {
        if (text.length() > maxBytes) {
            return true; // every char is at least one byte
        }
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
            if (bytes > maxBytes) {
                return true;
            }
        }
        return false;
    }
}
