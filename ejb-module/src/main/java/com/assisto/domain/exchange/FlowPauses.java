package com.assisto.domain.exchange;

import java.time.Instant;
import java.util.Map;

/** The flows stopped because the ERP refused Assisto's credentials, until a person resumes them. */
public interface FlowPauses {

    /** Pauses the flow; a flow already paused keeps its first reason. */
    void pause(ErpFlow flow, String reason, Instant at);

    void resume(ErpFlow flow);

    boolean isPaused(ErpFlow flow);

    /** The paused flows and why. */
    Map<ErpFlow, String> all();
}
