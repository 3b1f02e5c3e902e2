// Compile-only stand-in for hudson.model.Job of Jenkins core, as in jenkins-2.541.3 (jenkinsci/jenkins): the type, as
// an AbstractItem.
package hudson.model;

public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends AbstractItem {
    @SuppressWarnings("rawtypes")
    protected Job(ItemGroup parent, String name) {
        super(parent, name);
        throw new UnsupportedOperationException("compile-only stub");
    }
}
