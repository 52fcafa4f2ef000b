package com.assisto.interfaces.rest.customer;

import com.assisto.application.customer.CustomerService;
import com.assisto.domain.customer.Contact;
import com.assisto.domain.customer.CreditStatus;
import com.assisto.domain.customer.Customer;
import com.assisto.domain.customer.CustomerFilter;
import com.assisto.domain.customer.CustomerListing;
import com.assisto.domain.customer.CustomerRegistry;
import com.assisto.domain.customer.ServiceSite;
import com.assisto.interfaces.rest.Allowed;
import com.assisto.interfaces.rest.Bodies;
import com.assisto.interfaces.rest.Page;
import com.assisto.interfaces.rest.Problem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Customers with their sites, contacts and credit status (M1). */
@ApplicationScoped
@Path("customers")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
@Allowed({"ADMIN", "BACKOFFICE"})
public class CustomerResource {

    @EJB
    private CustomerService customers;

    /** A line of the customer list. */
    public record CustomerSummary(
            long id,
            long version,
            String code,
            String name,
            String vatNumber,
            String city,
            String province,
            String standing) {}

    /** A customer's credit position from the ERP. */
    public record CreditDto(
            BigDecimal openItems, BigDecimal overdueAmount, boolean blocked, String standing, LocalDate updatedOn) {}

    /** A service site. */
    public record SiteDto(Long id, String name, AddressDto address, BigDecimal distanceKm) {}

    /** A contact person. */
    public record ContactDto(Long id, String name, String role, String phone, String email) {}

    /** A customer in full. */
    public record CustomerDetail(
            long id,
            long version,
            String code,
            String name,
            String vatNumber,
            String taxCode,
            String legalRepresentative,
            AddressDto address,
            String email,
            String pec,
            String sdiCode,
            String paymentTerms,
            String tariff,
            CreditDto credit,
            List<SiteDto> sites,
            List<ContactDto> contacts) {}

    /** What a client sends to create or change a customer. */
    public record CustomerInput(
            Long version,
            String code,
            String name,
            String vatNumber,
            String taxCode,
            String legalRepresentative,
            AddressDto address,
            String email,
            String pec,
            String sdiCode,
            String paymentTerms,
            String tariff) {}

    /** A new site, with the customer version it was added to. */
    public record SiteInput(Long version, String name, AddressDto address, BigDecimal distanceKm) {}

    /** A new contact, with the customer version it was added to. */
    public record ContactInput(Long version, String name, String role, String phone, String email) {}

    @GET
    @Allowed({"ADMIN", "BACKOFFICE", "TECHNICIAN", "CUSTOMER"})
    @Operation(summary = "Search customers in code order, filtered by code, name prefix, VAT number and city")
    public Page<CustomerSummary> search(
            @QueryParam("code") String code,
            @QueryParam("name") String name,
            @QueryParam("vatNumber") String vatNumber,
            @QueryParam("city") String city,
            @QueryParam("after") String after,
            @QueryParam("limit") Integer limit) {
        CustomerFilter filter = new CustomerFilter(code, name, vatNumber, city, null);
        return Page.of(customers.search(filter, after, Page.limit(limit)), CustomerResource::summary);
    }

    @GET
    @Path("{id}")
    @Allowed({"ADMIN", "BACKOFFICE", "TECHNICIAN", "CUSTOMER"})
    @Operation(summary = "A customer with sites, contacts and credit status")
    public CustomerDetail get(@PathParam("id") long id) {
        return detail(customers.view(id));
    }

