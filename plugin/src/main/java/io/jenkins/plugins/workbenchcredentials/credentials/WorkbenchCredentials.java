package io.jenkins.plugins.workbenchcredentials.credentials;

import com.cloudbees.plugins.credentials.ContextInPath;
import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.CredentialsStoreAction;
import com.cloudbees.plugins.credentials.impl.BaseStandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Descriptor;
import hudson.model.ModelObject;
import hudson.security.AccessControlled;
import hudson.util.FormValidation;
import io.jenkins.plugins.workbenchcredentials.model.CredentialPayload;
import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.time.Instant;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.verb.POST;

/**
 * What the three workbench credential types share: an ID that follows the workbench rule on every path
 * into Jenkins, and the times the credential was created and last changed, kept with it in the store.
 */
public abstract class WorkbenchCredentials extends BaseStandardCredentials {
    private static final long serialVersionUID = 1L;

    // Epoch milliseconds: plain numbers in credentials.xml, whatever XStream knows of java.time.
    private long createdAt;
    private long updatedAt;
    // Counts changes, so an edit made against a stale copy is refused instead of losing another one.
    private long revision;

    /**
     * @param id blank for a generated one, as Jenkins does; anything else must follow the ID rule
     * @throws Descriptor.FormException naming the {@code id} field when it does not
     */
    protected WorkbenchCredentials(
            @CheckForNull CredentialsScope scope, @CheckForNull String id, @CheckForNull String description)
            throws Descriptor.FormException {
        super(scope, id, description);
        CredentialIdCheck.require(getId());
        long now = System.currentTimeMillis();
        this.createdAt = now;
        this.updatedAt = now;
        this.revision = 1;
    }

    @NonNull
    public Instant getCreatedAt() {
        return Instant.ofEpochMilli(createdAt);
    }

    @NonNull
    public Instant getUpdatedAt() {
        return Instant.ofEpochMilli(updatedAt);
    }

    public long getRevision() {
        return revision;
    }

    /** This credential replaces {@code previous} (an edit): it keeps its creation time. */
    final void continues(@NonNull WorkbenchCredentials previous) {
        this.createdAt = previous.createdAt;
        this.revision = previous.revision + 1;
    }

    /** The times and revision of a credential the workbench service made or changed. */
    final void restore(@NonNull Instant created, @NonNull Instant updated, long revision) {
        this.createdAt = created.toEpochMilli();
        this.updatedAt = updated.toEpochMilli();
        this.revision = revision;
    }

    /** The type-specific part, as the core models it. */
    @NonNull
    abstract CredentialPayload payload();

    /**
     * Credentials read from XML (the REST and CLI {@code config.xml} paths, and {@code credentials.xml})
     * are made without a constructor: the ID rule is checked here instead, so those paths refuse it too.
     * (One written into {@code credentials.xml} by hand is reported by Jenkins as unreadable data.)
     */
    protected Object readResolve() throws ObjectStreamException {
        String problem = CredentialIdCheck.problem(getId());
        if (problem != null) {
            throw new InvalidObjectException(problem);
        }
        if (createdAt == 0) {
            // Written without times (XML from another tool): it enters the store now.
            createdAt = System.currentTimeMillis();
        }
        if (updatedAt == 0) {
            updatedAt = createdAt;
        }
        if (revision == 0) {
            revision = 1;
        }
        return this;
    }

    /** The form checks and the edit handling the three types share. */
    protected abstract static class WorkbenchCredentialsDescriptor extends BaseStandardCredentialsDescriptor {

        /**
         * The ID check the form calls (the credentials plugin's {@code doCheckId} is final): the workbench
         * rule first, then the credentials plugin's own check for an ID already in use.
         */
        @POST
        public FormValidation doCheckCredentialId(@ContextInPath ModelObject context, @QueryParameter String value) {
            if (value == null || value.isEmpty()) {
                return FormValidation.ok();
            }
            String problem = CredentialIdCheck.problem(value);
            if (problem != null) {
                return FormValidation.error(problem);
            }
            return doCheckId(context, value);
        }

        /** An edit of an existing credential keeps the creation time of the one it replaces. */
        @Override
        public Credentials newInstance(@CheckForNull StaplerRequest2 req, @NonNull JSONObject formData)
                throws FormException {
            Credentials created = super.newInstance(req, formData);
            if (req != null && created instanceof WorkbenchCredentials replacement) {
                CredentialsStoreAction.CredentialsWrapper edited =
                        req.findAncestorObject(CredentialsStoreAction.CredentialsWrapper.class);
                if (edited != null
                        && edited.getCredentials() instanceof WorkbenchCredentials previous
                        && previous.getClass() == replacement.getClass()) {
                    replacement.continues(previous);
                }
            }
            return created;
        }

        /**
         * Form checks of secret fields decrypt what the form posts (an unchanged secret comes back
         * encrypted); only users who may save credentials here get an answer, so the check cannot be
         * used to learn what a stolen ciphertext holds.
         */
        static boolean maySeeSecretsIn(@CheckForNull ModelObject context) {
            AccessControlled target = context instanceof AccessControlled controlled ? controlled : Jenkins.get();
            return target.hasAnyPermission(CredentialsProvider.CREATE, CredentialsProvider.UPDATE);
        }
    }
}
