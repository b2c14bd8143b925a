package org.emporium.account.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.emporium.account.Account;
import org.emporium.account.AccountService;
import org.emporium.account.Address;
import org.emporium.account.AddressBook;
import org.emporium.account.AddressDetails;
import org.emporium.account.Gender;
import org.emporium.account.ProfileChange;
import org.emporium.account.Role;
import org.emporium.membership.MemberLevel;
import org.emporium.membership.Membership;
import org.emporium.membership.Points;
import org.emporium.platform.api.RequestBodies;

/** The signed-in account: profile and address book. Everything here is scoped to the caller. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"CUSTOMER", "MERCHANT", "ADMIN", "FINANCE", "SERVICE"})
public class MeResource {

    @Inject
    AccountService accounts;

    @Inject
    AddressBook addresses;

    @Inject
    Points points;

    @Inject
    RequestBodies bodies;

    @Context
    SecurityContext security;

    /** The account as its owner sees it, with its member level (code and names), growth value and points. */
    public record Me(long id, String email, String mobile, String displayName, String nickname, String avatarUrl,
                     Gender gender, LocalDate birthday, String phone, String locale, List<String> roles,
                     String level, String levelName, String levelNameEn, long growth, long points) {

        static Me of(Account a, Membership membership, MemberLevel level) {
            return new Me(a.getId(), a.getEmail(), a.getMobile(), a.getDisplayName(), a.getNickname(),
                    a.getAvatarUrl(), a.getGender(), a.getBirthday(), a.getPhone(), a.getLocale(),
                    a.getRoles().stream().map(Role::name).sorted().toList(), level.getCode(), level.getName(),
                    level.getNameEn(), membership.getGrowth(), membership.getPoints());
        }
    }

    public record AddressView(long id, String recipient, String phone, String country, String province, String city,
                              String district, String line1, String postcode, boolean isDefault) {

        static AddressView of(Address a) {
            return new AddressView(a.getId(), a.getRecipient(), a.getPhone(), a.getCountry(), a.getProvince(),
                    a.getCity(), a.getDistrict(), a.getLine1(), a.getPostcode(), a.isDefault());
        }
    }

    @GET
    public Me me() {
        return Me.of(accounts.get(callerId()), points.membership(callerId()), points.level(callerId()));
    }

    @PUT
    public Me updateProfile(ProfileChange change) {
        Account updated = accounts.updateProfile(callerId(), bodies.valid(change));
        return Me.of(updated, points.membership(callerId()), points.level(callerId()));
    }

    @GET
    @Path("addresses")
    public List<AddressView> addresses() {
        return addresses.list(callerId()).stream().map(AddressView::of).toList();
    }

    @POST
    @Path("addresses")
    public Response addAddress(AddressDetails details, @Context UriInfo uri) {
        Address added = addresses.add(callerId(), bodies.valid(details));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(added.getId())).build())
                .entity(AddressView.of(added)).build();
    }

    @GET
    @Path("addresses/{id}")
    public AddressView address(@PathParam("id") long id) {
        return AddressView.of(addresses.get(callerId(), id));
    }

    @PUT
    @Path("addresses/{id}")
    public AddressView updateAddress(@PathParam("id") long id, AddressDetails details) {
        return AddressView.of(addresses.update(callerId(), id, bodies.valid(details)));
    }

    @POST
    @Path("addresses/{id}/default")
    public AddressView makeDefault(@PathParam("id") long id) {
        return AddressView.of(addresses.setDefault(callerId(), id));
    }

    @DELETE
    @Path("addresses/{id}")
    public Response removeAddress(@PathParam("id") long id) {
        addresses.remove(callerId(), id);
        return Response.noContent().build();
    }

    private long callerId() {
        return Long.parseLong(security.getUserPrincipal().getName());
    }
}
