package com.assisto.infrastructure.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;

/** Puts the {@link ColumnLimitCheck} on every entity (named in persistence.xml). */
public class ColumnLimitCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        ColumnLimitCheck check = new ColumnLimitCheck();
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (!descriptor.isAggregateDescriptor()) {
                descriptor.getEventManager().addListener(check);
            }
        }
    }
}
