package com.assisto.application.warning;

import java.math.BigDecimal;

/** One line of a term's summary: a section (e.g. "Instalments"), what happened, and an amount where there is one. */
public record TermIncident(String section, String text, BigDecimal amount) {}
