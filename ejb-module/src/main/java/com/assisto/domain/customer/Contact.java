package com.assisto.domain.customer;

import com.assisto.domain.shared.BaseEntity;
import com.assisto.domain.shared.SharedCache;
import com.assisto.domain.shared.Text;
import com.assisto.domain.shared.ValidationException;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.annotations.CacheCoordinationType;

/** A person to call at the customer: administration, the site's referent, the legal representative. */
@Entity
@Cacheable
@Cache(
        coordinationType = CacheCoordinationType.INVALIDATE_CHANGED_OBJECTS,
        expiry = SharedCache.EXPIRY_MILLIS,
        size = SharedCache.CUSTOMER_PART_ENTRIES)
@Table(name = "contact")
public class Contact extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(nullable = false)
    private String name;

    private String role;
    private String phone;
    private String email;

    protected Contact() {}

    Contact(Customer customer, String name, String role, String phone, String email) {
        this.customer = customer;
        this.name = Text.trimToNull(name);
        if (this.name == null) {
            throw new ValidationException("name", "value.required");
        }
        this.role = Text.trimToNull(role);
        this.phone = Text.trimToNull(phone);
        this.email = Text.trimToNull(email);
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }
}
