package io.jenkins.plugins.workbenchcredentials.expiry;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.util.FormValidation;
import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import jenkins.model.GlobalConfiguration;
import jenkins.model.GlobalConfigurationCategory;
import jenkins.model.Jenkins;
import net.sf.json.JSONObject;
import org.jenkinsci.Symbol;
import org.jvnet.localizer.LocaleProvider;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.verb.POST;

/**
 * How many days before its expiry a workbench credential is announced to administrators and shown as
 * expiring. In Manage Jenkins → Security, and in Configuration as Code as
 * {@code security: workbenchCredentials: expiryThresholdDays: 14}.
 */
@Extension
@Symbol("workbenchCredentials")
public class ExpiryConfiguration extends GlobalConfiguration {
    private int expiryThresholdDays = ExpiryPolicy.DEFAULT_THRESHOLD_DAYS;

    public ExpiryConfiguration() {
        load();
    }

    @NonNull
    public static ExpiryConfiguration get() {
        return ExtensionList.lookupSingleton(ExpiryConfiguration.class);
    }

    @NonNull
    @Override
    public GlobalConfigurationCategory getCategory() {
        return GlobalConfigurationCategory.get(GlobalConfigurationCategory.Security.class);
    }

    public int getExpiryThresholdDays() {
        return expiryThresholdDays;
    }

    /** @throws IllegalArgumentException outside 1 to 365 days, naming the bounds */
    @DataBoundSetter
    public void setExpiryThresholdDays(int expiryThresholdDays) {
        try {
            new ExpiryPolicy(expiryThresholdDays);
        } catch (WorkbenchException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        this.expiryThresholdDays = expiryThresholdDays;
        save();
        ExpiringCredentials.get().refreshAllSoon();
    }

    /** The threshold in force; the default when the saved one is out of bounds (an edited file). */
    @NonNull
    public ExpiryPolicy policy() {
        try {
            return new ExpiryPolicy(expiryThresholdDays);
        } catch (WorkbenchException e) {
            return ExpiryPolicy.DEFAULT;
        }
    }

    /** The security configuration's form: refused with the field named when out of bounds. */
    @Override
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        Object days = json.get(ExpiryPolicy.THRESHOLD_FIELD);
        if (days == null) {
            return true; // not on the submitted form: the threshold in force stays
        }
        try {
            int value = Integer.parseInt(days.toString().strip());
            new ExpiryPolicy(value);
            if (value != expiryThresholdDays) {
                setExpiryThresholdDays(value);
            }
            return true;
        } catch (NumberFormatException e) {
            throw new FormException(Messages.ExpiryConfiguration_NotANumber(), ExpiryPolicy.THRESHOLD_FIELD);
        } catch (WorkbenchException e) {
            throw new FormException(e.localizedMessage(req.getLocale()), ExpiryPolicy.THRESHOLD_FIELD);
        }
    }

    @POST
    public FormValidation doCheckExpiryThresholdDays(@QueryParameter String value) {
        if (!Jenkins.get().hasPermission(Jenkins.ADMINISTER)) {
            return FormValidation.ok();
        }
        try {
            new ExpiryPolicy(Integer.parseInt(value == null ? "" : value.strip()));
            return FormValidation.ok();
        } catch (NumberFormatException e) {
            return FormValidation.error(Messages.ExpiryConfiguration_NotANumber());
        } catch (WorkbenchException e) {
            return FormValidation.error(e.localizedMessage(LocaleProvider.getLocale()));
        }
    }
}
