package com.assisto.domain.renewal;

/**
 * What the run did with one due contract. WAITING and FAILED leave it running: the next run
 * tries again (an index value published, a tariff price entered, the error fixed).
 */
public enum RenewalResult {
    RENEWED, CONVERTED, EXPIRED, WAITING, FAILED
}
