package org.kitabruecke;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * A module's nightly retention job. Each job declares its own schedule and ShedLock name on its {@link #forgetDue()}
 * (Spring and ShedLock read those annotations on the method the job declares, not on an inherited one); this class
 * adds only the run at start.
 */
public abstract class RetentionJob {

    /**
     * After restoring a backup (docs/decisions/0027): with {@code kitabruecke.retention.at-start}, forget what came
     * due since, before anyone uses the data. Public, so that the job's proxy (ShedLock) passes the call on to the job.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void forgetDueAtStart(ApplicationReadyEvent ready) {
        if (ready.getApplicationContext().getEnvironment()
                .getProperty("kitabruecke.retention.at-start", Boolean.class, false)) {
            forgetDue();
        }
    }

    /**
     * Forgets what is due and logs how many. {@code void}: ShedLock refuses to lock a method with a primitive result,
     * and the job would never run.
     */
    protected abstract void forgetDue();
}
