package io.jenkins.plugins.workbenchcredentials.page;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.AbstractItem;
import hudson.model.Action;
import hudson.model.ItemGroup;
import io.jenkins.plugins.workbenchcredentials.store.Workbench;
import java.util.Collection;
import java.util.List;
import jenkins.model.TransientActionFactory;

/**
 * Adds the workbench to folders that keep a credential store of their own (the folders plugin gives
 * each folder one), without depending on the folders plugin.
 */
@Extension
public class FolderWorkbenchActionFactory extends TransientActionFactory<AbstractItem> {

    @Override
    public Class<AbstractItem> type() {
        return AbstractItem.class;
    }

    @NonNull
    @Override
    public Collection<? extends Action> createFor(@NonNull AbstractItem target) {
        // Jobs are not item groups: they are skipped before any store lookup.
        if (target instanceof ItemGroup && Workbench.ownStore(target) != null) {
            return List.of(new FolderWorkbenchAction(target));
        }
        return List.of();
    }
}
