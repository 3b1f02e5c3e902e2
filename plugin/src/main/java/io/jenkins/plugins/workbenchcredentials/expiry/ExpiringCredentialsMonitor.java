package io.jenkins.plugins.workbenchcredentials.expiry;

import hudson.Extension;
import hudson.model.AdministrativeMonitor;
import java.util.List;
import org.jenkinsci.Symbol;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;
import org.springframework.security.access.AccessDeniedException;

/**
 * Manage Jenkins warns while a workbench credential has expired or expires within the threshold, before
 * it breaks a pipeline: how many, the soonest and when, with a link to the workbench filtered to them.
 * Shown to those who may view a store that has such credentials; it reads what
 * {@link ExpiringCredentials} keeps, so it costs nothing per request.
 */
@Extension
@Symbol("workbenchCredentialsExpiring")
public class ExpiringCredentialsMonitor extends AdministrativeMonitor {

    @Override
    public String getDisplayName() {
        return Messages.ExpiringCredentialsMonitor_DisplayName();
    }

    @Override
    public boolean isActivated() {
        return ExpiringCredentials.get().needsAttention();
    }

    @Override
    public boolean hasRequiredPermission() {
        return !getStores().isEmpty();
    }

    @Override
    public void checkRequiredPermission() {
        if (!hasRequiredPermission()) {
            throw new AccessDeniedException(Messages.ExpiringCredentialsMonitor_NotVisible());
        }
    }

    /** For the message: the stores needing attention that the current user may view. */
    @Restricted(NoExternalUse.class)
    public List<StoreExpiry> getStores() {
        return ExpiringCredentials.get().visibleToCurrentUser();
    }
}
