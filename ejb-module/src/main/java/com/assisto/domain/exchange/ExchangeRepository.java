package com.assisto.domain.exchange;

import java.util.List;
import java.util.Optional;

/** The exchange log. */
public interface ExchangeRepository {

    /** Stores a new exchange at once, so that its id can be given to its dead letters. */
    void add(ErpExchange exchange);

    Optional<ErpExchange> find(long id);

    /** The newest exchanges first, of one flow or (null) of all. */
    List<ErpExchange> recent(ErpFlow flow, int first, int max);

    long count(ErpFlow flow);

    /** The newest exchange of the flow that ended with one of the outcomes, if any. */
    Optional<ErpExchange> last(ErpFlow flow, List<ExchangeOutcome> outcomes);
}
