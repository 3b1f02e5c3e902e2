package io.jenkins.plugins.workbenchcredentials.expiry;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsStore;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Item;
import hudson.model.ModelObject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.kohsuke.accmod.Restricted;
import org.kohsuke.accmod.restrictions.NoExternalUse;

/**
 * One store's credentials needing attention, as the administrative monitor shows them.
 *
 * @param key {@code ""} for Jenkins' own store, a folder's full name for the folder's
 */
@Restricted(NoExternalUse.class)
public record StoreExpiry(
        @NonNull String key,
        @NonNull ModelObject context,
        @NonNull CredentialsStore store,
        @NonNull ExpiringSummary summary) {
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    static String keyOf(ModelObject context) {
        return context instanceof Item item ? item.getFullName() : "";
    }

    /** Jenkins' own store, or the folder's name. */
    public boolean isJenkins() {
        return key.isEmpty();
    }

    public String getFolder() {
        return key;
    }

    public int getExpired() {
        return summary.expired();
    }

    public int getExpiring() {
        return summary.expiring();
    }

    public int getThresholdDays() {
        return summary.thresholdDays();
    }

    public String getSoonestId() {
        return summary.soonest().id();
    }

    public String getSoonestDate() {
        return DAY.format(summary.soonest().expiresAt());
    }

    public boolean isSoonestExpired() {
        return summary.soonest().status() == ExpiryStatus.EXPIRED;
    }

    /** The workbench page of the store, filtered to these credentials; relative to Jenkins' root URL. */
    public String getUrl() {
        String page = context instanceof Item item
                ? item.getUrl() + "workbench-credentials/"
                : "manage/workbench-credentials/";
        return page + "?expiring=true";
    }

    /** A permission check of the current user: the only work done per request while this store is kept. */
    boolean isVisibleToCurrentUser() {
        return store.hasPermission(CredentialsProvider.VIEW);
    }
}