    @POST
    @Operation(summary = "Create a customer")
    public Response create(CustomerInput input, @Context UriInfo uri) {
        Bodies.required(input);
        Customer created = customers.create(registry(input.code(), input), input.tariff());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.getId()))
                        .build())
                .entity(detail(customers.view(created.getId())))
                .build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a customer's registry data and tariff; send the version you read")
    public CustomerDetail update(@PathParam("id") long id, CustomerInput input) {
        Bodies.required(input);
        Customer current = customers.view(id);
        customers.update(id, Bodies.version(input.version()), registry(current.getCode(), input), input.tariff());
        return detail(customers.view(id));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a customer")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version) {
        customers.delete(id, Bodies.version(version));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/sites")
    @Operation(summary = "Add a service site")
    public CustomerDetail addSite(@PathParam("id") long id, SiteInput input) {
        Bodies.required(input);
        customers.addSite(
                id,
                Bodies.version(input.version()),
                input.name(),
                input.address() == null ? null : input.address().toAddress(),
                input.distanceKm());
        return detail(customers.view(id));
    }

    @DELETE
    @Path("{id}/sites/{siteId}")
    @Operation(summary = "Remove a service site")
    public CustomerDetail removeSite(
            @PathParam("id") long id, @PathParam("siteId") long siteId, @QueryParam("version") Long version) {
        customers.removeSite(id, Bodies.version(version), siteId);
        return detail(customers.view(id));
    }

    @POST
    @Path("{id}/contacts")
    @Operation(summary = "Add a contact")
    public CustomerDetail addContact(@PathParam("id") long id, ContactInput input) {
        Bodies.required(input);
        customers.addContact(
                id, Bodies.version(input.version()), input.name(), input.role(), input.phone(), input.email());
        return detail(customers.view(id));
    }

    @DELETE
    @Path("{id}/contacts/{contactId}")
    @Operation(summary = "Remove a contact")
    public CustomerDetail removeContact(
            @PathParam("id") long id, @PathParam("contactId") long contactId, @QueryParam("version") Long version) {
        customers.removeContact(id, Bodies.version(version), contactId);
        return detail(customers.view(id));
    }

    @PUT
    @Path("{id}/credit")
    @Operation(summary = "Record the customer's credit position (normally sent by the ERP)")
    public CustomerDetail updateCredit(@PathParam("id") long id, CreditDto credit) {
        Bodies.required(credit);
        if (credit.openItems() == null || credit.overdueAmount() == null) {
            throw new com.assisto.domain.shared.ValidationException(
                    credit.openItems() == null ? "openItems" : "overdueAmount", "is required");
        }
        customers.updateCredit(
                id,
                new CreditStatus(
                        credit.openItems(),
                        credit.overdueAmount(),
                        credit.blocked(),
                        credit.updatedOn() == null ? LocalDate.now() : credit.updatedOn()));
        return detail(customers.view(id));
    }

    private static CustomerRegistry registry(String code, CustomerInput input) {
        return new CustomerRegistry(
                code,
                input.name(),
                input.vatNumber(),
                input.taxCode(),
                input.legalRepresentative(),
                input.address() == null ? null : input.address().toAddress(),
                input.email(),
                input.pec(),
                input.sdiCode(),
                input.paymentTerms());
    }

    static CustomerSummary summary(CustomerListing customer) {
        return new CustomerSummary(
                customer.id(),
                customer.version(),
                customer.code(),
                customer.name(),
                customer.vatNumber(),
                customer.city(),
                customer.province(),
                customer.standing().name());
    }

    static CustomerDetail detail(Customer customer) {
        CreditStatus credit = customer.getCredit();
        return new CustomerDetail(
                customer.getId(),
                customer.getVersion(),
                customer.getCode(),
                customer.getName(),
                customer.getVatNumber(),
                customer.getTaxCode(),
                customer.getLegalRepresentative(),
                AddressDto.of(customer.getBillingAddress()),
                customer.getEmail(),
                customer.getPec(),
                customer.getSdiCode(),
                customer.getPaymentTerms(),
                customer.getTariff() == null ? null : customer.getTariff().getCode(),
                new CreditDto(
                        credit.getOpenItems(),
                        credit.getOverdueAmount(),
                        credit.isBlocked(),
                        credit.standing().name(),
                        credit.getUpdatedOn()),
                customer.getSites().stream().map(CustomerResource::site).toList(),
                customer.getContacts().stream().map(CustomerResource::contact).toList());
    }

    private static SiteDto site(ServiceSite site) {
        return new SiteDto(site.getId(), site.getName(), AddressDto.of(site.getAddress()), site.getDistanceKm());
    }

    private static ContactDto contact(Contact contact) {
        return new ContactDto(
                contact.getId(), contact.getName(), contact.getRole(), contact.getPhone(), contact.getEmail());
    }
}
