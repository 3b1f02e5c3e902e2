package io.jenkins.plugins.workbenchcredentials.usage;

import java.util.Objects;

/**
 * What a Jenkins item's {@code config.xml} says about the credentials it names.
 *
 * @param referenceText what to index with {@link StaticReferenceIndex#put}: the texts that may quote an ID
 *                      (Pipeline scripts, shell commands) and, as {@code >id<}, the IDs of credential fields
 * @param source        where the references come from: {@link #PIPELINE_SCRIPT} or {@link #CONFIG_XML}
 * @param script        where the item's Pipeline script lives
 */
public record JobDefinition(String referenceText, String source, ScriptLocation script) {
    public static final String PIPELINE_SCRIPT = "Pipeline script";
    public static final String CONFIG_XML = "Job configuration (config.xml)";

    /** Where an item's Pipeline script is kept, which decides whether its references can be seen. */
    public enum ScriptLocation {
        /** Not a Pipeline, or one whose script is in {@code config.xml}: everything is scanned. */
        STORED,
        /** A Pipeline job whose Jenkinsfile is read from SCM when it runs: its script cannot be scanned. */
        SCM,
        /** A multibranch project or organization folder: each branch's Jenkinsfile is in SCM. */
        MULTIBRANCH,
        /** A branch job of a multibranch project; its project already stands for it. */
        BRANCH
    }

    public JobDefinition {
        Objects.requireNonNull(referenceText, "referenceText");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(script, "script");
    }

    /** Whether a Jenkinsfile this item runs is kept outside Jenkins, where no reference to an ID can be seen. */
    public boolean scriptOutsideJenkins() {
        return script != ScriptLocation.STORED;
    }
}
