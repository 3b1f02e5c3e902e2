package io.jenkins.plugins.workbenchcredentials.expiry;

import hudson.Extension;
import hudson.model.AsyncPeriodicWork;
import hudson.model.TaskListener;

/** Once a day, as credentials come closer to their dates without anyone changing them. */
@Extension
public class DailyExpiryCheck extends AsyncPeriodicWork {

    public DailyExpiryCheck() {
        super("Workbench credentials expiry check");
    }

    @Override
    public long getRecurrencePeriod() {
        return DAY;
    }

    @Override
    protected void execute(TaskListener listener) {
        ExpiringCredentials.get().refreshAll();
    }
}
