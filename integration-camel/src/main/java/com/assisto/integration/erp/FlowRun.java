package com.assisto.integration.erp;

import com.assisto.domain.exchange.ErpFlow;
import com.assisto.integration.erp.exchange.DropFolderRoute;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.IdempotentRepository;

/**
 * Runs a flow's outbound delivery or WebAPI poll on one server of a cluster at a time. The
 * timer that starts them fires on one instance, but a user's "run now" may land on another at the
 * same moment, and two deliveries of one flow would send the same documents twice. The key is taken
 * in Camel's lock repository on the database, the one the drop folders' read locks use: a live
 * server keeps its keys alive, and a key of a server that died frees itself after the lock's
 * maximum age.
 */
final class FlowRun {

    private final CamelContext camel;

    FlowRun(CamelContext camel) {
        this.camel = camel;
    }

    /** Sends to the flow's route and returns true, or returns false at once when another server runs the flow. */
    boolean alone(ErpFlow flow, String uri) {
        IdempotentRepository locks =
                camel.getRegistry().lookupByNameAndType(DropFolderRoute.FILE_LOCKS, IdempotentRepository.class);
        String key = "run:" + flow.settingName();
        if (!locks.add(key)) {
            return false;
        }
        try {
            camel.createProducerTemplate().sendBody(uri, null);
            return true;
        } finally {
            locks.remove(key);
        }
    }
}
