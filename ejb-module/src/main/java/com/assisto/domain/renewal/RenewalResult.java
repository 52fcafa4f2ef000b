package com.assisto.domain.renewal;

/**
 * What the run did with one due contract: renewed, converted or expired at the end of its term,
 * or REVALUED at an anniversary inside a term longer than a year. WAITING and FAILED leave it
 * as it was: the next run tries again (an index value published, a tariff price entered, the
 * error fixed).
 */
public enum RenewalResult {
    RENEWED,
    CONVERTED,
    EXPIRED,
    REVALUED,
    WAITING,
    FAILED
}
