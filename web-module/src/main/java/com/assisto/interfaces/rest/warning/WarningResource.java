package com.assisto.interfaces.rest.warning;

import com.assisto.application.warning.WarningRun;
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

/** Expiry and administrative warnings (C10, C11): the morning run on demand; users read them in their inbox. */
@ApplicationScoped
@Path("warnings")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Warnings")
public class WarningResource {

    @EJB
    private WarningRun warnings;

    @POST
    @Path("runs")
    @Allowed({"ADMIN"})
    @Operation(
            summary =
                    "Send the warnings due on the day (today if empty); each goes out once per contract and threshold")
    public WarningRun.Result run(@QueryParam("date") String date) {
        return warnings.run(Params.dateOrToday("date", date));
    }
}
