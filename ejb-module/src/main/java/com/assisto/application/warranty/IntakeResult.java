package com.assisto.application.warranty;

import java.util.List;

/** What an invoice produced; for an invoice received before, what it produced then. */
public record IntakeResult(
        String invoiceNumber, boolean alreadyReceived, int equipmentCreated, List<String> warrantyNumbers) {}
