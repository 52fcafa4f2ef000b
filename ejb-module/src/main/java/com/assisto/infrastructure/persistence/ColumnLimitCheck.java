package com.assisto.infrastructure.persistence;

import com.assisto.domain.shared.FieldError;
import com.assisto.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.sessions.AbstractRecord;
import org.eclipse.persistence.mappings.AggregateObjectMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;

/**
 * Checks every row EclipseLink is about to insert or update against the {@link ColumnLimits}, so
 * a value that does not fit its column is refused naming the entity's attribute
 * ({@code description}, {@code address.street}) instead of failing in the database as a 500.
 */
final class ColumnLimitCheck extends DescriptorEventAdapter {

    @Override
    public void aboutToInsert(DescriptorEvent event) {
        check(event);
    }

    @Override
    public void aboutToUpdate(DescriptorEvent event) {
        check(event);
    }

    private static void check(DescriptorEvent event) {
        ColumnLimits limits = ColumnLimits.current();
        if (!(event.getRecord() instanceof AbstractRecord row)) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        for (DatabaseField field : row.getFields()) {
            limits.violation(field.getTableName(), field.getName(), row.get(field))
                    .ifPresent(
                            problem -> errors.add(new FieldError(attributeOf(event.getDescriptor(), field), problem)));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** The attribute path the column belongs to, through embedded values; the column if none maps it. */
    static String attributeOf(ClassDescriptor descriptor, DatabaseField field) {
        DatabaseMapping mapping = descriptor.getObjectBuilder().getMappingForField(field);
        if (mapping == null) {
            return field.getName().toLowerCase(java.util.Locale.ROOT);
        }
        if (mapping instanceof AggregateObjectMapping embedded && embedded.getReferenceDescriptor() != null) {
            return mapping.getAttributeName() + '.' + attributeOf(embedded.getReferenceDescriptor(), field);
        }
        return mapping.getAttributeName();
    }
}
