package com.assisto.interfaces.console.customer;

import com.assisto.application.customer.CustomerService;
import com.assisto.domain.customer.Customer;
import com.assisto.domain.shared.Address;
import com.assisto.interfaces.console.Faces;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;

/** One customer: registry, credit, sites and contacts; the back office adds sites and contacts. */
@Named
@ViewScoped
public class CustomerDetailBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient CustomerService customers;

    private Long id;
    private Customer customer;

    private String siteName;
    private String siteStreet;
    private String siteCity;
    private String siteProvince;
    private BigDecimal siteDistanceKm;

    private String contactName;
    private String contactRole;
    private String contactPhone;
    private String contactEmail;

    /** Loads the customer named in the URL; the service refuses customers the user may not see. */
    public void load() throws java.io.IOException {
        try {
            customer = customers.view(id);
        } catch (RuntimeException e) {
            Faces.sendErrorPage(e);
        }
    }

    public void addSite() {
        try {
            customers.addSite(
                    id,
                    customer.getVersion(),
                    siteName,
                    new Address(siteStreet, null, siteCity, siteProvince, "IT"),
                    siteDistanceKm);
            customer = customers.view(id);
            siteName = siteStreet = siteCity = siteProvince = null;
            siteDistanceKm = null;
            Faces.info("customer.siteAdded");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public void addContact() {
        try {
            customers.addContact(id, customer.getVersion(), contactName, contactRole, contactPhone, contactEmail);
            customer = customers.view(id);
            contactName = contactRole = contactPhone = contactEmail = null;
            Faces.info("customer.contactAdded");
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getSiteName() {
        return siteName;
    }

    public void setSiteName(String siteName) {
        this.siteName = siteName;
    }

    public String getSiteStreet() {
        return siteStreet;
    }

    public void setSiteStreet(String siteStreet) {
        this.siteStreet = siteStreet;
    }

    public String getSiteCity() {
        return siteCity;
    }

    public void setSiteCity(String siteCity) {
        this.siteCity = siteCity;
    }

    public String getSiteProvince() {
        return siteProvince;
    }

    public void setSiteProvince(String siteProvince) {
        this.siteProvince = siteProvince;
    }

    public BigDecimal getSiteDistanceKm() {
        return siteDistanceKm;
    }

    public void setSiteDistanceKm(BigDecimal siteDistanceKm) {
        this.siteDistanceKm = siteDistanceKm;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactRole() {
        return contactRole;
    }

    public void setContactRole(String contactRole) {
        this.contactRole = contactRole;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }
}
