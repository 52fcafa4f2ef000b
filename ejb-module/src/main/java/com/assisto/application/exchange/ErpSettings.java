package com.assisto.application.exchange;

import com.assisto.domain.exchange.ErpFlow;
import com.assisto.domain.exchange.Transport;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The ERP exchange's settings in MicroProfile Config (set by config/setup-domain.sh): each flow's
 * transport, {@code erp.<flow>.transport}, and how old an outbound backlog may grow before
 * readiness reports the flow degraded. Inbound flows default to their drop folder, outbound ones
 * to a folder as well, so a first run needs no ERP at all.
 */
@ApplicationScoped
public class ErpSettings {

    public Transport transport(ErpFlow flow) {
        return config().getOptionalValue("erp." + flow.settingName() + ".transport", String.class)
                .map(value ->
                        Transport.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_')))
                .orElse(Transport.FILE);
    }

    /** The age of the oldest waiting outbound message beyond which a flow is degraded. */
    public Duration backlogLimit() {
        return config().getOptionalValue("erp.outbound.backlog-limit", String.class)
                .map(Duration::parse)
                .orElse(Duration.ofHours(2));
    }

    private static Config config() {
        return ConfigProvider.getConfig();
    }
}
