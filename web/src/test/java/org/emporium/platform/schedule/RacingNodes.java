package org.emporium.platform.schedule;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Test-only (added to the deployment by {@link NightlyRunsIT}, never part of the shop): {@code nodes} schedulers
 * firing at the same moment, each a thread of its own claiming {@code job}'s {@code night}, as the nodes of a
 * cluster do at 02:30. {@code POST /test-only/nightly-claims?job=&night=&nodes=} answers how many were let run.
 */
@WebServlet("/test-only/nightly-claims")
public class RacingNodes extends HttpServlet {

    @EJB
    NightlyRuns runs;

    @Resource
    ManagedExecutorService threads;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String job = request.getParameter("job");
        LocalDate night = LocalDate.parse(request.getParameter("night"));
        int nodes = Integer.parseInt(request.getParameter("nodes"));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> claims = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            claims.add(threads.submit(() -> {
                start.await();
                return runs.claim(job, night);
            }));
        }
        start.countDown();
        int claimed = 0;
        try {
            for (Future<Boolean> claim : claims) {
                claimed += claim.get() ? 1 : 0;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
        response.setContentType("application/json");
        response.getWriter().write("{\"claimed\":" + claimed + "}");
    }
}
