package com.assisto.interfaces.rest.contract;

import com.assisto.application.contract.DeliveryNotes;
import com.assisto.domain.contract.DeliveryNote;
import com.assisto.interfaces.rest.Allowed;
import com.assisto.interfaces.rest.Page;
import com.assisto.interfaces.rest.Params;
import com.assisto.interfaces.rest.Problem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The register of delivery and credit notes made by mid-term changes (C5), across contracts. */
@ApplicationScoped
@Path("delivery-notes")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Tag(name = "Contracts")
@Allowed({"ADMIN", "BACKOFFICE", "CUSTOMER"})
public class DeliveryNoteResource {

    @EJB
    private DeliveryNotes deliveryNotes;

    /** A line of the register; the PDF is at /contracts/{contractId}/delivery-notes/{id}/pdf. */
    public record DeliveryNoteEntry(
            long id,
            String number,
            String kind,
            LocalDate date,
            long contractId,
            String contractNumber,
            String customerCode,
            String description,
            BigDecimal amount) {}

    @GET
    @Operation(
            summary = "Delivery and credit notes dated between two days, in number order; amounts of credits"
                    + " are negative")
    public Page<DeliveryNoteEntry> register(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("after") String after,
            @QueryParam("limit") Integer limit) {
        return Page.of(
                deliveryNotes.register(
                        Params.date("from", from), Params.date("to", to), Params.afterId(after), Page.limit(limit)),
                DeliveryNoteResource::entry);
    }

    private static DeliveryNoteEntry entry(DeliveryNote note) {
        return new DeliveryNoteEntry(
                note.getId(),
                note.getNumber(),
                note.getKind().name(),
                note.getNoteDate(),
                note.getContract().getId(),
                note.getContract().getNumber(),
                note.getContract().getCustomer().getCode(),
                note.getDescription(),
                note.signedAmount());
    }
}
