package com.assisto.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** A constant answer behind the same login as every endpoint: the ceiling benchmarks compare with. */
@ApplicationScoped
@Path("ping")
@Produces(MediaType.APPLICATION_JSON)
public class PingResource {

    /** Who is calling. */
    public record Pong(String status, String user) {}

    @GET
    @Allowed({"ADMIN", "BACKOFFICE", "TECHNICIAN", "CUSTOMER"})
    public Pong ping(@Context SecurityContext security) {
        return new Pong("ok", security.getUserPrincipal().getName());
    }
}
