package com.assisto.interfaces.rest.warranty;

import com.assisto.application.warranty.IntakeResult;
import com.assisto.application.warranty.InvoiceDocument;
import com.assisto.application.warranty.WarrantyIntake;
import com.assisto.interfaces.rest.Allowed;
import com.assisto.interfaces.rest.Bodies;
import com.assisto.interfaces.rest.Problem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** ERP invoices in (W1): each invoiced item with warranty data becomes equipment and a warranty contract. */
@ApplicationScoped
@Path("invoices")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Warranties")
@Allowed({"ADMIN", "BACKOFFICE"})
public class InvoiceResource {

    @EJB
    private WarrantyIntake intake;

    @POST
    @Operation(
            summary = "Receive an invoice: 201 with the warranties created, or 200 with those an earlier"
                    + " delivery of the same invoice number created")
    public Response receive(InvoiceDocument invoice) {
        Bodies.required(invoice);
        IntakeResult result = intake.receive(invoice, "REST");
        return Response.status(result.alreadyReceived() ? Response.Status.OK : Response.Status.CREATED)
                .entity(result)
                .build();
    }
}
