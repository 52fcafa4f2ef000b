package com.assisto.domain.customer;

import com.assisto.domain.shared.Address;
import com.assisto.domain.shared.SharedCache;
import com.assisto.domain.shared.Text;
import com.assisto.domain.shared.VersionedEntity;
import com.assisto.domain.tariff.Tariff;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.annotations.CacheCoordinationType;

/**
 * A customer account, keyed by the ERP's code. The ERP owns the registry data (name, VAT,
 * address, payment terms, credit); Assisto adds the service sites, contacts and tariff.
 */
@Entity
@Cacheable
@Cache(
        coordinationType = CacheCoordinationType.INVALIDATE_CHANGED_OBJECTS,
        expiry = SharedCache.EXPIRY_MILLIS,
        size = SharedCache.CUSTOMER_ENTRIES)
@Table(name = "customer")
public class Customer extends VersionedEntity {

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_key", nullable = false)
    private String nameKey;

    @Column(name = "vat_number")
    private String vatNumber;

    @Column(name = "tax_code")
    private String taxCode;

    @Column(name = "legal_representative")
    private String legalRepresentative;

    @Embedded
    private Address billingAddress;

    @Column(name = "city_key")
    private String cityKey;

    private String email;
    private String pec;

    @Column(name = "sdi_code")
    private String sdiCode;

    @Column(name = "payment_terms")
    private String paymentTerms;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "tariff_id")
    private Tariff tariff;

    @Embedded
    private CreditStatus credit = CreditStatus.clear();

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    private List<ServiceSite> sites = new ArrayList<>();

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    private List<Contact> contacts = new ArrayList<>();

    protected Customer() {}

    public Customer(CustomerRegistry registry) {
        this.code = registry.code();
        apply(registry);
    }

    /**
     * Takes the registry data as the ERP (or a back-office user) states it.
     *
     * @return whether anything changed, so that re-sent identical data is a no-op
     */
    public boolean apply(CustomerRegistry registry) {
        registry.validate();
        if (!code.equals(registry.code())) {
            throw new IllegalArgumentException("Registry data of " + registry.code() + " applied to " + code);
        }
        if (registry.equals(registry())) {
            return false;
        }
        this.name = registry.name();
        this.nameKey = Text.nameKey(registry.name());
        this.vatNumber = registry.vatNumber();
        this.taxCode = registry.taxCode();
        this.legalRepresentative = registry.legalRepresentative();
        this.billingAddress = registry.address();
        this.cityKey = Text.nameKey(
                registry.address() == null ? null : registry.address().getCity());
        this.email = registry.email();
        this.pec = registry.pec();
        this.sdiCode = registry.sdiCode();
        this.paymentTerms = registry.paymentTerms();
        return true;
    }

    /**
     * Takes registry data from the ERP, which does not know the legal representative: the one
     * recorded here is kept unless the ERP sends one.
     */
    public boolean applyFromErp(CustomerRegistry registry) {
        if (registry.legalRepresentative() != null || legalRepresentative == null) {
            return apply(registry);
        }
        return apply(new CustomerRegistry(
                registry.code(),
                registry.name(),
                registry.vatNumber(),
                registry.taxCode(),
                legalRepresentative,
                registry.address(),
                registry.email(),
                registry.pec(),
                registry.sdiCode(),
                registry.paymentTerms()));
    }

    /** The registry data as it stands, for comparison and for editing forms. */
    public CustomerRegistry registry() {
        return new CustomerRegistry(
                code, name, vatNumber, taxCode, legalRepresentative, billingAddress, email, pec, sdiCode, paymentTerms);
    }

    public void assignTariff(Tariff tariff) {
        this.tariff = tariff;
    }

    public void updateCredit(CreditStatus credit) {
        this.credit = Objects.requireNonNull(credit, "Credit status is required.");
    }

    public ServiceSite addSite(String siteName, Address address, java.math.BigDecimal distanceKm) {
        ServiceSite site = new ServiceSite(this, siteName, address, distanceKm);
        sites.add(site);
        return site;
    }

    public void removeSite(Long siteId) {
        sites.removeIf(site -> Objects.equals(site.getId(), siteId));
    }

    public Contact addContact(String contactName, String role, String phone, String contactEmail) {
        Contact contact = new Contact(this, contactName, role, phone, contactEmail);
        contacts.add(contact);
        return contact;
    }

    public void removeContact(Long contactId) {
        contacts.removeIf(contact -> Objects.equals(contact.getId(), contactId));
    }

    public String getCode() {
        return code;
    }

    /** The name as lists search and sort it (accents and case folded). */
    public String getNameKey() {
        return nameKey;
    }

    /** The billing city as lists filter it (accents and case folded). */
    public String getCityKey() {
        return cityKey;
    }

    public String getName() {
        return name;
    }

    public String getVatNumber() {
        return vatNumber;
    }

    public String getTaxCode() {
        return taxCode;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public Address getBillingAddress() {
        return billingAddress;
    }

    public String getCity() {
        return billingAddress == null ? null : billingAddress.getCity();
    }

    public String getEmail() {
        return email;
    }

    public String getPec() {
        return pec;
    }

    public String getSdiCode() {
        return sdiCode;
    }

    public String getPaymentTerms() {
        return paymentTerms;
    }

    public Tariff getTariff() {
        return tariff;
    }

    public CreditStatus getCredit() {
        return credit;
    }

    /** Whether the site is one of this customer's. */
    public boolean hasSite(ServiceSite site) {
        return sites.stream()
                .anyMatch(
                        own -> own == site || own.getId() != null && own.getId().equals(site.getId()));
    }

    public List<ServiceSite> getSites() {
        return Collections.unmodifiableList(sites);
    }

    public List<Contact> getContacts() {
        return Collections.unmodifiableList(contacts);
    }
}
