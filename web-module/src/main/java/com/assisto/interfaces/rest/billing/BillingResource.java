package com.assisto.interfaces.rest.billing;

import com.assisto.application.billing.BillingService;
import com.assisto.interfaces.rest.Allowed;
import com.assisto.interfaces.rest.Params;
import com.assisto.interfaces.rest.Problem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The billing run the nightly timer makes, on demand (for example after a stop of several days). */
@ApplicationScoped
@Path("billing")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Billing")
@Allowed({"ADMIN"})
public class BillingResource {

    @EJB
    private BillingService billing;

    @POST
    @Path("runs")
    @Operation(
            summary = "Mark instalments due up to the day (today if empty), queue them for the ERP, lapse old quotes")
    public BillingService.RunResult run(@QueryParam("date") String date) {
        return billing.run(Params.dateOrToday("date", date));
    }
}
