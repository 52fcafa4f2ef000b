package com.assisto.interfaces.rest.user;

import com.assisto.application.user.UserService;
import com.assisto.domain.shared.ValidationException;
import com.assisto.domain.user.AppUser;
import com.assisto.domain.user.Role;
import com.assisto.interfaces.rest.Allowed;
import com.assisto.interfaces.rest.Bodies;
import com.assisto.interfaces.rest.Problem;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** User administration (P1), for administrators only. Passwords are never returned. */
@ApplicationScoped
@Path("users")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
@Allowed("ADMIN")
public class UserResource {

    @EJB
    private UserService users;

    /** A user account. */
    public record UserDto(
            long id,
            long version,
            String username,
            String fullName,
            Set<Role> roles,
            String customer,
            String locale,
            boolean active) {}

    /** What a client sends to create or change a user. */
    public record UserInput(
            Long version,
            String username,
            String fullName,
            String password,
            List<String> roles,
            String customer,
            Boolean active) {}

    /** A new password. */
    public record PasswordInput(String password) {}

    @GET
    public List<UserDto> list() {
        return users.list().stream().map(UserResource::dto).toList();
    }

    @POST
    public Response create(UserInput input) {
        Bodies.required(input);
        AppUser created = users.create(
                input.username(), input.fullName(), input.password(), roles(input.roles()), input.customer());
        return Response.status(Response.Status.CREATED).entity(dto(created)).build();
    }

    @PUT
    @Path("{id}")
    public UserDto update(@PathParam("id") long id, UserInput input) {
        Bodies.required(input);
        return dto(users.update(
                id,
                Bodies.version(input.version()),
                input.fullName(),
                roles(input.roles()),
                input.customer(),
                input.active() == null || input.active()));
    }

    @PUT
    @Path("{id}/password")
    public Response changePassword(@PathParam("id") long id, PasswordInput input) {
        Bodies.required(input);
        users.changePassword(id, input.password());
        return Response.noContent().build();
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (String name : names) {
                try {
                    roles.add(Role.valueOf(name.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new ValidationException("roles", "rest.notRole", name);
                }
            }
        }
        return roles;
    }

    private static UserDto dto(AppUser user) {
        return new UserDto(
                user.getId(),
                user.getVersion(),
                user.getUsername(),
                user.getFullName(),
                user.getRoles(),
                user.getCustomer() == null ? null : user.getCustomer().getCode(),
                user.getLocale(),
                user.isActive());
    }
}
