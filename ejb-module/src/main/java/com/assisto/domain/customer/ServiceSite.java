package com.assisto.domain.customer;

import com.assisto.domain.shared.Address;
import com.assisto.domain.shared.BaseEntity;
import com.assisto.domain.shared.SharedCache;
import com.assisto.domain.shared.Text;
import com.assisto.domain.shared.ValidationException;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.annotations.CacheCoordinationType;

/** An address where the customer's equipment stands; its distance prices call-out fees (C7). */
@Entity
@Cacheable
@Cache(
        coordinationType = CacheCoordinationType.INVALIDATE_CHANGED_OBJECTS,
        expiry = SharedCache.EXPIRY_MILLIS,
        size = SharedCache.CUSTOMER_PART_ENTRIES)
@Table(name = "service_site")
public class ServiceSite extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(nullable = false)
    private String name;

    @Embedded
    private Address address;

    @Column(name = "distance_km", nullable = false)
    private BigDecimal distanceKm;

    protected ServiceSite() {}

    ServiceSite(Customer customer, String name, Address address, BigDecimal distanceKm) {
        this.customer = customer;
        this.name = Text.trimToNull(name);
        if (this.name == null) {
            throw new ValidationException("name", "value.required");
        }
        this.address = address;
        BigDecimal distance = distanceKm == null ? BigDecimal.ZERO : distanceKm;
        if (distance.signum() < 0) {
            throw new ValidationException("distanceKm", "value.negative");
        }
        this.distanceKm = distance.setScale(1, RoundingMode.HALF_UP);
    }

    public String getName() {
        return name;
    }

    public Address getAddress() {
        return address;
    }

    public BigDecimal getDistanceKm() {
        return distanceKm;
    }
}
