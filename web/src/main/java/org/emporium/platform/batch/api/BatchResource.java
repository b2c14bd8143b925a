package org.emporium.platform.batch.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.emporium.platform.NotFoundException;
import org.emporium.platform.batch.BatchJobs;

/** The batch console for scripts: start a job, follow an execution. FINANCE and ADMIN. */
@Path("admin/batch")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "FINANCE"})
public class BatchResource {

    @Inject
    BatchJobs jobs;

    public record StartRequest(Map<String, String> parameters) {
    }

    public record Started(long executionId) {
    }

    @POST
    @Path("{jobName}")
    public Response start(@PathParam("jobName") String jobName, StartRequest request) {
        long id = jobs.start(jobName, request == null ? Map.of() : request.parameters());
        return Response.accepted(new Started(id)).build();
    }

    @GET
    @Path("executions/{id}")
    public BatchJobs.Execution execution(@PathParam("id") long id) {
        return jobs.find(id).orElseThrow(() -> new NotFoundException("Job execution"));
    }

    /** The steps of an execution with their read/write/skip counts and timings. */
    @GET
    @Path("executions/{id}/steps")
    public List<BatchJobs.Step> steps(@PathParam("id") long id) {
        return jobs.steps(id);
    }

    /** Stops a running execution after its current chunk; 409 if it is not running. */
    @POST
    @Path("executions/{id}/stop")
    public Response stop(@PathParam("id") long id) {
        jobs.stop(id);
        return Response.accepted().build();
    }

    /** Restarts a failed or stopped execution with its parameters; 202 with the new execution. */
    @POST
    @Path("executions/{id}/restart")
    public Response restart(@PathParam("id") long id) {
        return Response.accepted(new Started(jobs.restart(id))).build();
    }
}
