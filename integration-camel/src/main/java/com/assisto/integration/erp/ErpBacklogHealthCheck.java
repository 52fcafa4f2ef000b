package com.assisto.integration.erp;

import com.assisto.application.exchange.ErpSettings;
import com.assisto.application.exchange.ExchangeOverview;
import com.assisto.domain.exchange.Direction;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Degraded (down) while an outbound flow has a document waiting longer than
 * {@code erp.outbound.backlog-limit}, or is paused because the ERP refused the credentials: the
 * ERP is not getting what it must invoice, and someone has to look.
 */
@Readiness
@ApplicationScoped
public class ErpBacklogHealthCheck implements HealthCheck {

    @EJB
    private ExchangeOverview overview;

    @Inject
    private ErpSettings settings;

    @Override
    public HealthCheckResponse call() {
        Duration limit = settings.backlogLimit();
        Instant now = Instant.now();
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("erp-backlog").withData("limit", limit.toString());
        boolean up = true;
        for (ExchangeOverview.FlowStatus flow : overview.flows()) {
            if (flow.flow().direction() != Direction.OUTBOUND) {
                continue;
            }
            Duration age = flow.backlogAge(now);
            String name = flow.flow().settingName();
            if (flow.pausedBecause() != null) {
                up = false;
                response.withData(name, "degraded: paused, " + flow.pausedBecause());
            } else if (age.compareTo(limit) > 0) {
                up = false;
                response.withData(
                        name, "degraded: " + flow.backlog() + " waiting, the oldest for " + age.toMinutes() + " min");
            } else {
                response.withData(name, flow.backlog() + " waiting");
            }
        }
        return response.status(up).build();
    }
}
