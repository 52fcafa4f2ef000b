package com.assisto.application.warning;

import com.assisto.domain.shared.Message;
import java.math.BigDecimal;

/**
 * One line of a term's summary: a section (e.g. "Instalments"), what happened, and an amount where
 * there is one; section and text are put into words in each recipient's language.
 */
public record TermIncident(Message section, Message text, BigDecimal amount) {}
