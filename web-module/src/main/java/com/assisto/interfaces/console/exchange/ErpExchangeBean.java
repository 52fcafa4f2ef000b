package com.assisto.interfaces.console.exchange;

import com.assisto.application.exchange.DeadLetters;
import com.assisto.application.exchange.ExchangeOverview;
import com.assisto.application.exchange.ExchangeOverview.FlowStatus;
import com.assisto.domain.exchange.DeadLetter;
import com.assisto.domain.exchange.DeadLetterStatus;
import com.assisto.domain.exchange.Direction;
import com.assisto.domain.exchange.ErpExchange;
import com.assisto.domain.exchange.ErpFlow;
import com.assisto.domain.exchange.Transport;
import com.assisto.domain.shared.Message;
import com.assisto.integration.erp.ErpFlows;
import com.assisto.interfaces.console.Faces;
import com.assisto.interfaces.console.SessionBean;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The ERP exchange area (X4): each flow's state with "run now" and "resume", the exchange log
 * with the records an exchange rejected, and the dead letters a person corrects and replays or
 * discards.
 */
@Named
@ViewScoped
public class ErpExchangeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient ExchangeOverview overview;

    @EJB
    private transient DeadLetters deadLetters;

    @EJB
    private transient ErpFlows flows;

    @Inject
    private SessionBean session;

    private transient List<FlowStatus> statuses;

    /** The flow the log and the dead letters are narrowed to; null for all. */
    private ErpFlow flow;

    private DeadLetterStatus letterStatus = DeadLetterStatus.OPEN;

    /** The exchange opened in the log and the dead letter opened to be worked, kept by id. */
    private Long exchangeId;

    private Long letterId;
    private String payload;

    private transient ErpExchange exchange;
    private transient List<DeadLetter> exchangeLetters;
    private transient DeadLetter letter;

    private final LazyDataModel<ErpExchange> log = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) overview.count(flow);
        }

        @Override
        public List<ErpExchange> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return overview.recent(flow, first, pageSize);
        }

        @Override
        public String getRowKey(ErpExchange row) {
            return String.valueOf(row.getId());
        }

        @Override
        public ErpExchange getRowData(String rowKey) {
            return overview.find(Long.parseLong(rowKey)).orElse(null);
        }
    };

    private final LazyDataModel<DeadLetter> letters = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) deadLetters.count(letterStatus, flow);
        }

        @Override
        public List<DeadLetter> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return deadLetters.page(letterStatus, flow, first, pageSize);
        }

        @Override
        public String getRowKey(DeadLetter row) {
            return String.valueOf(row.getId());
        }

        @Override
        public DeadLetter getRowData(String rowKey) {
            return deadLetters.get(Long.parseLong(rowKey));
        }
    };

    public List<FlowStatus> getStatuses() {
        if (statuses == null) {
            statuses = overview.flows();
        }
        return statuses;
    }

    public List<ErpFlow> getFlows() {
        return List.of(ErpFlow.values());
    }

    public List<DeadLetterStatus> getLetterStatuses() {
        return List.of(DeadLetterStatus.values());
    }

    /** A flow, transport, outcome or status in the page's language, as the domain names it. */
    public Message label(Enum<?> value) {
        return Message.of("exchange.label", value);
    }

    public boolean outbound(ErpFlow candidate) {
        return candidate.direction() == Direction.OUTBOUND;
    }

    /** Whether "run now" means something: an outbound flow delivers, a polled one polls; folders and pushes just wait. */
    public boolean runnable(FlowStatus status) {
        return outbound(status.flow()) || status.transport() == Transport.REST_POLL;
    }

    /** How long the oldest waiting message has waited, in whole minutes; 0 for none. */
    public long backlogMinutes(FlowStatus status) {
        return status.backlogAge(Instant.now()).toMinutes();
    }

    public boolean backlogLate(FlowStatus status) {
        return status.backlog() > 0 && status.backlogAge(Instant.now()).compareTo(Duration.ofHours(1)) > 0;
    }

    public void run(ErpFlow toRun) {
        try {
            flows.runNow(toRun);
            statuses = null;
            Faces.info("erp.ran", Faces.inWords(label(toRun)));
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public void resume(ErpFlow toResume) {
        try {
            flows.resume(toResume);
            statuses = null;
            Faces.info("erp.resumed", Faces.inWords(label(toResume)));
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    /** Narrows the log and the dead letters to the chosen flow. */
    public void narrow() {
        closeExchange();
        letterId = null;
        letter = null;
    }

    public void openExchange(long id) {
        exchangeId = id;
        exchange = null;
        exchangeLetters = null;
    }

    public void closeExchange() {
        exchangeId = null;
        exchange = null;
        exchangeLetters = null;
    }

    public void openLetter(long id) {
        letterId = id;
        letter = null;
        payload = getLetter().getPayload();
    }

    /** Applies the dead letter again with the payload as corrected in the form. */
    public void replay() {
        DeadLetter worked = getLetter();
        try {
            flows.replay(worked.getId(), worked.getVersion(), payload, session.getUsername());
            Faces.info("erp.replayed", worked.getRecordKey());
            afterResolving();
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    public void discard() {
        DeadLetter worked = getLetter();
        try {
            deadLetters.discard(worked.getId(), worked.getVersion(), session.getUsername());
            Faces.info("erp.discarded", worked.getRecordKey());
            afterResolving();
        } catch (RuntimeException e) {
            Faces.error(e);
        }
    }

    private void afterResolving() {
        letterId = null;
        letter = null;
        payload = null;
        statuses = null;
        exchange = null;
        exchangeLetters = null;
    }

    public LazyDataModel<ErpExchange> getLog() {
        return log;
    }

    public LazyDataModel<DeadLetter> getLetters() {
        return letters;
    }

    public ErpFlow getFlow() {
        return flow;
    }

    public void setFlow(ErpFlow flow) {
        this.flow = flow;
    }

    public DeadLetterStatus getLetterStatus() {
        return letterStatus;
    }

    public void setLetterStatus(DeadLetterStatus letterStatus) {
        this.letterStatus = letterStatus;
    }

    public ErpExchange getExchange() {
        if (exchange == null && exchangeId != null) {
            exchange = overview.find(exchangeId).orElse(null);
        }
        return exchange;
    }

    public List<DeadLetter> getExchangeLetters() {
        if (exchangeLetters == null) {
            exchangeLetters = exchangeId == null ? List.of() : deadLetters.ofExchange(exchangeId);
        }
        return exchangeLetters;
    }

    public DeadLetter getLetter() {
        if (letter == null && letterId != null) {
            letter = deadLetters.get(letterId);
        }
        return letter;
    }

    public String getPayload() {
        return payload;
    }

    public void setPayload(String payload) {
        this.payload = payload;
    }
}
